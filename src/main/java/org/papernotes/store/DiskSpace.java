package org.papernotes.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the disk holding a library has room, so that "full" is said instead of SQLite's I/O error codes. */
final class DiskSpace {

    /** Less than this free and SQLite cannot even make its shared-memory file. */
    private static final long MINIMUM = 256 * 1024;

    private DiskSpace() {
    }

    static boolean isFull(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            return folder != null && Files.getFileStore(folder).getUsableSpace() < MINIMUM;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    static void requireSome(Path file) {
        if (isFull(file)) {
            throw new LibraryException("The disk holding " + file + " is full; free some space and try again.");
        }
    }
}
