package org.papernotes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * before a bulk replacement ({@link #record(long, VersionReason)}); older versions are thinned out as
 * {@link VersionPolicy} says, the newest never. {@link VersionChain} stores them.
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
    private final VersionChain chain;
    /** The update time this connection last gave each paper: a stored time not in here was written elsewhere. */
    private final Map<Long, Long> written = new HashMap<>();

    VersionRepository(Database database, PaperReader reader, ZoneId zone) {
        this.database = database;
        this.reader = reader;
        this.zone = zone;
        this.chain = new VersionChain(database);
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
        VersionChain.Newest newest = chain.newest(connection, paperId);
        if (newest != null && newest.text().equals(text)) {
            return newest.number();
        }
        Instant stateTime = paper.updatedAt();
        if (newest != null && stateTime.isBefore(newest.createdAt())) {
            stateTime = newest.createdAt(); // versions stay in order of time
        }
        // Thinned first, as if the new version were there already, so that the new version is a delta from what is
        // left: appended first, it would become a full copy whenever the unthinned chain had grown to its limit.
        Instant now = database.now();
        Instant newTime = stateTime;
        chain.thin(connection, paperId, times -> {
            List<Instant> withNew = new ArrayList<>(times);
            withNew.add(newTime);
            boolean[] keep = Arrays.copyOf(VersionPolicy.keep(withNew, now, zone), times.size());
            boolean any = false;
            for (boolean kept : keep) {
                any |= kept;
            }
            if (!any && keep.length > 0) {
                keep[keep.length - 1] = true; // the numbers go on from a version left (the next thinning drops it)
            }
            return keep;
        });
        return chain.append(connection, paperId, stateTime, reason, restoredFrom, text);
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
        return chain.text(connection, paperId, number);
    }

    /** Moves a paper's versions to its trash row (the paper is going to the trash) or back (it is restored). */
    void moveToTrash(Connection connection, long paperId, long trashId) throws SQLException {
        chain.forget(paperId);
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE paper_versions SET paper_id = NULL, trash_id = ? WHERE paper_id = ?")) {
            statement.setLong(1, trashId);
            statement.setLong(2, paperId);
            statement.executeUpdate();
        }
    }

    void moveFromTrash(Connection connection, long trashId, long paperId) throws SQLException {
        chain.forget(paperId);
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE paper_versions SET trash_id = NULL, paper_id = ? WHERE trash_id = ?")) {
            statement.setLong(1, paperId);
            statement.setLong(2, trashId);
            statement.executeUpdate();
        }
    }
}
