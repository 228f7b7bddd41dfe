package org.papernotes.store.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperSummary;
import org.papernotes.model.ReadingStatus;
import org.papernotes.model.SearchHit;
import org.papernotes.store.Database;

/**
 * The library's full-text index (the FTS5 table {@code search_index}, one row per paper, rowid = paper id) and
 * the searches run on it.
 * <p>
 * The repositories call {@link #update} and {@link #remove} inside their own transactions, so the index is
 * always in step with what is stored; {@link #reindex} rebuilds it from the tables if it is ever not.
 * Searching is thread-safe: it runs through {@link Database#read}, which serialises use of the connection, so
 * the window may call {@link #search} from any background thread.
 */
public final class SearchIndex {

    /** The schema version that brought the index; libraries migrated to it get their index built on open. */
    public static final int SCHEMA_VERSION = 2;

    private static final String INSERT = "INSERT INTO search_index (rowid, title, tags, authors, venue, body, abstract) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_METADATA = "INSERT INTO search_metadata (rowid, title, tags, authors, venue) "
            + "VALUES (?, ?, ?, ?, ?)";
    private static final int BATCH = 500;
    private static final List<String> TABLES = List.of("search_index", "search_metadata");

    private final Database database;

    public SearchIndex(Database database) {
        this.database = database;
    }

    // ---- keeping the index in step (inside the caller's transaction)

    /** (Re)indexes one paper from what is stored now; removes it from the index if the paper is gone. */
    public void update(Connection connection, long paperId) throws SQLException {
        String title;
        String venue;
        String body;
        String abstractText;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT p.title, p.venue, n.body, p.abstract FROM papers p LEFT JOIN notes n ON n.paper_id = p.id "
                        + "WHERE p.id = ?")) {
            statement.setLong(1, paperId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    remove(connection, paperId);
                    return;
                }
                title = rows.getString(1);
                venue = rows.getString(2);
                body = rows.getString(3);
                abstractText = rows.getString(4);
            }
        }
        List<String> authors = names(connection, "SELECT name FROM authors WHERE paper_id = ? ORDER BY position", paperId);
        List<String> tags = names(connection, "SELECT t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
                + "WHERE pt.paper_id = ? ORDER BY pt.position", paperId);
        // Delete, then insert: a contentless index keeps no old text to update against.
        remove(connection, paperId);
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
             PreparedStatement insertMetadata = connection.prepareStatement(INSERT_METADATA)) {
            bindRows(insert, insertMetadata, paperId, title, tags, authors, venue, body, abstractText);
            insert.executeUpdate();
            insertMetadata.executeUpdate();
        }
    }

    /** Removes one paper from the index. */
    public void remove(Connection connection, long paperId) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table + " WHERE rowid = ?")) {
                statement.setLong(1, paperId);
                statement.executeUpdate();
            }
        }
    }

    /** Rebuilds the whole index from the tables, in one transaction; returns the number of papers indexed. */
    public int reindex() {
        return database.inTransaction(this::rebuild);
    }

    /**
     * Builds the index when papers exist but the index is empty: after the upgrade from schema version 1, which
     * created the empty table (a migration cannot segment text). Returns whether it built.
     */
    public boolean buildIfMissing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM papers) "
                     + "AND NOT EXISTS (SELECT 1 FROM search_index)")) {
            if (!rows.next() || !rows.getBoolean(1)) {
                return false;
            }
        }
        rebuild(connection);
        return true;
    }

    /** Empties and refills the index on {@code connection}, in the caller's transaction. */
    int rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("INSERT INTO " + table + " (" + table + ") VALUES ('delete-all')");
            }
        }
        Map<Long, List<String>> authors = allNames(connection, "SELECT paper_id, name FROM authors ORDER BY paper_id, position");
        Map<Long, List<String>> tags = allNames(connection, "SELECT pt.paper_id, t.name FROM paper_tags pt "
                + "JOIN tags t ON t.id = pt.tag_id ORDER BY pt.paper_id, pt.position");
        int count = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT p.id, p.title, p.venue, n.body, p.abstract FROM papers p LEFT JOIN notes n ON n.paper_id = p.id "
                        + "ORDER BY p.id");
             PreparedStatement insert = connection.prepareStatement(INSERT);
             PreparedStatement insertMetadata = connection.prepareStatement(INSERT_METADATA);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                bindRows(insert, insertMetadata, id, rows.getString(2), tags.getOrDefault(id, List.of()),
                        authors.getOrDefault(id, List.of()), rows.getString(3), rows.getString(4), rows.getString(5));
                insert.addBatch();
                insertMetadata.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                    insertMetadata.executeBatch();
                }
            }
            insert.executeBatch();
            insertMetadata.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            // One b-tree per term instead of many incremental segments: the fastest layout for queries.
            for (String table : TABLES) {
                statement.execute("INSERT INTO " + table + " (" + table + ") VALUES ('optimize')");
            }
        }
        return count;
    }

    private static void bindRows(PreparedStatement insert, PreparedStatement insertMetadata, long id, String title,
                                 List<String> tags, List<String> authors, String venue, String body, String abstractText)
            throws SQLException {
        // Separators keep the last characters of one name and the first of the next from forming a bigram phrase.
        String[] columns = {IndexedText.of(title), IndexedText.of(String.join(" ; ", tags)),
            IndexedText.of(String.join(" ; ", authors)), IndexedText.of(venue)};
        insert.setLong(1, id);
        insertMetadata.setLong(1, id);
        for (int i = 0; i < columns.length; i++) {
            insert.setString(i + 2, columns[i]);
            insertMetadata.setString(i + 2, columns[i]);
        }
        insert.setString(6, IndexedText.of(body));
        insert.setString(7, IndexedText.of(abstractText));
    }

    private static List<String> names(Connection connection, String sql, long paperId) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, paperId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getString(1));
                }
            }
        }
        return result;
    }

    private static Map<Long, List<String>> allNames(Connection connection, String sql) throws SQLException {
        Map<Long, List<String>> result = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                result.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return result;
    }

    // ---- searching

    /** Parses {@code query} (never fails on its text) and searches; see {@link #search(SearchQuery, PaperFilter, int)}. */
    public List<SearchHit> search(String query, PaperFilter filter, int limit) {
        return search(SearchQuery.parse(query), filter, limit);
    }

    /**
     * The papers matching {@code query} and {@code filter}, best first, at most {@code limit}. With text to match,
     * ranked by bm25 (title, then tags, authors, venue, body; past 2,000 matches see {@link RankedMatches}); with
     * only filters or excluded words, the most recently updated first. A query with nothing in it lists every
     * paper the filter allows. Safe to call from any thread; it waits while a write holds the library.
     *
     * @param filter the sidebar's selection, or null for all papers
     * @throws IllegalArgumentException if {@code limit} is less than 1
     */
    public List<SearchHit> search(SearchQuery query, PaperFilter filter, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The search limit must be at least 1: " + limit);
        }
        MatchExpression match = MatchExpression.of(query);
        FilterConditions conditions = new FilterConditions(query, filter);
        return database.read(connection -> {
            Map<Long, Double> scores = match.included() != null
                    ? RankedMatches.find(connection, match, conditions, limit)
                    : mostRecent(connection, match, conditions, limit);
            return hits(connection, scores, match);
        });
    }

    /** For queries without text to rank by: the papers meeting the conditions, most recently updated first. */
    private static Map<Long, Double> mostRecent(Connection connection, MatchExpression match, FilterConditions conditions,
                                                int limit) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = "1";
        if (match.excluded() != null) {
            where = "p.id NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)";
            args.add(match.excluded());
        }
        args.addAll(conditions.args());
        args.add(limit);
        String sql = "SELECT p.id FROM papers p WHERE " + where + conditions.andClause("p.id")
                + " ORDER BY p.updated_at DESC, p.id DESC LIMIT ?";
        Map<Long, Double> scores = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    scores.put(rows.getLong(1), 0.0);
                }
            }
        }
        return scores;
    }

    private static List<SearchHit> hits(Connection connection, Map<Long, Double> scores, MatchExpression match)
            throws SQLException {
        if (scores.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(scores.keySet());
        Map<Long, Row> rows = new HashMap<>();
        Map<Long, List<String>> authors = new HashMap<>();
        Map<Long, List<String>> tags = new HashMap<>();
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + BATCH));
            String in = " IN (" + chunk.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT p.id, p.title, p.year, p.venue, p.status, p.rating, p.updated_at, n.body, p.citation_key FROM papers p "
                            + "LEFT JOIN notes n ON n.paper_id = p.id WHERE p.id" + in)) {
                bindIds(statement, chunk);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        int year = result.getInt(3);
                        Integer nullableYear = result.wasNull() ? null : year;
                        rows.put(result.getLong(1), new Row(result.getString(2), nullableYear, result.getString(4),
                                ReadingStatus.parse(result.getString(5)).orElse(ReadingStatus.TO_READ), result.getInt(6),
                                Instant.ofEpochMilli(result.getLong(7)), result.getString(8), result.getString(9)));
                    }
                }
            }
            grouped(connection, "SELECT paper_id, name FROM authors WHERE paper_id" + in + " ORDER BY paper_id, position",
                    chunk, authors);
            grouped(connection, "SELECT pt.paper_id, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
                    + "WHERE pt.paper_id" + in + " ORDER BY pt.paper_id, pt.position", chunk, tags);
        }
        List<SearchHit> hits = new ArrayList<>(ids.size());
        for (long id : ids) {
            Row row = rows.get(id);
            if (row == null) {
                continue;
            }
            PaperSummary summary = new PaperSummary(id, row.title, authors.getOrDefault(id, List.of()), row.year,
                    row.venue, row.status, row.rating, tags.getOrDefault(id, List.of()), row.updatedAt, row.citationKey);
            hits.add(new SearchHit(summary, scores.get(id), Snippets.of(row.body, match.patterns())));
        }
        return hits;
    }

    private static void grouped(Connection connection, String sql, List<Long> ids, Map<Long, List<String>> into)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindIds(statement, ids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    into.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
    }

    private static void bindIds(PreparedStatement statement, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(i + 1, ids.get(i));
        }
    }

    private record Row(String title, Integer year, String venue, ReadingStatus status, int rating, Instant updatedAt,
                       String body, String citationKey) {
    }
}
