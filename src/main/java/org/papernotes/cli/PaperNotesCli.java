package org.papernotes.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.papernotes.Version;
import org.papernotes.store.LibraryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code papernotes COMMAND}: the library without a window. */
@Command(name = "papernotes",
        mixinStandardHelpOptions = true,
        versionProvider = PaperNotesCli.VersionProvider.class,
        description = "Paper-reading notes: Markdown, math, search, and posts for an academicpages blog.%n"
                + "Without a command, opens the window; 'papernotes --library PATH' opens it on another library.",
        subcommands = {
                NewCommand.class,
                ListCommand.class,
                ShowCommand.class,
                SearchCommand.class,
                TagsCommand.class,
                StatsCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                PublishCommand.class,
                ReindexCommand.class,
                AddCommand.class,
                BibtexCommand.class,
                ConfigCommand.class,
                AttachCommand.class,
                HistoryCommand.class,
                RestoreCommand.class,
                DeleteCommand.class,
                TrashCommand.class,
                CheckCommand.class,
                BackupCommand.class,
                CommandLine.HelpCommand.class
        })
public final class PaperNotesCli implements Runnable {

    /** Exit code for a command that failed on its input or library (usage errors give 2). */
    public static final int FAILURE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;

    private PaperNotesCli(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The environment variables the commands read ({@code PAPERNOTES_DOI_URL}, …): the process's, or a test's. */
    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command; see 'papernotes --help'.");
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** The configured command line, writing to the given streams; tests call this. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, System.getenv());
    }

    /** The same, reading these environment variables instead of the process's (tests, without touching the real ones). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new PaperNotesCli(environment));
        // --library's default is this system's library, which the help then shows as it is.
        commandLine.setDefaultValueProvider(LibraryOption::defaultValue);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // "-word" excludes a word in a query, so unknown options of search are words of its query.
        commandLine.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("papernotes: " + message(exception));
            return FAILURE;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println("papernotes: " + exception.getMessage()
                    + " (see 'papernotes " + commandPath(cmd) + "--help')");
            return 2;
        });
        return commandLine;
    }

    private static String commandPath(CommandLine cmd) {
        String qualified = cmd.getCommandSpec().qualifiedName(" ");
        String withoutRoot = qualified.startsWith("papernotes") ? qualified.substring("papernotes".length()).strip() : qualified;
        return withoutRoot.isEmpty() ? "" : withoutRoot + " ";
    }

    private static String message(Exception exception) {
        if (exception instanceof LibraryException || exception instanceof IllegalArgumentException
                || exception instanceof CommandFailure) {
            return exception.getMessage();
        }
        String text = exception.getMessage();
        return exception.getClass().getSimpleName() + (text == null ? "" : ": " + text);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"papernotes " + Version.get()};
        }
    }
}
