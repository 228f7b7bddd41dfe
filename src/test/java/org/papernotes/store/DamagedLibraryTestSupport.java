package org.papernotes.store;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Random;
import org.papernotes.model.Paper;

/** Makes the damaged library of the probe, for the store's and the command line's tests. */
public final class DamagedLibraryTestSupport {

    private DamagedLibraryTestSupport() {
    }

    /** A 200-paper library with 4 KiB of random bytes written at the middle of the file. */
    public static Path damagedLibrary(Path dir) throws Exception {
        Path file = dir.resolve("damaged.db");
        try (Library library = Library.open(file)) {
            library.inTransaction(connection -> {
                for (int i = 0; i < 200; i++) {
                    library.papers().insert(Paper.titled("Paper " + i).withNote(("Note " + i + " ").repeat(200)));
                }
                return null;
            });
        }
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            raf.write(noise);
        }
        return file;
    }
}
