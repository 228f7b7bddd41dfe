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
import java.time.Clock;
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
 * One open library file: opens it (checking the file before SQLite touches it, so that a wrong file is refused
 * unchanged), migrates it, backs it up, and hands out its repositories and search index. The connection and its
 * transactions belong to {@link Database}; {@link #read} and {@link #inTransaction} pass through to it.
 */
public final class Library implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Library.class.getName());
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection connection;
    private final Database database;
    private final PaperRepository papers;
    private final TagRepository tags;
    private final SettingsRepository settings;
    private final AttachmentRepository attachments;
    private final SearchIndex searchIndex;
    private final VersionRepository versions;
    private final TrashRepository trash;
    private Path lastBackup;

    private Library(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.database = new Database(file, connection, clock);
        this.searchIndex = new SearchIndex(database);
        this.versions = new VersionRepository(database, PaperRepository::loadOne, clock.getZone());
        this.papers = new PaperRepository(database, searchIndex, versions);
        this.tags = new TagRepository(database, searchIndex, versions);
        this.settings = new SettingsRepository(database);
        this.trash = new TrashRepository(database, searchIndex, versions);
        this.attachments = new AttachmentRepository(database);
    }

    /** When opening runs SQLite's {@code quick_check}. */
    public enum Check {
        /** Before anything is written: a damaged file opens read-only (see {@link #damage()}). */
        ON_OPEN,
        /** Not at all: the caller runs {@link #quickCheck()} when it suits it (the window, after its first load). */
        LATER
    }

    /**
     * Opens the library at {@code file}, creating it (and its folder) if it does not exist. A damaged file is opened
     * read-only: reads work as far as they can, every write is refused with a message saying what to do.
     */
    public static Library open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /** As {@link #open(Path)}, with the clock that stamps writes and ages versions (tests and benchmarks set it). */
    public static Library open(Path file, Clock clock) {
        return open(file, Migrations.latestVersion(), clock, Check.ON_OPEN);
    }

    /** As {@link #open(Path)}, checking the file on opening or leaving that to the caller. */
    public static Library open(Path file, Check check) {
        return open(file, Migrations.latestVersion(), Clock.systemDefaultZone(), check);
    }

    /** Opens and migrates only up to {@code targetVersion}; tests use it to build libraries of older versions. */
    static Library open(Path file, int targetVersion) {
        return open(file, targetVersion, Clock.systemDefaultZone(), Check.ON_OPEN);
    }

    private static Library open(Path file, int targetVersion, Clock clock, Check check) {
        Path path = file.toAbsolutePath().normalize();
        boolean existed = Files.exists(path);
        checkFile(path);
        Connection connection = connect(path);
        try {
            Library library = new Library(path, connection, clock);
            if (check == Check.ON_OPEN && existed) {
                library.quickCheck();
            }
            library.prepare(targetVersion);
            return library;
        } catch (SQLException e) {
            Database.closeQuietly(connection);
            throw LibraryException.from(e, path);
        } catch (RuntimeException e) {
            Database.closeQuietly(connection);
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
                throw new LibraryException("The library file " + path + " is read-only; PaperNotes needs to write to it.");
            }
            Path parent = path.getParent();
            if (parent != null && !Files.isWritable(parent)) {
                throw new LibraryException("The folder " + parent + " is read-only: the library file can be written, "
                        + "but SQLite needs to create its journal files beside it. Move the library or make the folder writable.");
            }
            DiskSpace.requireSome(path);
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
            DiskSpace.requireSome(path);
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
        if (database.readOnlyReason() != null) {
            return; // a damaged file is read as it is: no journal change, no migration, no index build
        }
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

    /**
     * Runs SQLite's {@code quick_check} (most of {@code integrity_check}, without comparing indexes to tables).
     * A damaged library becomes read-only for the rest of the session.
     */
    public LibraryCheck quickCheck() {
        return check("quick_check");
    }

    /** The full {@code integrity_check} ({@code papernotes check}); a damaged library becomes read-only. */
    public LibraryCheck integrityCheck() {
        return check("integrity_check");
    }

    /**
     * Runs the check on a read-only connection of its own, so that it holds up no other work on the library (the
     * window runs it beside its first loads).
     */
    private LibraryCheck check(String pragma) {
        long started = System.nanoTime();
        java.util.List<String> problems = new java.util.ArrayList<>();
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        readOnly.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection own = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly.toProperties());
             Statement statement = own.createStatement();
             var rows = statement.executeQuery("PRAGMA " + pragma + "(100)")) {
            while (rows.next()) {
                String line = rows.getString(1);
                if (!"ok".equals(line)) {
                    problems.add(line);
                }
            }
        } catch (SQLException e) {
            String detail = e.getMessage() == null ? "" : e.getMessage();
            if (!detail.contains("CORRUPT") && !detail.contains("NOTADB") && !detail.contains("malformed")) {
                throw LibraryException.from(e, file); // not damage: a lock, a vanished file
            }
            problems.add(detail); // so damaged that the check itself fails
        }
        LibraryCheck result = new LibraryCheck(problems, java.time.Duration.ofNanos(System.nanoTime() - started));
        if (!result.ok()) {
            LOG.log(System.Logger.Level.WARNING, "Library {0} failed {1}: {2}", file, pragma, problems.get(0));
            database.refuseWrites("The library " + file + " is damaged, so it was opened read-only and nothing was "
                    + "changed. Restore the latest backup, or save every readable paper into a new library "
                    + "(File menu; papernotes check --salvage).");
        }
        return result;
    }

    /** Why the library is read-only (it was found damaged), or null when it is not. */
    public String damage() {
        return database.readOnlyReason();
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

    /** The history of every paper. */
    public VersionRepository versions() {
        return versions;
    }

    /** Deleted papers, until the trash is emptied. */
    public TrashRepository trash() {
        return trash;
    }

    public SearchIndex searchIndex() {
        return searchIndex;
    }

    /** The connection and its transactions, for the classes that work on the library as a whole. */
    public Database database() {
        return database;
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

    /** Runs {@code work} in autocommit mode (a consistent snapshot per statement); see {@link Database#read}. */
    public <T> T read(SqlWork<T> work) {
        return database.read(work);
    }

    /** Runs {@code work} in one transaction, all or nothing; see {@link Database#inTransaction}. */
    public <T> T inTransaction(SqlWork<T> work) {
        return database.inTransaction(work);
    }

    @Override
    public void close() {
        database.close();
    }
}
