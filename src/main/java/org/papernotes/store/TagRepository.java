package org.papernotes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.papernotes.model.TagCount;
import org.papernotes.model.VersionReason;
import org.papernotes.store.search.SearchIndex;

/** Tags with their paper counts; rename, merge (each paper kept as a version first) and delete across all papers. */
public final class TagRepository {

    private final Database database;
    private final SearchIndex searchIndex;
    private final VersionRepository versions;

    TagRepository(Database database, SearchIndex searchIndex, VersionRepository versions) {
        this.database = database;
        this.searchIndex = searchIndex;
        this.versions = versions;
    }

    /** Every tag with the number of papers carrying it, by name (case-insensitive). */
    public List<TagCount> counts() {
        return database.read(connection -> {
            List<TagCount> result = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT t.name, count(pt.paper_id) FROM tags t LEFT JOIN paper_tags pt ON pt.tag_id = t.id "
                            + "GROUP BY t.id ORDER BY t.name COLLATE NOCASE");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new TagCount(rows.getString(1), rows.getInt(2)));
                }
            }
            return result;
        });
    }

    public int untaggedCount() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*) FROM papers p WHERE NOT EXISTS (SELECT 1 FROM paper_tags pt WHERE pt.paper_id = p.id)");
                 ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    /**
     * Renames a tag on every paper. Renaming to the name of another existing tag merges the two.
     *
     * @throws LibraryException if there is no tag {@code from}
     */
    public void rename(String from, String to) {
        String target = requireName(to);
        database.inTransaction(connection -> {
            long fromId = idOf(connection, from).orElseThrow(() -> noSuchTag(from));
            Optional<Long> existing = idOf(connection, target);
            if (existing.isPresent() && existing.get() != fromId) {
                mergeInto(connection, List.of(fromId), existing.get());
            } else {
                try (PreparedStatement statement = connection.prepareStatement("UPDATE tags SET name = ? WHERE id = ?")) {
                    statement.setString(1, target);
                    statement.setLong(2, fromId);
                    statement.executeUpdate();
                }
                reindexPapersOf(connection, fromId);
            }
            return null;
        });
    }

    /** Moves every paper of the {@code sources} tags to {@code target} (created if needed) and drops the sources. */
    public void merge(Collection<String> sources, String target) {
        String targetName = requireName(target);
        database.inTransaction(connection -> {
            long targetId = ensureTag(connection, targetName);
            List<Long> sourceIds = new ArrayList<>();
            for (String source : sources) {
                long id = idOf(connection, source).orElseThrow(() -> noSuchTag(source));
                if (id != targetId) {
                    sourceIds.add(id);
                }
            }
            mergeInto(connection, sourceIds, targetId);
            return null;
        });
    }

    /** Removes a tag from every paper; the papers stay. */
    public void delete(String name) {
        database.inTransaction(connection -> {
            long id = idOf(connection, name).orElseThrow(() -> noSuchTag(name));
            List<Long> papers = papersOf(connection, id);
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM tags WHERE id = ?")) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
            for (long paper : papers) {
                searchIndex.update(connection, paper);
            }
            return null;
        });
    }

    private void mergeInto(Connection connection, List<Long> sourceIds, long targetId) throws SQLException {
        for (long sourceId : sourceIds) {
            List<Long> papers = papersOf(connection, sourceId);
            for (long paper : papers) {
                versions.record(connection, paper, VersionReason.BEFORE_TAG_MERGE, null);
            }
            // Keep the source tag's place in each paper's tag order; a paper that had both keeps the target's.
            try (PreparedStatement move = connection.prepareStatement(
                    "INSERT OR IGNORE INTO paper_tags (paper_id, tag_id, position) "
                            + "SELECT paper_id, ?, position FROM paper_tags WHERE tag_id = ?")) {
                move.setLong(1, targetId);
                move.setLong(2, sourceId);
                move.executeUpdate();
            }
            try (PreparedStatement drop = connection.prepareStatement("DELETE FROM tags WHERE id = ?")) {
                drop.setLong(1, sourceId);
                drop.executeUpdate();
            }
            for (long paper : papers) {
                searchIndex.update(connection, paper);
            }
        }
    }

    private void reindexPapersOf(Connection connection, long tagId) throws SQLException {
        for (long paper : papersOf(connection, tagId)) {
            searchIndex.update(connection, paper);
        }
    }

    private static List<Long> papersOf(Connection connection, long tagId) throws SQLException {
        List<Long> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT paper_id FROM paper_tags WHERE tag_id = ?")) {
            statement.setLong(1, tagId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getLong(1));
                }
            }
        }
        return result;
    }

    static Optional<Long> idOf(Connection connection, String name) throws SQLException {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM tags WHERE name = ?")) {
            statement.setString(1, name.strip());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    static long ensureTag(Connection connection, String name) throws SQLException {
        Optional<Long> existing = idOf(connection, name);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO tags (name) VALUES (?)")) {
            statement.setString(1, name.strip());
            statement.executeUpdate();
        }
        return idOf(connection, name).orElseThrow();
    }

    /** Tags that no paper carries are not shown anywhere, so they are not kept. */
    static void dropUnused(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM paper_tags pt WHERE pt.tag_id = tags.id)")) {
            statement.executeUpdate();
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A tag needs a name.");
        }
        return name.strip();
    }

    private static LibraryException noSuchTag(String name) {
        return new LibraryException("No tag named \"" + name + "\" in this library.");
    }
}
