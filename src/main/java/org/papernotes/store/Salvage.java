package org.papernotes.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.papernotes.model.Paper;

/**
 * Saves what can still be read from a damaged library into a new library file: every paper that reads whole
 * (metadata, note, tags, blog post), one by one, so that one unreadable page loses only the papers on it.
 */
public final class Salvage {

    /** How many papers were read and saved into {@code file}, and how many ids could not be read. */
    public record Result(Path file, int saved, int lost) {
    }

    private Salvage() {
    }

    /**
     * Copies every readable paper of {@code damaged} into a new library at {@code target}.
     *
     * @throws LibraryException if {@code target} exists already or cannot be created
     */
    public static Result into(Library damaged, Path target) {
        if (Files.exists(target)) {
            throw new LibraryException("Not overwriting " + target + ": it exists already.");
        }
        List<Long> ids = ids(damaged);
        int saved = 0;
        int lost = 0;
        try (Library fresh = Library.open(target)) {
            for (long id : ids) {
                Optional<Paper> paper;
                try {
                    paper = damaged.papers().find(id);
                } catch (LibraryException e) {
                    lost++;
                    continue;
                }
                if (paper.isPresent()) {
                    fresh.papers().insert(paper.get().withId(0));
                    saved++;
                }
            }
        }
        return new Result(target.toAbsolutePath().normalize(), saved, lost);
    }

    /** A new file name beside the library for the salvaged papers. */
    public static Path targetBeside(Path library) {
        Path target = library.resolveSibling(Backups.stem(library) + "-salvaged.db");
        for (int n = 2; Files.exists(target); n++) {
            target = library.resolveSibling(Backups.stem(library) + "-salvaged-" + n + ".db");
        }
        return target;
    }

    /** Every paper id: by a scan of the table, or, where the scan breaks off, each id up to the largest one. */
    private static List<Long> ids(Library damaged) {
        List<Long> ids = new ArrayList<>();
        try {
            damaged.read(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM papers ORDER BY id");
                     ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                return null;
            });
            return ids;
        } catch (LibraryException e) {
            long max = ids.isEmpty() ? 0 : ids.get(ids.size() - 1);
            try {
                max = Math.max(max, damaged.read(connection -> {
                    try (PreparedStatement statement = connection.prepareStatement("SELECT max(id) FROM papers");
                         ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? rows.getLong(1) : 0L;
                    } catch (SQLException broken) {
                        return 0L;
                    }
                }));
            } catch (LibraryException ignored) {
                // keep what the scan found
            }
            List<Long> all = new ArrayList<>();
            for (long id = 1; id <= Math.max(max, ids.isEmpty() ? 0 : ids.get(ids.size() - 1)) + 1000; id++) {
                all.add(id);
            }
            return all;
        }
    }
}
