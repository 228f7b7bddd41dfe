package org.papernotes.store.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the best matches of an FTS expression by bm25, with a bounded cost.
 * <p>
 * FTS5 computes bm25 for every matching row before it can sort (about 1 µs a row), so a word that is in
 * nearly every note ({@code 的}, {@code model}) would cost time in proportion to the library. Ranking is
 * therefore exact while at most {@link #CAP} papers match; beyond that, it ranks the {@code CAP} most recently
 * added matches, after the {@code CAP} most recently added papers that match in their title, tags, authors or
 * venue. For such common words bm25's idf is near zero anyway, so the order among body matches says little;
 * title and tag matches, which the user most likely means, still come first. Those are found in the small
 * {@code search_metadata} index (title, tags, authors, venue only), whose short lists cost far less to read
 * than a column filter on the main index, which reads every note's positions.
 */
final class RankedMatches {

    /** Rows ranked at most per query: bm25 costs about 1 µs a row, so this bounds ranking to a few ms. */
    static final int CAP = 2_000;

    /**
     * bm25 weights of the columns title, tags, authors, venue, body, abstract: title hits rank above body hits; the
     * abstract, the authors' own summary, a little above the note.
     */
    private static final String BM25 = "bm25(search_index, 10.0, 6.0, 4.0, 2.0, 1.0, 1.5)";
    private static final String BM25_METADATA = "bm25(search_metadata, 10.0, 6.0, 4.0, 2.0)";

    private RankedMatches() {
    }

    /**
     * Paper ids with their scores (higher is better), best first, at most {@code limit}.
     *
     * @param conditions filters that the papers must also meet
     */
    static Map<Long, Double> find(Connection connection, MatchExpression match, FilterConditions conditions, int limit)
            throws SQLException {
        return find(connection, match, conditions, limit, CAP);
    }

    /** {@link #find} with another cap, so that tests can reach it with a few papers. */
    static Map<Long, Double> find(Connection connection, MatchExpression match, FilterConditions conditions, int limit,
                                  int cap) throws SQLException {
        List<Scored> all = query(connection, "search_index", BM25, match.matching(), null, conditions, cap);
        List<Scored> ranked = new ArrayList<>();
        if (all.size() < cap) {
            ranked.addAll(all);
            ranked.sort(Scored.BEST_FIRST);
        } else {
            List<Scored> first = query(connection, "search_metadata", BM25_METADATA, match.included(), match.excluded(),
                    conditions, cap);
            first.sort(Scored.BEST_FIRST);
            ranked.addAll(first.subList(0, Math.min(limit, first.size())));
            all.sort(Scored.BEST_FIRST);
            ranked.addAll(all);
        }
        Map<Long, Double> result = new LinkedHashMap<>();
        for (Scored scored : ranked) {
            if (result.size() >= limit) {
                break;
            }
            result.putIfAbsent(scored.id, scored.score);
        }
        return result;
    }

    /**
     * The {@code cap} most recently added papers of {@code table} matching {@code expression}, not matching
     * {@code excluded} anywhere (null for nothing excluded), and meeting the conditions, with their bm25.
     */
    private static List<Scored> query(Connection connection, String table, String bm25, String expression,
                                      String excluded, FilterConditions conditions, int cap) throws SQLException {
        // Rowid order is the index's own order, so LIMIT stops the scan: no bm25 for rows past the cap.
        String sql = "SELECT rowid, " + bm25 + " FROM " + table + " WHERE " + table + " MATCH ?"
                + (excluded == null ? "" : " AND +" + table + ".rowid NOT IN "
                        + "(SELECT rowid FROM search_index WHERE search_index MATCH ?)")
                + conditions.andClause("+" + table + ".rowid") + " ORDER BY rowid DESC LIMIT " + cap;
        List<Object> args = new ArrayList<>();
        args.add(expression);
        if (excluded != null) {
            args.add(excluded);
        }
        args.addAll(conditions.args());
        List<Scored> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    // bm25 is lower for better matches; scores here are higher for better ones.
                    rows.add(new Scored(result.getLong(1), -result.getDouble(2) + 0.0));
                }
            }
        }
        return rows;
    }

    private record Scored(long id, double score) {
        static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(Comparator.comparingLong(Scored::id).reversed());
    }
}
