package org.papernotes.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backups of a library: consistent copies made with SQLite's {@code VACUUM INTO} (what is still in the WAL
 * included) into a folder beside the library, {@code NAME-backups/}, or the folder set with {@link #setFolder}.
 * One is made automatically once a day (the window asks {@link #backUpIfDue}); of those in the folder, the newest
 * of each of the last {@value #DAILY} days and of each of the {@value #WEEKLY} weeks before them are kept.
 */
public final class Backups {

    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    static final String FOLDER_SETTING = "backup.folder";
    private static final Duration DUE_AFTER = Duration.ofDays(1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");
    private static final System.Logger LOG = System.getLogger(Backups.class.getName());

    private final Library library;
    private final ZoneId zone;

    /** One backup file: when it was made, how many papers it holds (-1 if it cannot be read), its size. */
    public record Backup(Path file, Instant createdAt, int papers, long bytes) {
    }

    public Backups(Library library) {
        this(library, ZoneId.systemDefault());
    }

    Backups(Library library, ZoneId zone) {
        this.library = library;
        this.zone = zone;
    }

    /** Where the backups go: the folder set for this library, or {@link #defaultFolder()}. */
    public Path folder() {
        return library.settings().get(FOLDER_SETTING).map(Path::of).orElseGet(this::defaultFolder);
    }

    /** {@code NAME-backups} beside the library: where backups go unless another folder is set. */
    public Path defaultFolder() {
        return library.file().toAbsolutePath().resolveSibling(stem(library.file()) + "-backups");
    }

    /**
     * Makes backups go to {@code folder} from now on (those already made stay where they are), creating it if it
     * does not exist; the default folder is remembered as the default, so that it moves with the library.
     *
     * @throws LibraryException if the folder cannot be created or written
     */
    public void setFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new LibraryException("Cannot use " + absolute + " for backups: it cannot be created ("
                    + e.getMessage() + ").", e);
        }
        if (!Files.isWritable(absolute)) {
            throw new LibraryException("Cannot use " + absolute + " for backups: it is read-only.");
        }
        if (absolute.equals(defaultFolder().normalize())) {
            library.settings().remove(FOLDER_SETTING);
        } else {
            library.settings().put(FOLDER_SETTING, absolute.toString());
        }
    }

    /** Makes a backup into the backup folder now and thins the folder out; returns the new file. */
    public Path backUpNow() {
        Path folder = folder();
        String name = stem(library.file()) + "-" + LocalDateTime.ofInstant(library.database().now(), zone).format(STAMP) + ".db";
        Path target = folder.resolve(name);
        backUpTo(target);
        prune();
        return target;
    }

    /** Makes a backup if none was made in the last day; returns it, or empty when none was due. */
    public Optional<Path> backUpIfDue() {
        Instant now = library.database().now();
        List<Backup> existing = list();
        if (!existing.isEmpty() && existing.get(0).createdAt().plus(DUE_AFTER).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(backUpNow());
    }

    /**
     * Writes a consistent copy of the library to {@code target} (a file, or a folder to put it in), through a
     * temporary file so that a failed backup leaves nothing half-written. Returns the file written.
     *
     * @throws LibraryException if the target exists already or cannot be written
     */
    public Path backUpTo(Path target) {
        Path file = Files.isDirectory(target)
                ? target.resolve(stem(library.file()) + "-" + LocalDateTime.ofInstant(library.database().now(), zone)
                        .format(STAMP) + ".db")
                : target;
        if (Files.exists(file)) {
            throw new LibraryException("Not overwriting " + file + ": it exists already.");
        }
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = folder.resolve("." + file.getFileName() + ".partial");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            throw new LibraryException("Cannot write the backup to " + folder + ": " + e.getMessage(), e);
        }
        // On a read-only connection of its own: a consistent snapshot that holds up no other work on the library.
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        readOnly.setBusyTimeout(10_000);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + library.file(), readOnly.toProperties());
             var statement = connection.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, temporary.toString());
            statement.execute();
        } catch (SQLException e) {
            deleteQuietly(temporary);
            LibraryException reason = LibraryException.from(e, library.file());
            if (DiskSpace.isFull(temporary)) {
                throw new LibraryException("The disk holding " + folder + " is full; no backup was made.", e);
            }
            throw new LibraryException("No backup was made in " + folder + ": " + reason.getMessage(), e);
        }
        try {
            move(temporary, file);
        } catch (LibraryException e) {
            deleteQuietly(temporary);
            if (DiskSpace.isFull(temporary)) {
                throw new LibraryException("The disk holding " + folder + " is full; no backup was made.", e);
            }
            throw new LibraryException("No backup was made in " + folder + ": " + e.getMessage(), e);
        }
        LOG.log(System.Logger.Level.INFO, "Backed up {0} to {1}", library.file(), file);
        return file;
    }

    /** The backups in the folder, newest first. */
    public List<Backup> list() {
        return list(folder(), stem(library.file()), zone);
    }

    static List<Backup> list(Path folder, String stem, ZoneId zone) {
        List<Backup> result = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return result;
        }
        Pattern name = Pattern.compile(Pattern.quote(stem) + "-(\\d{4}-\\d{2}-\\d{2}T\\d{6})\\.db");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Matcher matcher = name.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    try {
                        Instant created = LocalDateTime.parse(matcher.group(1), STAMP).atZone(zone)
                                .toInstant();
                        result.add(new Backup(file, created, papersIn(file), Files.size(file)));
                    } catch (DateTimeParseException | IOException e) {
                        // not one of ours after all
                    }
                }
            }
        } catch (IOException e) {
            throw new LibraryException("Cannot read the backup folder " + folder + ": " + e.getMessage(), e);
        }
        result.sort(Comparator.comparing(Backup::createdAt).reversed());
        return result;
    }

    /** Deletes the backups that the daily and weekly rule no longer keeps. */
    void prune() {
        Set<LocalDate> days = new HashSet<>();
        Set<String> dailyWeeks = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        for (Backup backup : list()) { // newest first: the first of each day or week is its newest
            LocalDate day = backup.createdAt().atZone(zone).toLocalDate();
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            boolean keep;
            if (days.contains(day)) {
                keep = false;
            } else if (days.size() < DAILY) {
                days.add(day);
                dailyWeeks.add(week);
                keep = true;
            } else if (dailyWeeks.contains(week) || weeks.contains(week)) {
                keep = false;
            } else {
                keep = weeks.size() < WEEKLY && weeks.add(week);
            }
            if (!keep) {
                deleteQuietly(backup.file());
            }
        }
    }

    /**
     * Puts {@code backup} in the place of the (closed) library {@code libraryFile}. The library as it was is kept
     * beside it as {@code NAME.replaced-STAMP.db}, never deleted; returns that file (null if there was none).
     */
    public static Path restore(Path backup, Path libraryFile) {
        if (papersIn(backup) < 0) {
            throw new LibraryException("The backup " + backup + " cannot be read; the library was not changed.");
        }
        Path library = libraryFile.toAbsolutePath().normalize();
        Path kept = null;
        try {
            Path temporary = library.resolveSibling("." + library.getFileName() + ".restoring");
            Files.copy(backup, temporary, StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(library)) {
                kept = library.resolveSibling(stem(library) + ".replaced-"
                        + LocalDateTime.now().format(STAMP) + ".db");
                Files.move(library, kept);
                for (String suffix : List.of("-wal", "-shm")) {
                    Path side = library.resolveSibling(library.getFileName() + suffix);
                    if (Files.exists(side)) {
                        Files.move(side, kept.resolveSibling(kept.getFileName() + suffix));
                    }
                }
            }
            move(temporary, library);
        } catch (IOException e) {
            throw new LibraryException("Cannot restore " + backup + " to " + library + ": " + e.getMessage(), e);
        }
        return kept;
    }

    /** The number of papers in a library file opened read-only, or -1 when it cannot be read. */
    static int papersIn(Path file) {
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                readOnly.toProperties());
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM papers")) {
            return rows.next() ? rows.getInt(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    private static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        } catch (IOException e) {
            throw new LibraryException("Cannot write " + to + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot delete {0}: {1}", file, e.getMessage());
        }
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
