package org.papernotes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.papernotes.model.VersionReason;

/**
 * How the versions of a paper are stored in {@code paper_versions}: each as a {@link TextDelta} from the version
 * before it, with a full copy now and then so that rebuilding one applies a bounded number of deltas. Thinning
 * deletes versions and stores the version after each gap anew; it never adds bytes and never adds full copies, so that
 * dropping versions never makes a history bigger.
 */
final class VersionChain {

    /** A full copy is written instead of a delta once the deltas since the last full copy outweigh it this much. */
    static final int FULL_COPY_FACTOR = 2;
    /** ... or once this many deltas follow it (rebuilding a version applies them all). */
    static final int LONGEST_CHAIN = 1000;

    /** The newest version of a paper, and what the choice between a delta and a full copy for the next one needs. */
    record Newest(int number, Instant createdAt, String text, Sizes sizes) {
    }

    /** Bytes of the chain's last full copy and of the deltas after it, and how many deltas that is. */
    record Sizes(long fullBytes, long deltaBytes, int deltas) {

        static Sizes after(byte[] fullCopy) {
            return new Sizes(fullCopy.length, 0, 0);
        }

        /** Whether {@code delta} may follow rather than a full copy. */
        boolean takes(byte[] delta) {
            return deltas + 1 <= LONGEST_CHAIN && deltaBytes + delta.length <= (long) FULL_COPY_FACTOR * fullBytes;
        }

        Sizes plus(byte[] delta) {
            return new Sizes(fullBytes, deltaBytes + delta.length, deltas + 1);
        }
    }

    private final Map<Long, Newest> newest = new HashMap<>();

    VersionChain(Database database) {
        database.onRollback(newest::clear); // it may hold what the rolled-back transaction wrote
    }

    /** The paper's newest version, or null when it has none. */
    Newest newest(Connection connection, long paperId) throws SQLException {
        int number;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT max(number) FROM paper_versions WHERE paper_id = ?")) {
            statement.setLong(1, paperId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                number = rows.getInt(1);
                if (rows.wasNull()) {
                    newest.remove(paperId);
                    return null;
                }
            }
        }
        Newest cached = newest.get(paperId);
        if (cached != null && cached.number == number) {
            return cached;
        }
        Newest rebuilt = null;
        for (Row row : rows(connection, paperId, lastFullCopy(connection, paperId, number), number)) {
            String text = TextDelta.apply(row.full || rebuilt == null ? "" : rebuilt.text, row.data);
            Sizes sizes = row.full ? Sizes.after(row.data) : rebuilt.sizes.plus(row.data);
            rebuilt = new Newest(row.number, Instant.ofEpochMilli(row.createdAt), text, sizes);
        }
        newest.put(paperId, rebuilt);
        return rebuilt;
    }

    /** Stores {@code text} as the paper's next version and returns its number. */
    int append(Connection connection, long paperId, Instant createdAt, VersionReason reason, Integer restoredFrom,
               String text) throws SQLException {
        Newest before = newest(connection, paperId);
        byte[] delta = before == null ? null : TextDelta.encode(before.text, text);
        boolean full = before == null || !before.sizes.takes(delta);
        byte[] data = full ? TextDelta.encode("", text) : delta;
        int number = before == null ? 1 : before.number + 1;
        String beforeText = before == null ? null : before.text;
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO paper_versions (paper_id, number, created_at, reason, restored_from, changed_fields, "
                        + "chars_added, chars_removed, full, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, paperId);
            statement.setInt(2, number);
            statement.setLong(3, createdAt.toEpochMilli());
            statement.setString(4, reason.key());
            if (restoredFrom == null) {
                statement.setNull(5, Types.INTEGER);
            } else {
                statement.setInt(5, restoredFrom);
            }
            bindChanges(statement, 6, beforeText, text);
            statement.setBoolean(9, full);
            statement.setBytes(10, data);
            statement.executeUpdate();
        }
        newest.put(paperId, new Newest(number, createdAt, text, full ? Sizes.after(data) : before.sizes.plus(data)));
        return number;
    }

    /** The text of version {@code number} of the paper. */
    String text(Connection connection, long paperId, int number) throws SQLException {
        List<Row> chain = rows(connection, paperId, lastFullCopy(connection, paperId, number), number);
        if (chain.isEmpty() || chain.get(chain.size() - 1).number != number) {
            throw new LibraryException("Paper " + paperId + " has no version " + number + ".");
        }
        String text = "";
        for (Row row : chain) {
            text = TextDelta.apply(row.full ? "" : text, row.data);
        }
        return text;
    }

    /**
     * Deletes the versions {@code keep} does not keep (it is given the versions' times, oldest first) and stores each
     * kept version after a gap, with what changed since its new elder, as the smaller of a fresh delta from that elder
     * and the very deltas that made it (so it is never bigger than the versions deleted). A version becomes a full
     * copy only where one was deleted: after the gap when the deltas that made it start with that copy, or later,
     * once the joined chain outgrows what {@link Sizes#takes} allows and the bytes deleted pay for it.
     */
    void thin(Connection connection, long paperId, Function<List<Instant>, boolean[]> keep) throws SQLException {
        List<Instant> times = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT created_at FROM paper_versions WHERE paper_id = ? ORDER BY number")) {
            statement.setLong(1, paperId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    times.add(Instant.ofEpochMilli(rows.getLong(1)));
                }
            }
        }
        boolean[] kept = keep.apply(times);
        int firstGap = 0;
        while (firstGap < kept.length && kept[firstGap]) {
            firstGap++;
        }
        if (firstGap == kept.length) {
            return;
        }
        // From the last full copy before the first gap: the versions before it stay as they are.
        List<Row> rows = rows(connection, paperId, 1, Integer.MAX_VALUE);
        int from = Math.max(0, firstGap - 1);
        while (from > 0 && !rows.get(from).full) {
            from--;
        }
        String text = "";
        String elder = null;
        Sizes sizes = null;
        List<byte[]> gap = null; // the deltas since the elder (from the last full copy deleted), while in a gap
        boolean gapHasFullCopy = false;
        boolean fullCopyOwed = false;
        long saved = 0; // bytes deleted less bytes added: never below zero
        Row newestKept = null;
        for (int i = from; i < rows.size(); i++) {
            Row row = rows.get(i);
            String before = text;
            text = TextDelta.apply(row.full ? "" : before, row.data);
            if (!kept[i]) {
                delete(connection, row.id);
                saved += row.data.length;
                if (gap == null || row.full) {
                    gap = new ArrayList<>();
                    gapHasFullCopy = row.full;
                }
                fullCopyOwed |= row.full;
                gap.addAll(TextDelta.parts(row.full ? "" : before, row.data));
                continue;
            }
            boolean full = row.full;
            byte[] data = row.data;
            if (gap != null && !row.full) {
                gap.addAll(TextDelta.parts(before, row.data));
                full = gapHasFullCopy;
                data = TextDelta.chained(gap);
                if (elder != null) {
                    byte[] fresh = TextDelta.encode(elder, text);
                    if (fresh.length <= data.length) {
                        full = false;
                        data = fresh;
                    }
                }
                if (gapHasFullCopy) {
                    byte[] copy = TextDelta.encode("", text);
                    if (copy.length <= data.length) {
                        full = true;
                        data = copy;
                    }
                }
            }
            if (fullCopyOwed && !full && !sizes.takes(data)) {
                byte[] copy = TextDelta.encode("", text);
                if (copy.length - data.length <= saved - (data.length - row.data.length)) {
                    full = true;
                    data = copy;
                }
            }
            fullCopyOwed &= !full;
            saved -= data.length - row.data.length;
            if (gap != null || data != row.data) {
                rewrite(connection, row.id, elder, text, full, data);
            }
            sizes = full ? Sizes.after(data) : sizes.plus(data);
            elder = text;
            gap = null;
            newestKept = row;
        }
        if (newestKept == null) {
            throw new IllegalArgumentException("Thinning must keep a version of paper " + paperId);
        }
        // The newest kept, from which the next version is a delta (the caller may thin the newest stored one out,
        // knowing a newer one follows).
        newest.put(paperId, new Newest(newestKept.number, Instant.ofEpochMilli(newestKept.createdAt), elder, sizes));
    }

    /** The paper's versions leave the cache (they move to or from the trash). */
    void forget(long paperId) {
        newest.remove(paperId);
    }

    private static int lastFullCopy(Connection connection, long paperId, int atOrBefore) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT coalesce(max(number), 1) FROM paper_versions WHERE paper_id = ? AND number <= ? AND full = 1")) {
            statement.setLong(1, paperId);
            statement.setInt(2, atOrBefore);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static List<Row> rows(Connection connection, long paperId, int first, int last) throws SQLException {
        List<Row> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, number, created_at, full, data FROM paper_versions "
                        + "WHERE paper_id = ? AND number BETWEEN ? AND ? ORDER BY number")) {
            statement.setLong(1, paperId);
            statement.setInt(2, first);
            statement.setInt(3, last);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new Row(rows.getLong(1), rows.getInt(2), rows.getLong(3), rows.getBoolean(4),
                            rows.getBytes(5)));
                }
            }
        }
        return result;
    }

    private static void rewrite(Connection connection, long id, String before, String text, boolean full, byte[] data)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE paper_versions SET changed_fields = ?, chars_added = ?, chars_removed = ?, full = ?, data = ? "
                        + "WHERE id = ?")) {
            bindChanges(statement, 1, before, text);
            statement.setBoolean(4, full);
            statement.setBytes(5, data);
            statement.setLong(6, id);
            statement.executeUpdate();
        }
    }

    /** What changed from {@code before} (null for none) to {@code text}, at parameters {@code at}, +1 and +2. */
    private static void bindChanges(PreparedStatement statement, int at, String before, String text)
            throws SQLException {
        VersionText.Changes changes = VersionText.changes(before, text);
        statement.setString(at, String.join(",", changes.fields()));
        statement.setInt(at + 1, changes.charsAdded());
        statement.setInt(at + 2, changes.charsRemoved());
    }

    private static void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM paper_versions WHERE id = ?")) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    private record Row(long id, int number, long createdAt, boolean full, byte[] data) {
    }
}
