package org.papernotes.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.papernotes.model.BlogPost;
import org.papernotes.model.CitationKey;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperIdentity;
import org.papernotes.model.PaperSummary;
import org.papernotes.model.PostOrigin;
import org.papernotes.model.ReadingStatus;
import org.papernotes.model.VersionReason;
import org.papernotes.store.search.SearchIndex;

/** Papers with their authors, note, tags and blog post. Every write keeps the search index in step. */
public final class PaperRepository {

    private static final String PAPER_COLUMNS = "p.id, p.title, p.venue, p.year, p.doi, p.arxiv_id, p.url, "
            + "p.pdf_path, p.citation_key, p.status, p.rating, p.created_at, p.updated_at";
    private static final String BLOG_COLUMNS = "b.slug, b.post_date, b.permalink, b.kept_front_matter, "
            + "b.original_front_matter, b.last_export_path, b.last_export_hash";
    /** After the blog columns: the bibliographic data of schema version 3. */
    private static final String BIBLIOGRAPHY_COLUMNS = "p.abstract, p.entry_type, p.bib_fields";

    private final Database database;
    private final SearchIndex searchIndex;
    private final VersionRepository versions;

    PaperRepository(Database database, SearchIndex searchIndex, VersionRepository versions) {
        this.database = database;
        this.searchIndex = searchIndex;
        this.versions = versions;
    }

    /**
     * What a save stored. {@code otherProgramVersion} is not 0 when the paper had been changed by someone else (another
     * program, another window) since the state the save was based on: that state is kept as this version of the
     * paper's history before the save wrote over it.
     */
    public record SaveResult(Paper paper, int otherProgramVersion) {
        public boolean conflicted() {
            return otherProgramVersion != 0;
        }
    }

    /** Stores a new paper; returns it with its id and times. */
    public Paper insert(Paper paper) {
        Paper valid = validated(paper);
        return database.inTransaction(connection -> {
            checkKeyFree(connection, valid.citationKey(), 0);
            Instant now = database.now();
            Instant created = valid.createdAt() != null ? valid.createdAt() : now;
            Instant updated = valid.updatedAt() != null ? valid.updatedAt() : created;
            long id;
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO papers (title, venue, year, doi, arxiv_id, url, pdf_path, citation_key, status, "
                            + "rating, created_at, updated_at, abstract, entry_type, bib_fields) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindMetadata(statement, valid);
                statement.setLong(11, created.toEpochMilli());
                statement.setLong(12, updated.toEpochMilli());
                bindBibliography(statement, 13, valid);
                statement.executeUpdate();
            }
            try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT last_insert_rowid()")) {
                rows.next();
                id = rows.getLong(1);
            }
            Paper stored = valid.withId(id).withTimes(created, updated);
            versions.wrote(id, updated);
            writeDependents(connection, stored);
            writeBlog(connection, id, stored.blog());
            searchIndex.update(connection, id);
            return stored;
        });
    }

    /**
     * Replaces the paper's metadata, authors, note and tags with those of {@code paper} and sets its update time
     * to now. The blog side is left as stored (only {@link #setBlogPost} changes it), so that an editor holding an
     * older copy of the paper never undoes an export, an import or a slug change. Returns the paper as stored.
     */
    public Paper update(Paper paper) {
        Paper valid = validated(paper);
        return database.inTransaction(connection -> {
            versions.beforeWrite(connection, valid.id(), valid.note().length());
            return write(connection, valid);
        });
    }

    /**
     * As {@link #update(Paper)}, for an editor whose copy of the paper was stored at {@code basedOn}: if the paper
     * was changed since, what is stored is kept as a version first, and the result says so.
     */
    public SaveResult update(Paper paper, Instant basedOn) {
        Paper valid = validated(paper);
        return database.inTransaction(connection -> {
            int kept = keepIfChangedSince(connection, valid.id(), basedOn);
            if (kept == 0) {
                versions.beforeWrite(connection, valid.id(), valid.note().length());
            }
            return new SaveResult(write(connection, valid), kept);
        });
    }

    /**
     * Restores version {@code number} of the paper in place: the state before is kept as a version, then the
     * version's fields and note are stored, and that is a new version too. Returns the paper as stored.
     */
    public Paper restoreVersion(long id, int number) {
        return database.inTransaction(connection -> {
            Paper current = loadOne(connection, id).orElseThrow(() -> new PaperNotFoundException(id));
            String text = versions.text(connection, id, number);
            versions.record(connection, id, VersionReason.BEFORE_RESTORE, null);
            Paper stored = write(connection, validated(VersionText.apply(text, current)));
            versions.record(connection, id, VersionReason.RESTORED, number);
            return stored;
        });
    }

    /** The version keeping what another writer stored since {@code basedOn}, or 0 when nobody did. */
    private int keepIfChangedSince(Connection connection, long id, Instant basedOn) throws SQLException {
        if (basedOn == null) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT updated_at FROM papers WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next() || rows.getLong(1) == basedOn.toEpochMilli()) {
                    return 0;
                }
            }
        }
        return versions.record(connection, id, VersionReason.OTHER_PROGRAM, null);
    }

    private Paper write(Connection connection, Paper valid) throws SQLException {
        checkKeyFree(connection, valid.citationKey(), valid.id());
        Instant now = database.now();
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE papers SET title = ?, venue = ?, year = ?, doi = ?, arxiv_id = ?, url = ?, pdf_path = ?, "
                        + "citation_key = ?, status = ?, rating = ?, updated_at = max(?, updated_at + 1), "
                        + "abstract = ?, entry_type = ?, bib_fields = ? WHERE id = ?")) {
            bindMetadata(statement, valid);
            statement.setLong(11, now.toEpochMilli());
            bindBibliography(statement, 12, valid);
            statement.setLong(15, valid.id());
            if (statement.executeUpdate() == 0) {
                throw new PaperNotFoundException(valid.id());
            }
        }
        now = updatedAt(connection, valid.id());
        versions.wrote(valid.id(), now);
        Instant created = valid.createdAt() != null ? valid.createdAt() : createdAt(connection, valid.id(), now);
        Paper stored = valid.withTimes(created, now);
        writeDependents(connection, stored);
        searchIndex.update(connection, valid.id());
        return stored.withBlog(readBlog(connection, valid.id()));
    }

    /** The autosave path: stores only the note text. Returns the new update time. */
    public Instant saveNote(long id, String note) {
        return database.inTransaction(connection -> {
            versions.beforeWrite(connection, id, note == null ? 0 : note.length());
            return writeNote(connection, id, note);
        });
    }

    /**
     * As {@link #saveNote(long, String)}, for an editor whose copy was stored at {@code basedOn}: if the paper was
     * changed since, what is stored is kept as a version first, and the result says so.
     */
    public SaveResult saveNote(long id, String note, Instant basedOn) {
        return database.inTransaction(connection -> {
            int kept = keepIfChangedSince(connection, id, basedOn);
            if (kept == 0) {
                versions.beforeWrite(connection, id, note == null ? 0 : note.length());
            }
            writeNote(connection, id, note);
            return new SaveResult(loadOne(connection, id).orElseThrow(() -> new PaperNotFoundException(id)), kept);
        });
    }

    private Instant writeNote(Connection connection, long id, String note) throws SQLException {
        Instant now = touch(connection, id, database.now());
        versions.wrote(id, now);
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO notes (paper_id, body) VALUES (?, ?) ON CONFLICT (paper_id) DO UPDATE SET body = excluded.body")) {
            statement.setLong(1, id);
            statement.setString(2, note == null ? "" : note);
            statement.executeUpdate();
        }
        searchIndex.update(connection, id);
        return now;
    }

    /** Replaces the paper's tags, in this order; tags no paper carries any more are dropped. */
    public void setTags(long id, List<String> tags) {
        database.inTransaction(connection -> {
            versions.beforeWrite(connection, id, -1);
            versions.wrote(id, touch(connection, id, database.now()));
            writeTags(connection, id, normalizeTags(tags));
            TagRepository.dropUnused(connection);
            searchIndex.update(connection, id);
            return null;
        });
    }

    /** Stores the blog side of a paper (after an export or an import); does not change its update time. */
    public void setBlogPost(long id, BlogPost blog) {
        database.inTransaction(connection -> {
            ensureExists(connection, id);
            writeBlog(connection, id, blog);
            return null;
        });
    }

    /** The blog side of every paper that has one (paper id → post), for matching posts to papers in bulk. */
    public Map<Long, BlogPost> blogPosts() {
        return database.read(connection -> {
            Map<Long, BlogPost> posts = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT paper_id, slug, post_date, permalink, kept_front_matter, original_front_matter, "
                            + "last_export_path, last_export_hash FROM blog_posts");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String postDate = rows.getString(3);
                    posts.put(rows.getLong(1), new BlogPost(rows.getString(2),
                            postDate == null ? null : LocalDate.parse(postDate), rows.getString(4), rows.getString(5),
                            rows.getString(6), rows.getString(7), rows.getString(8)));
                }
            }
            return posts;
        });
    }

    /** Where the paper's post came from and how its file was written; {@link PostOrigin#NONE} if it has no post. */
    public PostOrigin postOrigin(long id) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + ORIGIN_COLUMNS
                    + " FROM blog_post_origins WHERE paper_id = ?")) {
                statement.setLong(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? postOrigin(rows) : PostOrigin.NONE;
                }
            }
        });
    }

    /** The origin of every paper that has one (paper id → origin), for export and import in bulk. */
    public Map<Long, PostOrigin> postOrigins() {
        return database.read(connection -> {
            Map<Long, PostOrigin> origins = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT paper_id, " + ORIGIN_COLUMNS
                    + " FROM blog_post_origins"); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    origins.put(rows.getLong(1), postOrigin(rows, 2));
                }
            }
            return origins;
        });
    }

    /** Stores where the paper's post came from (after an import or an export); does not change its update time. */
    public void setPostOrigin(long id, PostOrigin origin) {
        database.inTransaction(connection -> {
            ensureExists(connection, id);
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO blog_post_origins (paper_id, source_path, imported_at, body_hash, line_end, "
                            + "byte_order_mark, original_bytes, kept_liquid, last_exported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT (paper_id) DO UPDATE SET source_path = excluded.source_path, "
                            + "imported_at = excluded.imported_at, body_hash = excluded.body_hash, line_end = excluded.line_end, "
                            + "byte_order_mark = excluded.byte_order_mark, original_bytes = excluded.original_bytes, "
                            + "kept_liquid = excluded.kept_liquid, last_exported_at = excluded.last_exported_at")) {
                statement.setLong(1, id);
                setExact(statement, 2, origin.sourcePath());
                setInstant(statement, 3, origin.importedAt());
                setExact(statement, 4, origin.bodyHash());
                statement.setString(5, origin.lineEnd());
                statement.setInt(6, origin.byteOrderMark() ? 1 : 0);
                statement.setBytes(7, origin.originalBytes());
                statement.setString(8, origin.keptLiquid());
                setInstant(statement, 9, origin.lastExportedAt());
                statement.executeUpdate();
            }
            return null;
        });
    }

    private static final String ORIGIN_COLUMNS = "source_path, imported_at, body_hash, line_end, byte_order_mark, "
            + "original_bytes, kept_liquid, last_exported_at";

    private static PostOrigin postOrigin(ResultSet rows) throws SQLException {
        return postOrigin(rows, 1);
    }

    private static PostOrigin postOrigin(ResultSet rows, int first) throws SQLException {
        return new PostOrigin(rows.getString(first), instant(rows, first + 1), rows.getString(first + 2),
                rows.getString(first + 3), rows.getInt(first + 4) == 1, rows.getBytes(first + 5),
                rows.getString(first + 6), instant(rows, first + 7));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        long millis = rows.getLong(column);
        return rows.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static void setInstant(PreparedStatement statement, int index, Instant when) throws SQLException {
        if (when == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, when.toEpochMilli());
        }
    }

    public Optional<Paper> find(long id) {
        return database.read(connection -> {
            List<Paper> found = load(connection, "p.id = ?", List.of(id));
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
    }

    /** @throws PaperNotFoundException if there is no such paper */
    public Paper get(long id) {
        return find(id).orElseThrow(() -> new PaperNotFoundException(id));
    }

    /** Full papers (with notes) in the given order of ids; unknown ids are skipped. */
    public List<Paper> getAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.read(connection -> {
            Map<Long, Paper> byId = new HashMap<>();
            List<Long> idList = List.copyOf(ids);
            for (int start = 0; start < idList.size(); start += 500) {
                List<Long> chunk = idList.subList(start, Math.min(idList.size(), start + 500));
                String marks = chunk.stream().map(x -> "?").collect(Collectors.joining(","));
                for (Paper paper : load(connection, "p.id IN (" + marks + ")", List.copyOf(chunk))) {
                    byId.put(paper.id(), paper);
                }
            }
            List<Paper> result = new ArrayList<>();
            for (Long id : ids) {
                Paper paper = byId.get(id);
                if (paper != null) {
                    result.add(paper);
                }
            }
            return result;
        });
    }

    /** Full papers matching the filter, most recently updated first. */
    public List<Paper> findAll(PaperFilter filter) {
        return getAll(list(filter).stream().map(PaperSummary::id).toList());
    }

    /** The rows of the paper list, most recently updated first. */
    public List<PaperSummary> list(PaperFilter filter) {
        return database.read(connection -> {
            List<Object> args = new ArrayList<>();
            String where = filterClause(filter, args);
            String sql = "SELECT p.id, p.title, p.year, p.venue, p.status, p.rating, p.updated_at, p.citation_key FROM papers p"
                    + (where.isEmpty() ? "" : " WHERE " + where) + " ORDER BY p.updated_at DESC, p.id DESC";
            Map<Long, PaperRow> rows = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, args);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.put(result.getLong(1), new PaperRow(result.getLong(1), result.getString(2),
                                nullableInt(result, 3), result.getString(4), status(result.getString(5)),
                                result.getInt(6), Instant.ofEpochMilli(result.getLong(7)), result.getString(8)));
                    }
                }
            }
            // With no filter, one scan of each table beats thousands of bound ids.
            Collection<Long> ids = where.isEmpty() ? null : rows.keySet();
            Map<Long, List<String>> authors = groupedAuthors(connection, ids);
            Map<Long, List<String>> tags = groupedTags(connection, ids);
            List<PaperSummary> result = new ArrayList<>(rows.size());
            for (PaperRow row : rows.values()) {
                result.add(new PaperSummary(row.id, row.title, authors.getOrDefault(row.id, List.of()), row.year,
                        row.venue, row.status, row.rating, tags.getOrDefault(row.id, List.of()), row.updatedAt,
                        row.citationKey));
            }
            return result;
        });
    }

    /** The citation keys of the papers other than {@code exceptId}, lower-cased: a key is unique whatever its case. */
    public Set<String> citationKeysInUse(long exceptId) {
        Set<String> taken = new HashSet<>();
        for (PaperIdentity identity : identities()) {
            if (identity.id() != exceptId && identity.citationKey() != null) {
                taken.add(identity.citationKey().toLowerCase(Locale.ROOT));
            }
        }
        return taken;
    }

    /**
     * Every paper's identifiers, title and year, in id order: for finding duplicates, making unique citation keys
     * and completing keys, without loading notes.
     */
    public List<PaperIdentity> identities() {
        return database.read(connection -> {
            List<PaperIdentity> result = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT p.id, p.title, p.year, p.doi, p.arxiv_id, p.citation_key, "
                            + "(SELECT a.name FROM authors a WHERE a.paper_id = p.id AND a.position = 0) "
                            + "FROM papers p ORDER BY p.id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new PaperIdentity(rows.getLong(1), rows.getString(2), nullableInt(rows, 3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7)));
                }
            }
            return result;
        });
    }

    /**
     * Gives papers citation keys (paper id → key) in one transaction, without changing their update time: keys
     * made for papers that had none, when they are first needed, are not an edit of the paper.
     *
     * @throws CitationKeyTakenException if another paper has one of the keys
     */
    public void setCitationKeys(Map<Long, String> keys) {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE papers SET citation_key = ? WHERE id = ?")) {
                for (Map.Entry<Long, String> entry : keys.entrySet()) {
                    String key = entry.getValue().strip();
                    if (!CitationKey.isValid(key)) {
                        throw new IllegalArgumentException("Not a valid citation key: \"" + key + "\"");
                    }
                    checkKeyFree(connection, key, entry.getKey());
                    statement.setString(1, key);
                    statement.setLong(2, entry.getKey());
                    if (statement.executeUpdate() == 0) {
                        throw new PaperNotFoundException(entry.getKey());
                    }
                }
            }
            return null;
        });
    }

    /** The id of the paper whose citation key is {@code key} (ignoring case), if any. */
    public Optional<Long> citationKeyOwner(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return database.read(connection -> keyOwner(connection, key.strip()));
    }

    private static Optional<Long> keyOwner(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM papers WHERE citation_key = ? COLLATE NOCASE")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Refuses, with a message that says which paper has it, a key another paper has. */
    private static void checkKeyFree(Connection connection, String key, long id) throws SQLException {
        if (key == null || key.isBlank()) {
            return;
        }
        Optional<Long> owner = keyOwner(connection, key.strip());
        if (owner.isPresent() && owner.get() != id) {
            throw new CitationKeyTakenException(key.strip(), owner.get());
        }
    }

    public int count() {
        return database.read(PaperRepository::countPapers);
    }

    public void delete(long id) {
        database.inTransaction(connection -> {
            searchIndex.remove(connection, id);
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM papers WHERE id = ?")) {
                statement.setLong(1, id);
                if (statement.executeUpdate() == 0) {
                    throw new PaperNotFoundException(id);
                }
            }
            TagRepository.dropUnused(connection);
            return null;
        });
    }

    /** A copy with a new id, the same note, tags, images and PDF, no blog post, and " (copy)" after the title. */
    public Paper duplicate(long id, String titleSuffix) {
        return database.inTransaction(connection -> {
            Paper original = load(connection, "p.id = ?", List.of(id)).stream().findFirst()
                    .orElseThrow(() -> new PaperNotFoundException(id));
            // A citation key names one paper: the copy has none until one is given.
            Paper copy = insert(original.withId(0).withTitle(original.title() + titleSuffix).withTimes(null, null)
                    .withBlog(BlogPost.NONE).withCitationKey(null));
            AttachmentRepository.copyAll(connection, id, copy.id()); // the copy's note links the same images
            return copy;
        });
    }

    // ---- reading

    /** The paper as stored, read inside the caller's transaction. */
    static Optional<Paper> loadOne(Connection connection, long id) throws SQLException {
        List<Paper> found = load(connection, "p.id = ?", List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Paper> load(Connection connection, String where, List<Object> args) throws SQLException {
        String sql = "SELECT " + PAPER_COLUMNS + ", n.body, " + BLOG_COLUMNS + ", " + BIBLIOGRAPHY_COLUMNS + " FROM papers p "
                + "LEFT JOIN notes n ON n.paper_id = p.id LEFT JOIN blog_posts b ON b.paper_id = p.id WHERE " + where;
        List<Paper> papers = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, args);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    papers.add(paper(rows));
                }
            }
        }
        if (papers.isEmpty()) {
            return papers;
        }
        List<Long> ids = papers.stream().map(Paper::id).toList();
        Map<Long, List<String>> authors = groupedAuthors(connection, ids);
        Map<Long, List<String>> tags = groupedTags(connection, ids);
        return papers.stream()
                .map(p -> p.withAuthors(authors.getOrDefault(p.id(), List.of())).withTags(tags.getOrDefault(p.id(), List.of())))
                .toList();
    }

    private static Paper paper(ResultSet rows) throws SQLException {
        BlogPost blog = blogPost(rows, 15);
        return new Paper(rows.getLong(1), rows.getString(2), List.of(), rows.getString(3), nullableInt(rows, 4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                status(rows.getString(10)), rows.getInt(11), rows.getString(14), List.of(),
                Instant.ofEpochMilli(rows.getLong(12)), Instant.ofEpochMilli(rows.getLong(13)), blog, rows.getString(22),
                rows.getString(23), BibFieldsJson.read(rows.getString(24)));
    }

    private static BlogPost readBlog(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + BLOG_COLUMNS
                + " FROM blog_posts b WHERE b.paper_id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? blogPost(rows, 1) : BlogPost.NONE;
            }
        }
    }

    /** The {@link #BLOG_COLUMNS} starting at column {@code first}; NONE where a LEFT JOIN found no post. */
    private static BlogPost blogPost(ResultSet rows, int first) throws SQLException {
        if (rows.getString(first + 3) == null) { // kept_front_matter is NOT NULL in a real row
            return BlogPost.NONE;
        }
        String postDate = rows.getString(first + 1);
        return new BlogPost(rows.getString(first), postDate == null ? null : LocalDate.parse(postDate),
                rows.getString(first + 2), rows.getString(first + 3), rows.getString(first + 4),
                rows.getString(first + 5), rows.getString(first + 6));
    }

    private static Map<Long, List<String>> groupedAuthors(Connection connection, Collection<Long> ids) throws SQLException {
        return grouped(connection, "SELECT paper_id, name FROM authors", "paper_id", "ORDER BY paper_id, position", ids);
    }

    private static Map<Long, List<String>> groupedTags(Connection connection, Collection<Long> ids) throws SQLException {
        return grouped(connection, "SELECT pt.paper_id, t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id",
                "pt.paper_id", "ORDER BY pt.paper_id, pt.position", ids);
    }

    /** Loads (paper id → names) for the given ids, or for all papers when {@code ids} is null. */
    private static Map<Long, List<String>> grouped(Connection connection, String select, String idColumn, String order,
                                                   Collection<Long> ids) throws SQLException {
        Map<Long, List<String>> result = new HashMap<>();
        if (ids != null && ids.isEmpty()) {
            return result;
        }
        List<List<Long>> chunks = new ArrayList<>();
        if (ids == null) {
            chunks.add(null);
        } else {
            List<Long> all = List.copyOf(ids);
            for (int start = 0; start < all.size(); start += 500) {
                chunks.add(all.subList(start, Math.min(all.size(), start + 500)));
            }
        }
        for (List<Long> chunk : chunks) {
            String where = chunk == null ? "" : " WHERE " + idColumn + " IN ("
                    + chunk.stream().map(x -> "?").collect(Collectors.joining(",")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(select + where + " " + order)) {
                if (chunk != null) {
                    bind(statement, List.copyOf(chunk));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        result.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(2));
                    }
                }
            }
        }
        return result;
    }

    private static String filterClause(PaperFilter filter, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        for (String tag : filter.allTags()) {
            conditions.add("EXISTS (SELECT 1 FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
                    + "WHERE pt.paper_id = p.id AND t.name = ?)");
            args.add(tag.strip());
        }
        if (filter.untaggedOnly()) {
            conditions.add("NOT EXISTS (SELECT 1 FROM paper_tags pt WHERE pt.paper_id = p.id)");
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add("p.status IN (" + filter.statuses().stream().map(s -> "?").collect(Collectors.joining(",")) + ")");
            filter.statuses().stream().map(ReadingStatus::key).sorted().forEach(args::add);
        }
        return String.join(" AND ", conditions);
    }

    static int countPapers(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT count(*) FROM papers")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    // ---- writing

    private static void bindMetadata(PreparedStatement statement, Paper paper) throws SQLException {
        statement.setString(1, paper.title().strip());
        setNullable(statement, 2, paper.venue());
        if (paper.year() == null) {
            statement.setNull(3, Types.INTEGER);
        } else {
            statement.setInt(3, paper.year());
        }
        setNullable(statement, 4, paper.doi());
        setNullable(statement, 5, paper.arxivId());
        setNullable(statement, 6, paper.url());
        setNullable(statement, 7, paper.pdfPath());
        setNullable(statement, 8, paper.citationKey());
        statement.setString(9, paper.status().key());
        statement.setInt(10, paper.rating());
    }

    private static void bindBibliography(PreparedStatement statement, int first, Paper paper) throws SQLException {
        setNullable(statement, first, paper.abstractText());
        String type = paper.entryType() == null ? null : paper.entryType().strip().toLowerCase(java.util.Locale.ROOT);
        setNullable(statement, first + 1, type);
        setNullable(statement, first + 2, BibFieldsJson.write(paper.bibFields()));
    }

    private static void writeDependents(Connection connection, Paper paper) throws SQLException {
        long id = paper.id();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM authors WHERE paper_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO authors (paper_id, position, name) VALUES (?, ?, ?)")) {
            int position = 0;
            for (String author : paper.authors()) {
                if (author != null && !author.isBlank()) {
                    insert.setLong(1, id);
                    insert.setInt(2, position++);
                    insert.setString(3, author.strip());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement note = connection.prepareStatement(
                "INSERT INTO notes (paper_id, body) VALUES (?, ?) ON CONFLICT (paper_id) DO UPDATE SET body = excluded.body")) {
            note.setLong(1, id);
            note.setString(2, paper.note());
            note.executeUpdate();
        }
        writeTags(connection, id, normalizeTags(paper.tags()));
        TagRepository.dropUnused(connection);
    }

    private static void writeTags(Connection connection, long id, List<String> tags) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM paper_tags WHERE paper_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement link = connection.prepareStatement(
                "INSERT OR IGNORE INTO paper_tags (paper_id, tag_id, position) VALUES (?, ?, ?)")) {
            int position = 0;
            for (String tag : tags) {
                link.setLong(1, id);
                link.setLong(2, TagRepository.ensureTag(connection, tag));
                link.setInt(3, position++);
                link.addBatch();
            }
            link.executeBatch();
        }
    }

    private static void writeBlog(Connection connection, long id, BlogPost blog) throws SQLException {
        if (blog.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM blog_posts WHERE paper_id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO blog_posts (paper_id, slug, post_date, permalink, kept_front_matter, original_front_matter, "
                        + "last_export_path, last_export_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (paper_id) DO UPDATE SET "
                        + "slug = excluded.slug, post_date = excluded.post_date, permalink = excluded.permalink, "
                        + "kept_front_matter = excluded.kept_front_matter, original_front_matter = excluded.original_front_matter, "
                        + "last_export_path = excluded.last_export_path, last_export_hash = excluded.last_export_hash")) {
            statement.setLong(1, id);
            setExact(statement, 2, blog.slug());
            setExact(statement, 3, blog.postDate() == null ? null : blog.postDate().toString());
            setExact(statement, 4, blog.permalink());
            statement.setString(5, blog.keptFrontMatter());
            setExact(statement, 6, blog.originalFrontMatter());
            setExact(statement, 7, blog.lastExportPath());
            setExact(statement, 8, blog.lastExportHash());
            statement.executeUpdate();
        }
    }

    /** Trimmed, non-empty, each once (case-insensitively, as the tags table compares), in the given order. */
    static List<String> normalizeTags(List<String> tags) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                String name = tag.strip();
                unique.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name);
            }
        }
        return List.copyOf(unique.values());
    }

    private static Paper validated(Paper paper) {
        if (paper.title().isBlank()) {
            throw new IllegalArgumentException("A paper needs a title.");
        }
        String key = paper.citationKey();
        if (key != null && !key.isBlank() && !CitationKey.isValid(key.strip())) {
            throw new IllegalArgumentException("Not a valid citation key: \"" + key.strip() + "\" (letters, digits and "
                    + CitationKey.ALLOWED_PUNCTUATION + " only).");
        }
        return paper.withTags(normalizeTags(paper.tags()));
    }

    /**
     * Sets the update time to {@code when}, or one millisecond after the stored one if that is not earlier, so that
     * every write gives a new time (another writer's change is told by it); returns the time stored.
     */
    private static Instant touch(Connection connection, long id, Instant when) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE papers SET updated_at = max(?, updated_at + 1) WHERE id = ?")) {
            statement.setLong(1, when.toEpochMilli());
            statement.setLong(2, id);
            if (statement.executeUpdate() == 0) {
                throw new PaperNotFoundException(id);
            }
        }
        return updatedAt(connection, id);
    }

    private static Instant updatedAt(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT updated_at FROM papers WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new PaperNotFoundException(id);
                }
                return Instant.ofEpochMilli(rows.getLong(1));
            }
        }
    }

    private static void ensureExists(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM papers WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new PaperNotFoundException(id);
                }
            }
        }
    }

    private static Instant createdAt(Connection connection, long id, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT created_at FROM papers WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Instant.ofEpochMilli(rows.getLong(1)) : now;
            }
        }
    }

    static void bind(PreparedStatement statement, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.strip());
        }
    }

    /** Blog text is stored byte for byte: the round trip to the same post file depends on it. */
    private static void setExact(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static Integer nullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    private static ReadingStatus status(String key) {
        return ReadingStatus.parse(key).orElse(ReadingStatus.TO_READ);
    }

    private record PaperRow(long id, String title, Integer year, String venue, ReadingStatus status, int rating,
                            Instant updatedAt, String citationKey) {
    }
}
