package org.papernotes.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** A library that cannot be opened, read or written, with a message meant for the user. */
public class LibraryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Turns a driver error into one line a user can act on. */
    static LibraryException from(SQLException e, Path file) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        int code = e.getErrorCode() & 0xff; // primary result code; extended codes carry more bits
        if (code == 5 || code == 6 || detail.contains("SQLITE_BUSY") || detail.contains("SQLITE_LOCKED")) {
            return new LibraryException("The library " + file + " is locked by another program; try again.", e);
        }
        if (code == 13 || detail.contains("SQLITE_FULL") || ((code == 10 || detail.contains("SQLITE_IOERR"))
                && DiskSpace.isFull(file))) {
            return new LibraryException("The disk holding " + file + " is full; nothing was changed.", e);
        }
        if (code == 8 || detail.contains("SQLITE_READONLY") || code == 14 || detail.contains("SQLITE_CANTOPEN")) {
            Path folder = file.toAbsolutePath().getParent();
            if (java.nio.file.Files.exists(file) && !java.nio.file.Files.isWritable(file)) {
                return new LibraryException("The library file " + file + " is read-only; nothing was changed.", e);
            }
            if (folder != null && !java.nio.file.Files.isWritable(folder)) {
                return new LibraryException("The folder " + folder + " is read-only (SQLite needs to create its "
                        + "journal files beside the library); nothing was changed.", e);
            }
            if (code == 8 || detail.contains("SQLITE_READONLY")) {
                return new LibraryException("The library " + file + " is read-only; nothing was changed.", e);
            }
            return new LibraryException("Cannot open the library " + file + ": " + detail, e);
        }
        if (code == 26 || detail.contains("SQLITE_NOTADB")) {
            return new LibraryException(file + " is not a PaperNotes library (not an SQLite database).", e);
        }
        if (code == 11 || detail.contains("SQLITE_CORRUPT")) {
            return new LibraryException("The library " + file + " is damaged (" + detail + "). Restore the latest backup, "
                    + "or save every readable paper into a new library (File menu; papernotes check --salvage).", e);
        }
        if (code == 10 || detail.contains("SQLITE_IOERR")) {
            return new LibraryException("The library " + file + " could not be read or written (an I/O error of the "
                    + "disk); nothing was changed.", e);
        }
        return new LibraryException("Library error in " + file + ": " + detail, e);
    }
}
