package org.papernotes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperVersion;
import org.papernotes.model.VersionReason;

/**
 * The history of every paper: versions of its fields and note, taken by the store itself when an editing session
 * starts after a pause (the state the pause left), during a long session, before a large deletion, and always
 * before a bulk replacement ({@link #record(long, VersionReason)}). Each version is stored as a delta from the one
 * before it (see {@link TextDelta}), with a full copy now and then (see {@link VersionPolicy}); older versions are
 * thinned out, the newest never.
 */
public final class VersionRepository {

    /** Reads a paper as stored, inside the caller's transaction. */
    @FunctionalInterface
    interface PaperReader {
        Optional<Paper> read(Connection connection, long id) throws SQLException;
    }

    private final Database database;
    private final PaperReader reader;
    private final ZoneId zone;
    /** The newest version's text per paper, so that recording does not rebuild it; dropped on any rollback. */
    private final Map<Long, Tip> tips = new HashMap<>();
    /** The update time this connection last gave each paper: a stored time not in here was written elsewhere. */
    private final Map<Long, Long> written = new HashMap<>();

    VersionRepository(Database database, PaperReader reader, ZoneId zone) {
        this.database = database;
        this.reader = reader;
        this.zone = zone;
        database.onRollback(tips::clear);
        database.onRollback(written::clear);
    }

    /** The paper's versions, newest first (an empty list for a paper without any, or no such paper). */
    public List<PaperVersion> list(long paperId) {
        return database.read(connection -> {
            List<PaperVersion> result = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT number, created_at, reason, changed_fields, chars_added, chars_removed, restored_from "
                            + "FROM paper_versions WHERE paper_id = ? ORDER BY number DESC")) {
                statement.setLong(1, paperId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String fields = rows.getString(4);
                        int restored = rows.getInt(7);
                        Integer restoredFrom = rows.wasNull() ? null : restored;
                        result.add(new PaperVersion(paperId, rows.getInt(1), Instant.ofEpochMilli(rows.getLong(2)),
                                VersionReason.ofKey(rows.getString(3)),
                                fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")),
                                rows.getInt(5), rows.getInt(6), restoredFrom));
                    }
                }
            }
            return result;
        });
    }

    /** The paper as it was at version {@code number}: its fields and note then, its id and blog side now. */
    public Paper paperAt(long paperId, int number) {
        return database.read(connection -> {
            Paper current = reader.read(connection, paperId).orElseThrow(() -> new PaperNotFoundException(paperId));
            return VersionText.apply(text(connection, paperId, number), current);
        });
    }

    /** The note of version {@code number}. */
    public String noteAt(long paperId, int number) {
        return database.read(connection -> VersionText.note(text(connection, paperId, number)));
    }

    /**
     * Keeps the paper as it is stored now as a new version, unless the newest version already holds it; call it
     * before replacing a paper's text in bulk (an import update, a sync merge), in the same transaction or before
     * it. Returns the number of the version that holds the state.
     *
     * @throws PaperNotFoundException if there is no such paper
     */
    public int record(long paperId, VersionReason reason) {
        return database.inTransaction(connection -> record(connection, paperId, reason, null));
    }

    /** Bytes the paper's versions take in the library (the benchmark reports them). */
    public long storedBytes(long paperId) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT coalesce(sum(length(data)), 0) FROM paper_versions WHERE paper_id = ?")) {
                statement.setLong(1, paperId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : 0L;
                }
            }
        });
    }

    // ---- inside the repositories' transactions

    int record(Connection connection, long paperId, VersionReason reason, Integer restoredFrom) throws SQLException {
        Paper paper = reader.read(connection, paperId).orElseThrow(() -> new PaperNotFoundException(paperId));
        String text = VersionText.of(paper);
        Tip tip = tip(connection, paperId);
        if (tip != null && tip.text.equals(text)) {
            return tip.number;
        }
        Instant stateTime = paper.updatedAt();
        if (tip != null && stateTime.isBefore(tip.createdAt)) {
            stateTime = tip.createdAt;
        }
        byte[] delta = tip == null ? null : TextDelta.encode(tip.text, text);
        boolean full = tip == null || tip.chainLength + 1 > VersionPolicy.LONGEST_CHAIN
                || tip.deltaBytes + delta.length > (long) VersionPolicy.FULL_COPY_FACTOR * tip.fullBytes;
        byte[] data = full ? TextDelta.encode("", text) : delta;
        int number = tip == null ? nextNumber(connection, paperId) : tip.number + 1;
        String before = tip == null ? null : tip.text;
        insert(connection, paperId, number, stateTime, reason, restoredFrom, before, text, full, data);
        tips.put(paperId, full ? new Tip(number, stateTime, text, data.length, 0, 0)
                : new Tip(number, stateTime, text, tip.fullBytes, tip.deltaBytes + data.length, tip.chainLength + 1));
        thin(connection, paperId, database.now());
        return number;
    }

    /** A write of this connection stored the paper with this update time. */
    void wrote(long paperId, Instant updatedAt) {
        written.put(paperId, updatedAt.toEpochMilli());
    }

    /**
     * Called by every write of a paper before it changes anything: keeps the stored state as a version when another
     * connection (another program, another window) wrote it, when this write starts a new editing session, when the
     * session has gone on long without one, or when it deletes much of the note ({@code newNoteLength}, or -1 when
     * the note is not written).
     */
    void beforeWrite(Connection connection, long paperId, int newNoteLength) throws SQLException {
        Instant now = database.now();
        Instant updated;
        Instant created;
        int noteLength;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT p.updated_at, p.created_at, coalesce(length(n.body), 0), "
                        + "(SELECT max(created_at) FROM paper_versions v WHERE v.paper_id = p.id) "
                        + "FROM papers p LEFT JOIN notes n ON n.paper_id = p.id WHERE p.id = ?")) {
            statement.setLong(1, paperId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return; // the write itself reports the missing paper
                }
                updated = Instant.ofEpochMilli(rows.getLong(1));
                created = Instant.ofEpochMilli(rows.getLong(2));
                noteLength = rows.getInt(3);
                long newest = rows.getLong(4);
                Instant newestVersion = rows.wasNull() ? null : Instant.ofEpochMilli(newest);
                boolean fresh = newestVersion == null && noteLength == 0 && created.equals(updated);
                if (fresh) {
                    return; // a paper just made, never edited: nothing worth keeping yet
                }
                Long mine = written.get(paperId);
                boolean writtenElsewhere = mine == null || mine != updated.toEpochMilli();
                boolean sessionStarts = !updated.plus(VersionPolicy.SESSION_PAUSE).isAfter(now);
                boolean longSession = newestVersion == null
                        || !newestVersion.plus(VersionPolicy.SESSION_LONGEST).isAfter(now);
                if (!writtenElsewhere && !sessionStarts && !longSession
                        && !VersionPolicy.largeDeletion(noteLength, newNoteLength)) {
                    return;
                }
            }
        }
        record(connection, paperId, VersionReason.EDIT, null);
    }

    /** The text of version {@code number} of the paper. */
    String text(Connection connection, long paperId, int number) throws SQLException {
        List<Row> chain = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT number, created_at, full, data FROM paper_versions WHERE paper_id = ? AND number <= ? "
                        + "AND number >= (SELECT max(number) FROM paper_versions WHERE paper_id = ? AND number <= ? "
                        + "AND full = 1) ORDER BY number")) {
            statement.setLong(1, paperId);
            statement.setInt(2, number);
            statement.setLong(3, paperId);
            statement.setInt(4, number);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    chain.add(new Row(rows.getInt(1), rows.getLong(2), rows.getBoolean(3), rows.getBytes(4)));
                }
            }
        }
        if (chain.isEmpty() || chain.get(chain.size() - 1).number != number) {
            throw new LibraryException("Paper " + paperId + " has no version " + number + ".");
        }
        String text = "";
        for (Row row : chain) {
            text = TextDelta.apply(row.full ? "" : text, row.data);
        }
        return text;
    }

    /** Moves a paper's versions to its trash row (the paper is going to the trash) or back (it is restored). */
    void moveToTrash(Connection connection, long paperId, long trashId) throws SQLException {
        tips.remove(paperId);
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE paper_versions SET paper_id = NULL, trash_id = ? WHERE paper_id = ?")) {
            statement.setLong(1, trashId);
            statement.setLong(2, paperId);
            statement.executeUpdate();
        }
    }

    void moveFromTrash(Connection connection, long trashId, long paperId) throws SQLException {
        tips.remove(paperId);
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE paper_versions SET trash_id = NULL, paper_id = ? WHERE trash_id = ?")) {
            statement.setLong(1, paperId);
            statement.setLong(2, trashId);
            statement.executeUpdate();
        }
    }

    /** Drops the versions the policy no longer keeps and rewrites those after them as deltas of their new elders. */
    void thin(Connection connection, long paperId, Instant now) throws SQLException {
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
        boolean[] keep = VersionPolicy.keep(times, now, zone);
        int firstDropped = -1;
        for (int i = 0; i < keep.length && firstDropped < 0; i++) {
            if (!keep[i]) {
                firstDropped = i;
            }
        }
        if (firstDropped < 0) {
            return;
        }
        List<Stored> all = all(connection, paperId);
        String previous = null;
        long fullBytes = 0;
        long deltaBytes = 0;
        int chainLength = 0;
        for (int i = 0; i < all.size(); i++) {
            Stored version = all.get(i);
            if (!keep[i]) {
                delete(connection, version.id);
                continue;
            }
            if (i > firstDropped) {
                byte[] delta = previous == null ? null : TextDelta.encode(previous, version.text);
                boolean full = previous == null || chainLength + 1 > VersionPolicy.LONGEST_CHAIN
                        || deltaBytes + delta.length > (long) VersionPolicy.FULL_COPY_FACTOR * fullBytes;
                byte[] data = full ? TextDelta.encode("", version.text) : delta;
                rewrite(connection, version.id, previous, version.text, full, data);
                version = version.withData(full, data);
            }
            if (version.full) {
                fullBytes = version.data.length;
                deltaBytes = 0;
                chainLength = 0;
            } else {
                deltaBytes += version.data.length;
                chainLength++;
            }
            previous = version.text;
        }
        tips.remove(paperId);
    }

    private List<Stored> all(Connection connection, long paperId) throws SQLException {
        List<Stored> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, full, data FROM paper_versions WHERE paper_id = ? ORDER BY number")) {
            statement.setLong(1, paperId);
            try (ResultSet rows = statement.executeQuery()) {
                String text = "";
                while (rows.next()) {
                    boolean full = rows.getBoolean(2);
                    byte[] data = rows.getBytes(3);
                    text = TextDelta.apply(full ? "" : text, data);
                    result.add(new Stored(rows.getLong(1), full, data, text));
                }
            }
        }
        return result;
    }

    private Tip tip(Connection connection, long paperId) throws SQLException {
        int newest;
        long createdAt;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT number, created_at FROM paper_versions WHERE paper_id = ? ORDER BY number DESC LIMIT 1")) {
            statement.setLong(1, paperId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    tips.remove(paperId);
                    return null;
                }
                newest = rows.getInt(1);
                createdAt = rows.getLong(2);
            }
        }
        Tip cached = tips.get(paperId);
        if (cached != null && cached.number == newest) {
            return cached;
        }
        // Rebuild it, with the sizes the next version's choice between a delta and a full copy needs.
        List<Row> chain = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT number, created_at, full, data FROM paper_versions WHERE paper_id = ? AND number >= "
                        + "(SELECT max(number) FROM paper_versions WHERE paper_id = ? AND full = 1) ORDER BY number")) {
            statement.setLong(1, paperId);
            statement.setLong(2, paperId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    chain.add(new Row(rows.getInt(1), rows.getLong(2), rows.getBoolean(3), rows.getBytes(4)));
                }
            }
        }
        String text = "";
        long fullBytes = 0;
        long deltaBytes = 0;
        for (Row row : chain) {
            text = TextDelta.apply(row.full ? "" : text, row.data);
            if (row.full) {
                fullBytes = row.data.length;
            } else {
                deltaBytes += row.data.length;
            }
        }
        Tip tip = new Tip(newest, Instant.ofEpochMilli(createdAt), text, fullBytes, deltaBytes, chain.size() - 1);
        tips.put(paperId, tip);
        return tip;
    }

    private static int nextNumber(Connection connection, long paperId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT coalesce(max(number), 0) + 1 FROM paper_versions WHERE paper_id = ?")) {
            statement.setLong(1, paperId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 1;
            }
        }
    }

    private static void insert(Connection connection, long paperId, int number, Instant createdAt, VersionReason reason,
                               Integer restoredFrom, String before, String text, boolean full, byte[] data)
            throws SQLException {
        int[] chars = noteChanges(before, text);
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
            statement.setString(6, String.join(",", VersionText.changedFields(before, text)));
            statement.setInt(7, chars[0]);
            statement.setInt(8, chars[1]);
            statement.setBoolean(9, full);
            statement.setBytes(10, data);
            statement.executeUpdate();
        }
    }

    private static void rewrite(Connection connection, long id, String before, String text, boolean full, byte[] data)
            throws SQLException {
        int[] chars = noteChanges(before, text);
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE paper_versions SET full = ?, data = ?, changed_fields = ?, chars_added = ?, chars_removed = ? "
                        + "WHERE id = ?")) {
            statement.setBoolean(1, full);
            statement.setBytes(2, data);
            statement.setString(3, String.join(",", VersionText.changedFields(before, text)));
            statement.setInt(4, chars[0]);
            statement.setInt(5, chars[1]);
            statement.setLong(6, id);
            statement.executeUpdate();
        }
    }

    private static void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM paper_versions WHERE id = ?")) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    /** {added, removed} characters of the note between two version texts (the changed middle of each). */
    private static int[] noteChanges(String before, String after) {
        String a = before == null ? "" : VersionText.note(before);
        String b = VersionText.note(after);
        int prefix = 0;
        int max = Math.min(a.length(), b.length());
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        return new int[] {b.length() - prefix - suffix, a.length() - prefix - suffix};
    }

    private record Row(int number, long createdAt, boolean full, byte[] data) {
    }

    private record Stored(long id, boolean full, byte[] data, String text) {
        Stored withData(boolean newFull, byte[] newData) {
            return new Stored(id, newFull, newData, text);
        }
    }

    private record Tip(int number, Instant createdAt, String text, long fullBytes, long deltaBytes, int chainLength) {
    }
}
