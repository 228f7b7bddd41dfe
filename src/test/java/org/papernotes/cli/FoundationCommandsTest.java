package org.papernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.Version;

class FoundationCommandsTest {

    @TempDir
    Path dir;

    private String library;

    @BeforeEach
    void setUp() {
        library = dir.resolve("l.db").toString();
    }

    @Test
    void newThenListShowsThePaperWithItsTag() {
        CliRunner.Result created = CliRunner.run("new", "--library", library, "--title", "遗忘论文", "--tag", "unlearning");
        assertThat(created.exitCode()).isZero();
        assertThat(created.out().strip()).matches("\\d+");
        CliRunner.Result listed = CliRunner.run("list", "--library", library);
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("遗忘论文").contains("[unlearning]").contains("to-read");
    }

    @Test
    void newReadsTheNoteFromStandardInput() {
        String id = CliRunner.runWithInput("笔记 with $x^2$\n", "new", "--library", library, "--title", "T",
                "--author", "Ada", "--author", "Bo", "--body-file", "-").out().strip();
        CliRunner.Result shown = CliRunner.run("show", id, "--library", library);
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).contains("Authors:  Ada, Bo").contains("笔记 with $x^2$");
    }

    @Test
    void showJsonHasEveryField() {
        String id = CliRunner.run("new", "--library", library, "--title", "Quote \" and \\ ", "--year", "2024",
                "--status", "read", "--tag", "a").out().strip();
        var json = JsonParser.parseString(CliRunner.run("show", id, "--json", "--library", library).out()).getAsJsonObject();
        assertThat(json.get("title").getAsString()).isEqualTo("Quote \" and \\");
        assertThat(json.get("year").getAsInt()).isEqualTo(2024);
        assertThat(json.get("status").getAsString()).isEqualTo("read");
        assertThat(json.getAsJsonArray("tags").get(0).getAsString()).isEqualTo("a");
    }

    @Test
    void listJsonFiltersByTag() {
        CliRunner.run("new", "--library", library, "--title", "A", "--tag", "x");
        CliRunner.run("new", "--library", library, "--title", "B");
        var array = JsonParser.parseString(CliRunner.run("list", "--json", "--tag", "x", "--library", library).out()).getAsJsonArray();
        assertThat(array).hasSize(1);
        assertThat(array.get(0).getAsJsonObject().get("title").getAsString()).isEqualTo("A");
    }

    @Test
    void tagsAndStatsPrintCounts() {
        CliRunner.run("new", "--library", library, "--title", "A", "--tag", "x", "--tag", "隐私");
        CliRunner.runWithInput("短", "new", "--library", library, "--title", "B", "--tag", "x", "--body-file", "-");
        assertThat(CliRunner.run("tags", "--library", library).out()).contains("    2  x").contains("    1  隐私");
        CliRunner.Result stats = CliRunner.run("stats", "--library", library);
        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out()).contains("Papers:     2").contains("Tags:       2");
    }

    @Test
    void emptyTitleFailsWithOneLineAndWritesNothing() {
        CliRunner.Result result = CliRunner.run("new", "--library", library, "--title", "  ");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("papernotes: The title must not be empty.");
        assertThat(Files.exists(Path.of(library))).isFalse();
    }

    @Test
    void unknownIdFailsWithOneLine() {
        CliRunner.run("new", "--library", library, "--title", "Only paper");
        CliRunner.Result result = CliRunner.run("show", "99", "--library", library);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("papernotes: No paper with id 99 in this library.");
    }

    @Test
    void notALibraryFailsWithOneLineAndIsNotChanged() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello");
        CliRunner.Result result = CliRunner.run("list", "--library", text.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).contains("not a PaperNotes library");
        assertThat(Files.readString(text)).isEqualTo("hello");
    }

    @Test
    void readingCommandsDoNotCreateALibraryAtAMistypedPath() {
        for (String command : new String[] {"list", "tags", "stats"}) {
            CliRunner.Result result = CliRunner.run(command, "--library", library);
            assertThat(result.exitCode()).as(command).isEqualTo(1);
            assertThat(result.err().strip()).startsWith("papernotes: No library at ");
        }
        assertThat(Files.exists(Path.of(library))).isFalse();
    }

    @Test
    void folderAsLibraryFailsWithOneLine() {
        CliRunner.Result result = CliRunner.run("list", "--library", dir.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("is a folder");
    }

    @Test
    void bodyFileThatIsNotUtf8IsRefused() throws Exception {
        Path latin1 = dir.resolve("note.txt");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xe9});
        CliRunner.Result result = CliRunner.run("new", "--library", library, "--title", "T", "--body-file", latin1.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("is not UTF-8 text");
    }

    @Test
    void missingBodyFileIsReported() {
        CliRunner.Result result = CliRunner.run("new", "--library", library, "--title", "T", "--body-file", "/nonexistent/x.md");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("papernotes: No such file: /nonexistent/x.md");
    }

    @Test
    void badStatusIsReported() {
        CliRunner.Result result = CliRunner.run("new", "--library", library, "--title", "T", "--status", "done");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Unknown status \"done\"");
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRunner.Result result = CliRunner.run("show", "not-a-number", "--library", library);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("show --help");
        assertThat(CliRunner.run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("new", "--library", library).exitCode()).isEqualTo(2);
    }

    @Test
    void helpAndVersionExitWithZero() {
        CliRunner.Result help = CliRunner.run("list", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--library").contains("--json");
        CliRunner.Result version = CliRunner.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out().strip()).isEqualTo("papernotes " + Version.get());
        assertThat(Version.get()).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
