package org.papernotes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.papernotes.store.Library;
import org.papernotes.store.LibraryLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --library PATH}, shared by every command. */
final class LibraryOption {

    private static final String NAME = "--library";

    // The default on a line of its own: a path is too long to share one with words (picocli would cut it).
    @Option(names = NAME, paramLabel = "PATH", description = {"The library file; by default", "${DEFAULT-VALUE}"})
    private String path;

    /**
     * The default of {@code --library} for picocli: the system property {@code papernotes.library} if set, else the
     * platform's per-user library ({@link LibraryLocation#defaultLibrary()}); null for every other option.
     */
    static String defaultValue(picocli.CommandLine.Model.ArgSpec argument) {
        if (argument instanceof picocli.CommandLine.Model.OptionSpec option && option.longestName().equals(NAME)) {
            return System.getProperty("papernotes.library", LibraryLocation.defaultLibrary().toString());
        }
        return null;
    }

    Path path() {
        return path == null ? LibraryLocation.defaultLibrary() : Path.of(path);
    }

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** Opens the library, creating it if it does not exist (for commands that add papers). */
    Library open() {
        return warnIfDamaged(Library.open(path()));
    }

    /** Opens a library that must exist already, so that a mistyped path is reported instead of created. */
    Library openExisting() {
        Path file = path();
        if (!Files.exists(file)) {
            throw new CommandFailure("No library at " + file + " (papernotes new or papernotes import creates one).");
        }
        return warnIfDamaged(Library.open(file));
    }

    /** Opens an existing library without the quick check (for {@code check}, which runs the full one). */
    Library openUnchecked() {
        Path file = path();
        if (!Files.exists(file)) {
            throw new CommandFailure("No library at " + file + ".");
        }
        return Library.open(file, Library.Check.LATER);
    }

    /** Reading a damaged library goes on as far as it can, with the warning on standard error. */
    private Library warnIfDamaged(Library library) {
        if (library.damage() != null && command != null) {
            command.commandLine().getErr().println("papernotes: warning: " + library.damage());
        }
        return library;
    }
}
