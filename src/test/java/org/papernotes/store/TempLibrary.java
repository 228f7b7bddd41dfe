package org.papernotes.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh library file in a folder of its own for each test, closed and removed afterwards. Register it with
 * {@code @RegisterExtension final TempLibrary temp = new TempLibrary();} and use {@link #library()}.
 */
public final class TempLibrary implements BeforeEachCallback, AfterEachCallback {

    private Path folder;
    private Library library;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("papernotes-test");
        library = Library.open(file());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        library.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    public Library library() {
        return library;
    }

    public Path file() {
        return folder.resolve("library.db");
    }

    /** Closes the library and opens the same file again, as a restart would. */
    public Library reopen() {
        library.close();
        library = Library.open(file());
        return library;
    }
}
