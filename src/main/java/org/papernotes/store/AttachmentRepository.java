package org.papernotes.store;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.papernotes.model.Attachment;
import org.papernotes.model.ImageBytes;
import org.papernotes.model.PaperPdf;

/**
 * A paper's images and its PDF. Bytes are stored once per content (table {@code blobs}, by SHA-256) and only read
 * when asked for: listing attachments or opening the library never reads them. Triggers of the schema remove a
 * blob when the last attachment or PDF that uses it goes, also when a paper is deleted.
 */
public final class AttachmentRepository {

    public static final String PDF_MEDIA_TYPE = "application/pdf";
    private static final String ATTACHMENT_COLUMNS = "a.id, a.paper_id, a.name, b.media_type, b.size, b.width, "
            + "b.height, b.sha256, a.blog_path, a.added_at";

    private final Database database;

    AttachmentRepository(Database database) {
        this.database = database;
    }

    /**
     * Adds an image to a paper and returns its attachment. The same bytes already attached to the paper give the
     * attachment they have (so the same link); otherwise {@code name} is used, with {@code -2}, {@code -3}… before
     * the extension when the paper already has an image of that name. The bytes are stored once in the library,
     * with {@code preview} (a smaller copy, or null) the first time.
     *
     * <p>With a site path, the paper's image recorded with that path is the one added: bytes the paper has under
     * another site path get an attachment of their own (a post may link the same picture at two paths), and an
     * older image recorded with this path loses it (the post's file was changed, and imported again).
     *
     * @param blogPath the site path a blog post links the image by, or null
     */
    public Attachment addImage(long paperId, String name, ImageBytes original, ImageBytes preview, String blogPath) {
        return database.inTransaction(connection -> {
            ensurePaper(connection, paperId);
            long blobId = storeBlob(connection, original, preview);
            Optional<Attachment> existing = blogPath == null
                    ? find(connection, "a.paper_id = ? AND a.blob_id = ?", paperId, blobId)
                    : find(connection, "a.paper_id = ? AND a.blob_id = ? AND (a.blog_path IS NULL OR a.blog_path = ?) "
                            + "ORDER BY (a.blog_path IS NOT NULL) DESC, a.id", paperId, blobId, blogPath);
            if (blogPath != null) {
                forgetSitePath(connection, paperId, blogPath, existing.map(Attachment::id).orElse(-1L));
            }
            if (existing.isPresent()) {
                Attachment found = existing.get();
                if (blogPath != null && found.blogPath() == null) {
                    setBlogPath(connection, found.id(), blogPath);
                    return find(connection, "a.id = ?", found.id()).orElseThrow();
                }
                return found;
            }
            String free = freeName(connection, paperId, name);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO attachments (paper_id, blob_id, name, blog_path, added_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setLong(1, paperId);
                insert.setLong(2, blobId);
                insert.setString(3, free);
                setNullable(insert, 4, blogPath);
                insert.setLong(5, now());
                insert.executeUpdate();
            }
            return find(connection, "a.paper_id = ? AND a.name = ?", paperId, free).orElseThrow();
        });
    }

    /** The paper's images, in the order they were added. */
    public List<Attachment> images(long paperId) {
        return database.read(connection -> list(connection, "a.paper_id = ? ORDER BY a.id", paperId));
    }

    /** The paper's image of this name. */
    public Optional<Attachment> image(long paperId, String name) {
        return database.read(connection -> find(connection, "a.paper_id = ? AND a.name = ?", paperId, name));
    }

    /**
     * An image recorded with this site path ({@code /images/fig.png}): the paper's own if it has one, otherwise
     * another paper's (posts share images).
     */
    public Optional<Attachment> bySitePath(String sitePath, long preferredPaperId) {
        return database.read(connection -> find(connection,
                "a.blog_path = ? ORDER BY (a.paper_id = ?) DESC, a.id", sitePath, preferredPaperId));
    }

    /** What the preview shows of an image: its smaller copy if it has one, else the original. */
    public Optional<ImageBytes> previewOrOriginal(String sha256) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT coalesce(p.media_type, b.media_type), coalesce(p.width, b.width), coalesce(p.height, b.height), "
                            + "coalesce(p.bytes, b.bytes) FROM blobs b LEFT JOIN blob_previews p ON p.blob_id = b.id "
                            + "WHERE b.sha256 = ?")) {
                statement.setString(1, sha256);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(new ImageBytes(rows.getBytes(4), rows.getString(1),
                            rows.getInt(2), rows.getInt(3))) : Optional.empty();
                }
            }
        });
    }

    /** The stored bytes of this content, as they were added. */
    public Optional<byte[]> bytes(String sha256) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT bytes FROM blobs WHERE sha256 = ?")) {
                statement.setString(1, sha256);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /** How many images all papers have. */
    public long imageCount() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM attachments");
                 ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }

    // ---- image files written into a blog

    /**
     * The SHA-256 of the bytes PaperNotes last wrote to this image file of a blog ({@code images/retnet/fig.png},
     * relative to the checkout), if it wrote one there.
     */
    public Optional<String> writtenBlogImage(String path) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT sha256 FROM blog_image_files WHERE path = ?")) {
                statement.setString(1, path);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Records that the blog's image files (path → SHA-256 of the bytes) hold what PaperNotes wrote. */
    public void recordWrittenBlogImages(java.util.Map<String, String> written) {
        if (written.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO blog_image_files (path, sha256, written_at) VALUES (?, ?, ?) "
                            + "ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, written_at = excluded.written_at")) {
                long now = now();
                for (var file : written.entrySet()) {
                    upsert.setString(1, file.getKey());
                    upsert.setString(2, file.getValue());
                    upsert.setLong(3, now);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }

    // ---- the paper's PDF

    /** Links the paper's PDF to a file where it lies (replacing any PDF it had). */
    public PaperPdf linkPdf(long paperId, Path file, long size) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
        return database.inTransaction(connection -> {
            ensurePaper(connection, paperId);
            writePdf(connection, paperId, name, size, absolute.toString(), null);
            return readPdf(connection, paperId).orElseThrow();
        });
    }

    /** Keeps a copy of the paper's PDF in the library (replacing any PDF it had). */
    public PaperPdf storePdf(long paperId, String name, byte[] bytes) {
        return database.inTransaction(connection -> {
            ensurePaper(connection, paperId);
            long blobId = storeBlob(connection, new ImageBytes(bytes, PDF_MEDIA_TYPE, 0, 0), null);
            writePdf(connection, paperId, name, bytes.length, null, blobId);
            return readPdf(connection, paperId).orElseThrow();
        });
    }

    public Optional<PaperPdf> pdf(long paperId) {
        return database.read(connection -> readPdf(connection, paperId));
    }

    /** Forgets the paper's PDF (a copy in the library goes unless another paper uses it; a linked file stays). */
    public void removePdf(long paperId) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM paper_pdfs WHERE paper_id = ?")) {
                delete.setLong(1, paperId);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Keeps the bytes of the paper's images and PDF copy while the paper is in the trash entry {@code trashId}: its
     * attachment rows go into the entry, and without a hold the bytes would go with the last row using them.
     */
    static void holdForTrash(Connection connection, long paperId, long trashId) throws SQLException {
        try (PreparedStatement hold = connection.prepareStatement(
                "INSERT OR IGNORE INTO trash_blobs (trash_id, blob_id) SELECT ?, blob_id FROM attachments WHERE paper_id = ? "
                        + "UNION SELECT ?, blob_id FROM paper_pdfs WHERE paper_id = ? AND blob_id IS NOT NULL")) {
            hold.setLong(1, trashId);
            hold.setLong(2, paperId);
            hold.setLong(3, trashId);
            hold.setLong(4, paperId);
            hold.executeUpdate();
        }
    }

    /** Gives paper {@code to} the images and PDF of paper {@code from} (a duplicate), sharing their bytes. */
    static void copyAll(Connection connection, long from, long to) throws SQLException {
        try (PreparedStatement images = connection.prepareStatement(
                "INSERT INTO attachments (paper_id, blob_id, name, blog_path, added_at) "
                        + "SELECT ?, blob_id, name, blog_path, added_at FROM attachments WHERE paper_id = ? ORDER BY id");
             PreparedStatement pdf = connection.prepareStatement(
                     "INSERT INTO paper_pdfs (paper_id, name, size, path, blob_id, added_at) "
                             + "SELECT ?, name, size, path, blob_id, added_at FROM paper_pdfs WHERE paper_id = ?")) {
            for (PreparedStatement statement : List.of(images, pdf)) {
                statement.setLong(1, to);
                statement.setLong(2, from);
                statement.executeUpdate();
            }
        }
    }

    // ---- helpers

    private static long storeBlob(Connection connection, ImageBytes content, ImageBytes preview) throws SQLException {
        String sha = sha256(content.bytes());
        Optional<Long> existing = blobId(connection, sha);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO blobs (sha256, media_type, size, width, height, bytes) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, sha);
            insert.setString(2, content.mediaType());
            insert.setLong(3, content.size());
            setDimension(insert, 4, content.width());
            setDimension(insert, 5, content.height());
            insert.setBytes(6, content.bytes());
            insert.executeUpdate();
        }
        long id = blobId(connection, sha).orElseThrow();
        if (preview != null) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO blob_previews (blob_id, media_type, width, height, bytes) VALUES (?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, preview.mediaType());
                insert.setInt(3, preview.width());
                insert.setInt(4, preview.height());
                insert.setBytes(5, preview.bytes());
                insert.executeUpdate();
            }
        }
        return id;
    }

    private static Optional<Long> blobId(Connection connection, String sha) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM blobs WHERE sha256 = ?")) {
            statement.setString(1, sha);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    /** {@code name}, or {@code stem-2.ext}, {@code stem-3.ext}… whichever the paper does not use yet. */
    private static String freeName(Connection connection, long paperId, String name) throws SQLException {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int n = 2; taken(connection, paperId, candidate); n++) {
            candidate = stem + "-" + n + extension;
        }
        return candidate;
    }

    private static boolean taken(Connection connection, long paperId, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM attachments WHERE paper_id = ? AND name = ?")) {
            statement.setLong(1, paperId);
            statement.setString(2, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The paper's images recorded with this site path, but {@code keptId}, are no longer linked by it. */
    private static void forgetSitePath(Connection connection, long paperId, String blogPath, long keptId)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE attachments SET blog_path = NULL WHERE paper_id = ? AND blog_path = ? AND id <> ?")) {
            update.setLong(1, paperId);
            update.setString(2, blogPath);
            update.setLong(3, keptId);
            update.executeUpdate();
        }
    }

    private static void setBlogPath(Connection connection, long id, String blogPath) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE attachments SET blog_path = ? WHERE id = ?")) {
            update.setString(1, blogPath);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static Optional<Attachment> find(Connection connection, String where, Object... args) throws SQLException {
        List<Attachment> found = list(connection, where + (where.contains("ORDER BY") ? "" : " ORDER BY a.id") + " LIMIT 1",
                args);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Attachment> list(Connection connection, String where, Object... args) throws SQLException {
        List<Attachment> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + ATTACHMENT_COLUMNS
                + " FROM attachments a JOIN blobs b ON b.id = a.blob_id WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(new Attachment(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getLong(5), rows.getInt(6), rows.getInt(7), rows.getString(8), rows.getString(9),
                            Instant.ofEpochMilli(rows.getLong(10))));
                }
            }
        }
        return result;
    }

    private static void writePdf(Connection connection, long paperId, String name, long size, String path, Long blobId)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO paper_pdfs (paper_id, name, size, path, blob_id, added_at) VALUES (?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (paper_id) DO UPDATE SET name = excluded.name, size = excluded.size, "
                        + "path = excluded.path, blob_id = excluded.blob_id, added_at = excluded.added_at")) {
            statement.setLong(1, paperId);
            statement.setString(2, name);
            statement.setLong(3, size);
            setNullable(statement, 4, path);
            if (blobId == null) {
                statement.setNull(5, Types.INTEGER);
            } else {
                statement.setLong(5, blobId);
            }
            statement.setLong(6, now());
            statement.executeUpdate();
        }
    }

    private static Optional<PaperPdf> readPdf(Connection connection, long paperId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT f.name, f.size, f.path, b.sha256, f.added_at FROM paper_pdfs f "
                        + "LEFT JOIN blobs b ON b.id = f.blob_id WHERE f.paper_id = ?")) {
            statement.setLong(1, paperId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                long size = rows.getLong(2);
                boolean unknownSize = rows.wasNull();
                return Optional.of(new PaperPdf(paperId, rows.getString(1), unknownSize ? -1 : size,
                        rows.getString(3), rows.getString(4), Instant.ofEpochMilli(rows.getLong(5))));
            }
        }
    }

    private static void ensurePaper(Connection connection, long paperId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM papers WHERE id = ?")) {
            statement.setLong(1, paperId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new PaperNotFoundException(paperId);
                }
            }
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setDimension(PreparedStatement statement, int index, int value) throws SQLException {
        if (value > 0) {
            statement.setInt(index, value);
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
