package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;

class BackupsTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T10:00:00Z"));

    @Test
    void backUpNowWritesACopyThatListsItsDateAndPaperCount() {
        try (Library library = Library.open(dir.resolve("library.db"), clock)) {
            library.papers().insert(Paper.titled("one"));
            library.papers().insert(Paper.titled("two"));
            Backups backups = new Backups(library, java.time.ZoneOffset.UTC);

            Path file = backups.backUpNow();

            assertThat(file.getParent()).isEqualTo(dir.resolve("library-backups"));
            List<Backups.Backup> listed = backups.list();
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).papers()).isEqualTo(2);
            assertThat(listed.get(0).createdAt()).isEqualTo(clock.instant());
        }
    }

    @Test
    void aBackupFolderSetIsCreatedAndReceivesTheNextBackup() {
        try (Library library = Library.open(dir.resolve("library.db"), clock)) {
            Backups backups = new Backups(library, java.time.ZoneOffset.UTC);
            Path elsewhere = dir.resolve("other disk").resolve("backups");

            backups.setFolder(elsewhere);

            assertThat(elsewhere).isDirectory();
            assertThat(backups.backUpNow().getParent()).isEqualTo(elsewhere);
        }
    }

    @Test
    void aBackupFolderThatCannotBeCreatedIsRefusedAndTheFolderStays() throws Exception {
        try (Library library = Library.open(dir.resolve("library.db"), clock)) {
            Backups backups = new Backups(library, java.time.ZoneOffset.UTC);
            Path file = Files.writeString(dir.resolve("a-file"), "in the way");

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> backups.setFolder(file.resolve("backups")))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("Cannot use");
            assertThat(backups.folder()).isEqualTo(dir.resolve("library-backups"));
        }
    }

    @Test
    void theDefaultFolderChosenAgainFollowsTheLibraryWhenItMoves() throws Exception {
        Path moved = dir.resolve("moved");
        try (Library library = Library.open(dir.resolve("library.db"), clock)) {
            Backups backups = new Backups(library, java.time.ZoneOffset.UTC);
            backups.setFolder(dir.resolve("elsewhere"));
            backups.setFolder(backups.defaultFolder());
        }
        Files.createDirectories(moved);
        Files.move(dir.resolve("library.db"), moved.resolve("library.db"));
        try (Library library = Library.open(moved.resolve("library.db"), clock)) {
            assertThat(new Backups(library).folder()).isEqualTo(moved.resolve("library-backups"));
        }
    }

    @Test
    void aBackupIsDueOnceADay() {
        try (Library library = Library.open(dir.resolve("library.db"), clock)) {
            Backups backups = new Backups(library, java.time.ZoneOffset.UTC);
            assertThat(backups.backUpIfDue()).isPresent();
            clock.advance(Duration.ofHours(5));
            assertThat(backups.backUpIfDue()).isEmpty();
            clock.advance(Duration.ofHours(20));
            assertThat(backups.backUpIfDue()).isPresent();
        }
    }

    @Test
    void sevenDailyAndFourWeeklyBackupsAreKept() {
        try (Library library = Library.open(dir.resolve("library.db"), clock)) {
            Backups backups = new Backups(library, java.time.ZoneOffset.UTC);
            for (int day = 0; day < 60; day++) {
                backups.backUpNow();
                clock.advance(Duration.ofHours(12));
                backups.backUpNow(); // a second one the same day
                clock.advance(Duration.ofHours(12));
            }
            List<Backups.Backup> kept = backups.list();
            assertThat(kept).hasSize(Backups.DAILY + Backups.WEEKLY);
            Instant newest = kept.get(0).createdAt();
            assertThat(kept.subList(0, 7)).allMatch(b -> Duration.between(b.createdAt(), newest).toDays() < 7);
            assertThat(kept.get(kept.size() - 1).createdAt()).isBefore(newest.minus(Duration.ofDays(27)));
        }
    }

    @Test
    void restoreReplacesTheLibraryAndKeepsTheOneItReplaced() {
        Path file = dir.resolve("library.db");
        Path backup;
        try (Library library = Library.open(file, clock)) {
            library.papers().insert(Paper.titled("kept in the backup"));
            backup = new Backups(library).backUpNow();
            library.papers().insert(Paper.titled("after the backup"));
        }

        Path replaced = Backups.restore(backup, file);

        assertThat(Files.exists(replaced)).isTrue();
        try (Library library = Library.open(file)) {
            assertThat(library.papers().count()).isEqualTo(1);
        }
        try (Library old = Library.open(replaced)) {
            assertThat(old.papers().count()).isEqualTo(2);
        }
    }

    @Test
    void backUpToAFolderWritesANewFileThere() {
        try (Library library = Library.open(dir.resolve("library.db"), clock)) {
            Path target = dir.resolve("elsewhere");
            Path written = new Backups(library).backUpTo(dirCreated(target));
            assertThat(written.getParent()).isEqualTo(target);
            assertThat(Backups.papersIn(written)).isZero();
        }
    }

    private static Path dirCreated(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
