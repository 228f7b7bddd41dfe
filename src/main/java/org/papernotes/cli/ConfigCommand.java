package org.papernotes.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.papernotes.bibliography.LookupSettings;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The library's settings, as {@code git config} shows and sets a repository's: one command for every setting, so
 * that a setting made once (an arXiv mirror) is not an option repeated on every {@code add}, and so that what is in
 * effect, environment variable included, can be seen.
 */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Show or change the settings of a library.",
            "  papernotes config                  each setting, the value in effect and where it comes from",
            "  papernotes config KEY              the value in effect",
            "  papernotes config KEY VALUE        set it for this library",
            "  papernotes config --unset KEY      back to the default",
            "Settings:",
            "  lookup.doiUrl    the DOI resolver lookups ask (default https://doi.org/); $PAPERNOTES_DOI_URL comes first",
            "  lookup.arxivUrl  the arXiv API lookups ask, e.g. a mirror (default https://export.arxiv.org/api/query); "
                + "$PAPERNOTES_ARXIV_URL comes first"})
final class ConfigCommand implements Callable<Integer> {

    /** A setting a user may change: its key, the environment variable that comes before it, its default. */
    private record Setting(String key, String variable, URI defaultValue, BiFunction<String, String, URI> check) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting(LookupSettings.DOI_URL_SETTING, LookupSettings.DOI_URL_VARIABLE,
                    LookupSettings.DEFAULT_DOI_BASE, LookupSettings::doiBase),
            new Setting(LookupSettings.ARXIV_URL_SETTING, LookupSettings.ARXIV_URL_VARIABLE,
                    LookupSettings.DEFAULT_ARXIV_BASE, LookupSettings::arxivBase));

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @ParentCommand
    PaperNotesCli cli;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KEY", description = "lookup.doiUrl or lookup.arxivUrl.")
    String key;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "The value to store in the library.")
    String value;

    @Option(names = "--unset", paramLabel = "KEY", description = "Remove the library's value of KEY.")
    String unset;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (unset != null) {
            if (key != null) {
                throw new ParameterException(spec.commandLine(), "--unset takes the key alone.");
            }
            Setting setting = setting(unset);
            try (Library opened = library.openExisting()) {
                // A blank value is no value (LookupSettings reads it so): the settings table has no delete.
                opened.settings().put(setting.key(), "");
            }
            warnIfOverridden(setting);
            return 0;
        }
        if (key == null) {
            Optional<Library> opened = existingLibrary();
            try {
                int width = SETTINGS.stream().mapToInt(s -> s.key().length()).max().orElse(0);
                for (Setting setting : SETTINGS) {
                    out.printf("%-" + width + "s  %s%n", setting.key(), describe(setting, saved(opened, setting)));
                }
            } finally {
                opened.ifPresent(Library::close);
            }
            return 0;
        }
        Setting setting = setting(key);
        if (value == null) {
            Optional<Library> opened = existingLibrary();
            try {
                out.println(effective(setting, saved(opened, setting)));
            } finally {
                opened.ifPresent(Library::close);
            }
            return 0;
        }
        URI checked = setting.check().apply(value, setting.key());
        try (Library opened = library.open()) {
            opened.settings().put(setting.key(), checked.toString());
        }
        if (!checked.toString().equals(value.strip())) {
            spec.commandLine().getErr().println("papernotes: " + setting.key() + " set to " + checked);
        }
        warnIfOverridden(setting);
        return 0;
    }

    private Setting setting(String name) {
        return SETTINGS.stream().filter(s -> s.key().equals(name)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "No setting '" + name + "'; the settings are "
                        + SETTINGS.stream().map(Setting::key).collect(Collectors.joining(", ")) + "."));
    }

    /** Reading settings does not create a library that is not there: its settings are then the defaults. */
    private Optional<Library> existingLibrary() {
        return Files.exists(library.path()) ? Optional.of(library.open()) : Optional.empty();
    }

    private static Optional<String> saved(Optional<Library> opened, Setting setting) {
        return opened.flatMap(l -> l.settings().get(setting.key())).filter(text -> !text.isBlank());
    }

    private String effective(Setting setting, Optional<String> saved) {
        String variable = cli.environment().get(setting.variable());
        if (variable != null && !variable.isBlank()) {
            return setting.check().apply(variable, setting.variable()).toString();
        }
        return saved.map(text -> setting.check().apply(text, setting.key())).orElse(setting.defaultValue()).toString();
    }

    private String describe(Setting setting, Optional<String> saved) {
        String variable = cli.environment().get(setting.variable());
        if (variable != null && !variable.isBlank()) {
            return variable.strip() + "  (from $" + setting.variable()
                    + saved.map(text -> "; this library has " + text).orElse("") + ")";
        }
        return saved.map(text -> text + "  (this library)").orElse(setting.defaultValue() + "  (default)");
    }

    private void warnIfOverridden(Setting setting) {
        String variable = cli.environment().get(setting.variable());
        if (variable != null && !variable.isBlank()) {
            spec.commandLine().getErr().println("papernotes: $" + setting.variable() + " is set (" + variable.strip()
                    + ") and comes first while it is.");
        }
    }
}
