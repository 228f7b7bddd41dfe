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

    @Option(names = "--library", paramLabel = "PATH",
            description = "The library file (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:papernotes.library:-__default__}")
    private String path;

    Path path() {
        return path == null || path.equals("__default__") ? LibraryLocation.defaultLibrary() : Path.of(path);
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
