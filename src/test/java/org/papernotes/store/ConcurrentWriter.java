package org.papernotes.store;

import java.nio.file.Path;
import org.papernotes.model.Paper;

/** Run as a separate process by {@link ConcurrentWritersTest}: adds N papers, one transaction each. */
public final class ConcurrentWriter {

    private ConcurrentWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String name = args[1];
        int count = Integer.parseInt(args[2]);
        try (Library library = Library.open(file)) {
            for (int i = 0; i < count; i++) {
                long id = library.papers().insert(Paper.titled(name + " " + i)).id();
                library.papers().saveNote(id, name + " note " + i);
            }
        }
    }
}
