package org.papernotes.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one connection to a library file and its transactions. Every read and write goes through {@link #read} or
 * {@link #inTransaction}, serialised on this object so that view models may call from any worker thread. The
 * repositories and the search index take it; {@link Library} makes it, opens, migrates and backs up.
 */
public final class Database implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final Path file;
    private final Connection connection;
    private final Clock clock;
    private final List<Runnable> rollbackListeners = new CopyOnWriteArrayList<>();
    private int transactionDepth;
    /** Set when the file is damaged: writes are refused with this message instead of being tried. */
    private volatile String readOnlyReason;

    Database(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    /** The time stamped on writes, at the millisecond precision stored, so that a stored paper equals the one returned. */
    public Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    /** {@code listener} runs after a transaction was rolled back (caches of what it wrote must be dropped). */
    void onRollback(Runnable listener) {
        rollbackListeners.add(listener);
    }

    public Path file() {
        return file;
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
     *
     * @throws LibraryException if the library was found damaged (it is then read-only)
     */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        if (readOnlyReason != null) {
            throw new LibraryException(readOnlyReason);
        }
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
                LOG.log(System.Logger.Level.DEBUG, "Cannot return to autocommit: {0}", e.getMessage());
            }
        }
    }

    /** From now on every write is refused with {@code reason} (a damaged file must not be written to). */
    void refuseWrites(String reason) {
        readOnlyReason = reason;
    }

    /** Why writes are refused, or null when they are not. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /**
     * SQLite's {@code data_version}: changes when another connection (another process, another window) committed
     * to the file since the last call; this connection's own commits leave it as it is.
     */
    public synchronized long dataVersion() {
        return read(c -> {
            try (Statement statement = c.createStatement(); var rows = statement.executeQuery("PRAGMA data_version")) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }

    private void rollback() {
        rollbackListeners.forEach(Runnable::run);
        try {
            connection.rollback();
        } catch (SQLException e) {
            // Expected when the failure already ended the transaction (disk full, I/O error): no trace for the user.
            LOG.log(System.Logger.Level.DEBUG, "Rollback failed: {0}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (readOnlyReason == null) {
            try (Statement statement = connection.createStatement()) {
                // Folds the WAL back into the main file so a copied library file is complete.
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.DEBUG, "Checkpoint on close skipped: {0}", e.getMessage());
            }
        }
        closeQuietly(connection);
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing the library failed: {0}", e.getMessage());
        }
    }
}
