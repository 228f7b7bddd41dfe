package org.papernotes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.papernotes.store.Library;
import org.papernotes.store.LibraryLocation;
import picocli.CommandLine.Option;

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

    /** Opens the library, creating it if it does not exist (for commands that add papers). */
    Library open() {
        return Library.open(path());
    }

    /** Opens a library that must exist already, so that a mistyped path is reported instead of created. */
    Library openExisting() {
        Path file = path();
        if (!Files.exists(file)) {
            throw new CommandFailure("No library at " + file + " (papernotes new or papernotes import creates one).");
        }
        return Library.open(file);
    }
}
