package org.papernotes.cli;

import java.nio.file.Path;
import org.papernotes.store.Library;
import org.papernotes.store.LibraryLocation;
import picocli.CommandLine.Option;

/** {@code --library PATH}, shared by every command. */
final class LibraryOption {

    @Option(names = "--library", paramLabel = "PATH",
            description = "The library file (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:papernotes.library:-__default__}")
    private String path;

    Path path() {
        return path == null || path.equals("__default__") ? LibraryLocation.defaultLibrary() : Path.of(path);
    }

    Library open() {
        return Library.open(path());
    }
}
