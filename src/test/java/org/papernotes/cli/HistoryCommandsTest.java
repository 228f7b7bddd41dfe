package org.papernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.store.DamagedLibraryTestSupport;
import org.papernotes.store.Library;
import org.papernotes.store.MutableClock;

class HistoryCommandsTest {

    @TempDir
    Path dir;

    private Path libraryWithHistory() {
        Path file = dir.resolve("library.db");
        MutableClock clock = new MutableClock(Instant.parse("2025-02-01T08:00:00Z"));
        try (Library library = Library.open(file, clock)) {
            long id = library.papers().insert(Paper.titled("Versioned").withNote("first words")).id();
            clock.advance(Duration.ofMinutes(1));
            library.papers().saveNote(id, "second words");
            clock.advance(Duration.ofMinutes(10));
            library.papers().saveNote(id, "third words");
        }
        return file;
    }

    @Test
    void historyListsVersionsNewestFirst() {
        Path file = libraryWithHistory();
        CliRunner.Result result = CliRunner.run("history", "1", "--library", file.toString());
        assertThat(result.exitCode()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Versioned");
        assertThat(lines.get(1)).startsWith("    2  ").contains("edit").contains("note +");
        assertThat(lines.get(2)).startsWith("    1  ");
    }

    @Test
    void showVersionPrintsTheNoteAsItWasThen() {
        Path file = libraryWithHistory();
        CliRunner.Result result = CliRunner.run("show", "1", "--version", "1", "--library", file.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("first words").doesNotContain("third words");
    }

    @Test
    void restoreBringsAVersionBackAndKeepsTheReplacedText() {
        Path file = libraryWithHistory();
        CliRunner.Result result = CliRunner.run("restore", "1", "1", "--library", file.toString());
        assertThat(result.exitCode()).isZero();
        try (Library library = Library.open(file)) {
            assertThat(library.papers().get(1).note()).isEqualTo("first words");
            assertThat(library.versions().list(1).stream().anyMatch(v ->
                    library.versions().noteAt(1, v.number()).equals("third words"))).isTrue();
        }
    }

    @Test
    void restoreOfAVersionThatDoesNotExistFailsInOneLine() {
        Path file = libraryWithHistory();
        CliRunner.Result result = CliRunner.run("restore", "1", "99", "--library", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).doesNotContain("\n").contains("no version 99");
    }

    @Test
    void listAndShowEscapeControlAndBidiCharacters() {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            library.papers().insert(Paper.titled("evil\u001b[31m\u0007\u202etxt.exe").withNote("line\nnext\u001b[2J"));
        }
        String listed = CliRunner.run("list", "--library", file.toString()).out();
        String shown = CliRunner.run("show", "1", "--library", file.toString()).out();
        for (String out : List.of(listed, shown)) {
            assertThat(out).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e")
                    .contains("evil\\x1b[31m\\x07\\u202etxt.exe");
        }
        assertThat(shown).contains("line\nnext\\x1b[2J");
    }

    @Test
    void deleteMovesToTheTrashAndTrashRestores() {
        Path file = libraryWithHistory();
        assertThat(CliRunner.run("delete", "1", "--library", file.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("list", "--library", file.toString()).out()).isEmpty();
        assertThat(CliRunner.run("trash", "--library", file.toString()).out()).contains("Versioned");
        assertThat(CliRunner.run("trash", "--empty", "--library", file.toString()).exitCode()).isEqualTo(1);
        assertThat(CliRunner.run("trash", "--restore", "1", "--library", file.toString()).exitCode()).isZero();
        assertThat(CliRunner.run("list", "--library", file.toString()).out()).contains("Versioned");
    }

    @Test
    void backupWritesACopyAndListsIt() {
        Path file = libraryWithHistory();
        CliRunner.Result result = CliRunner.run("backup", "--library", file.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Backed up to ");
        assertThat(CliRunner.run("backup", "--list", "--library", file.toString()).out()).contains("1 papers");
        Path dest = dir.resolve("copy.db");
        assertThat(CliRunner.run("backup", dest.toString(), "--library", file.toString()).exitCode()).isZero();
        assertThat(Files.exists(dest)).isTrue();
    }

    @Test
    void checkSaysOkForAHealthyLibrary() {
        Path file = libraryWithHistory();
        CliRunner.Result result = CliRunner.run("check", "--library", file.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(": ok (1 papers");
    }

    @Test
    void checkReportsDamageAndSalvageSavesThePapers() throws Exception {
        Path file = DamagedLibraryTestSupport.damagedLibrary(dir);
        CliRunner.Result result = CliRunner.run("check", "--salvage", "--library", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("is damaged").containsPattern("Saved \\d+ papers into ");
    }

    @Test
    void newIntoADamagedLibraryIsRefusedInOneLine() throws Exception {
        Path file = DamagedLibraryTestSupport.damagedLibrary(dir);
        CliRunner.Result result = CliRunner.run("new", "--title", "x", "--library", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines().filter(l -> l.startsWith("papernotes: ") && !l.contains("warning")).toList())
                .singleElement().asString().contains("damaged");
    }
}
