package org.papernotes.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.papernotes.model.LibraryStats;
import org.papernotes.model.ReadingStatus;
import org.papernotes.store.search.SearchIndex;

/**
 * One open library file. Owns the single connection; every read and write goes through {@link #read} or
 * {@link #inTransaction}, serialised on this object so that view models may call from any worker thread.
 * Opening checks the file before SQLite touches it, so that a wrong file is refused unchanged.
 */
public final class Library implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Library.class.getName());
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection connection;
    private final PaperRepository papers;
    private final TagRepository tags;
    private final SettingsRepository settings;
    private final AttachmentRepository attachments;
    private final SearchIndex searchIndex;
    private int transactionDepth;
    private Path lastBackup;

    private Library(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.searchIndex = new SearchIndex(this);
        this.papers = new PaperRepository(this);
        this.tags = new TagRepository(this);
        this.settings = new SettingsRepository(this);
        this.attachments = new AttachmentRepository(this);
    }

    /** Opens the library at {@code file}, creating it (and its folder) if it does not exist. */
    public static Library open(Path file) {
        return open(file, Migrations.latestVersion());
    }

    /** Opens and migrates only up to {@code targetVersion}; tests use it to build libraries of older versions. */
    static Library open(Path file, int targetVersion) {
        Path path = file.toAbsolutePath().normalize();
        checkFile(path);
        Connection connection = connect(path);
        try {
            Library library = new Library(path, connection);
            library.prepare(targetVersion);
            return library;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw LibraryException.from(e, path);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void checkFile(Path path) {
        if (Files.isDirectory(path)) {
            throw new LibraryException(path + " is a folder, not a library file.");
        }
        if (Files.exists(path)) {
            if (!Files.isReadable(path)) {
                throw new LibraryException("Cannot read the library " + path + ": permission denied.");
            }
            if (!looksLikeSqlite(path)) {
                throw new LibraryException(path + " is not a PaperNotes library (not an SQLite database).");
            }
            if (!Files.isWritable(path)) {
                throw new LibraryException("The library " + path + " is read-only; PaperNotes needs to write to it.");
            }
        } else {
            Path parent = path.getParent();
            try {
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new LibraryException("Cannot create the folder for the library " + path + ": " + e.getMessage(), e);
            }
            if (parent != null && !Files.isWritable(parent)) {
                throw new LibraryException("Cannot create the library " + path + ": the folder is read-only.");
            }
        }
    }

    private static boolean looksLikeSqlite(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            // An empty file is a valid, empty SQLite database.
            return header.length == 0 || Arrays.equals(header, SQLITE_HEADER);
        } catch (IOException e) {
            throw new LibraryException("Cannot read the library " + path + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path path) {
        Properties properties = new Properties();
        properties.setProperty("foreign_keys", "true");
        properties.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
        // Write transactions take the write lock at BEGIN, so two writers queue instead of failing mid-way.
        properties.setProperty("transaction_mode", "IMMEDIATE");
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + path, properties);
        } catch (SQLException e) {
            throw LibraryException.from(e, path);
        }
    }

    private void prepare(int targetVersion) throws SQLException {
        int version = Migrations.userVersion(connection);
        if (version > Migrations.latestVersion()) {
            throw new LibraryException("The library " + file + " was written by a newer version of PaperNotes "
                    + "(schema " + version + "; this version knows up to " + Migrations.latestVersion()
                    + "). It was not changed; please update PaperNotes.");
        }
        if (version == 0 && hasTables()) {
            throw new LibraryException(file + " is an SQLite database but not a PaperNotes library; it was not changed.");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            // FULL: a transaction that returned survives a power cut, not only a crash.
            statement.execute("PRAGMA synchronous = FULL");
            // Reads through a memory map: about a third less CPU per full-text search on a large library.
            statement.execute("PRAGMA mmap_size = 1073741824");
        }
        if (version > 0 && version < targetVersion) {
            lastBackup = backup(version);
        }
        Migrations.migrate(connection, targetVersion);
        if (targetVersion >= SearchIndex.SCHEMA_VERSION) {
            // A library upgraded from before search has an empty index: fill it (the migration cannot).
            inTransaction(searchIndex::buildIfMissing);
        }
    }

    private boolean hasTables() throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    /** A consistent copy (VACUUM INTO includes what is still in the WAL) beside the library. */
    private Path backup(int version) throws SQLException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String name = file.getFileName().toString();
        Path target = file.resolveSibling(name + ".v" + version + "-" + stamp + ".bak");
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(name + ".v" + version + "-" + stamp + "-" + n + ".bak");
        }
        try (var statement = connection.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, target.toString());
            statement.execute();
        }
        LOG.log(System.Logger.Level.INFO, "Backed up library before upgrade to {0}", target);
        return target;
    }

    public Path file() {
        return file;
    }

    /** The backup taken by the upgrade that ran when this library was opened, or null. */
    public Path lastBackup() {
        return lastBackup;
    }

    public int schemaVersion() {
        return read(Migrations::userVersion);
    }

    public PaperRepository papers() {
        return papers;
    }

    public TagRepository tags() {
        return tags;
    }

    public SettingsRepository settings() {
        return settings;
    }

    /** The papers' images and PDFs. */
    public AttachmentRepository attachments() {
        return attachments;
    }

    public SearchIndex searchIndex() {
        return searchIndex;
    }

    /** Counts for the status bar and {@code papernotes stats}. */
    public LibraryStats stats() {
        return read(connection -> {
            Map<ReadingStatus, Integer> byStatus = new EnumMap<>(ReadingStatus.class);
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT status, count(*) FROM papers GROUP BY status")) {
                while (rows.next()) {
                    var status = ReadingStatus.parse(rows.getString(1));
                    if (status.isPresent()) {
                        byStatus.put(status.get(), rows.getInt(2));
                    }
                }
            }
            long characters = single(connection, "SELECT coalesce(sum(length(body)), 0) FROM notes");
            long tagCount = single(connection, "SELECT count(*) FROM tags");
            long published = single(connection, "SELECT count(*) FROM blog_posts WHERE last_export_path IS NOT NULL");
            int papersCount = byStatus.values().stream().mapToInt(Integer::intValue).sum();
            long bytes;
            try {
                bytes = Files.size(file) + (Files.exists(walFile()) ? Files.size(walFile()) : 0);
            } catch (IOException e) {
                bytes = -1;
            }
            return new LibraryStats(papersCount, (int) tagCount, byStatus, characters, (int) published,
                    Migrations.userVersion(connection), bytes);
        });
    }

    private Path walFile() {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** Runs {@code work} in autocommit mode (a consistent snapshot per statement). */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw LibraryException.from(e, file);
        }
    }

    /**
     * Runs {@code work} in one transaction: all of it is stored, durably, when this returns, or none of it.
     * Nested calls join the outer transaction.
     */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw LibraryException.from(e, file);
            } finally {
                transactionDepth--;
            }
        }
        try {
            connection.setAutoCommit(false);
            transactionDepth = 1;
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw LibraryException.from(e, file);
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        } finally {
            transactionDepth = 0;
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot return to autocommit", e);
            }
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Rollback failed", e);
        }
    }

    @Override
    public synchronized void close() {
        try (Statement statement = connection.createStatement()) {
            // Folds the WAL back into the main file so a copied library file is complete.
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "Checkpoint on close skipped: {0}", e.getMessage());
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Closing the library failed", e);
        }
    }
}
