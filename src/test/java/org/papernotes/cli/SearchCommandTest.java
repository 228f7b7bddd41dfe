package org.papernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;

class SearchCommandTest {

    @TempDir
    Path dir;

    private Path file;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void library() {
        file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            library.papers().insert(Paper.titled("Machine unlearning").withNote("本文提出反学习的遗忘方法。")
                    .withTags(List.of("privacy")).withYear(2024));
            library.papers().insert(Paper.titled("Federated learning").withNote("隐私 and attacks"));
        }
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("search", "--library", file.toString()));
        all.addAll(List.of(args));
        return PaperNotesCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(all.toArray(String[]::new));
    }

    @Test
    void printsEachHitWithItsSnippetHitsMarked() {
        int code = run("遗忘");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Machine unlearning  [privacy]")
                .contains("本文提出反学习的«遗忘»方法。")
                .doesNotContain("Federated");
    }

    @Test
    void joinsSeveralArgumentsIntoOneQuery() {
        assertThat(run("遗", "year:2024")).isZero();

        assertThat(out.toString()).contains("Machine unlearning").doesNotContain("Federated");
    }

    @Test
    void excludedWordIsAQueryWordNotAnOption() {
        assertThat(run("-attacks")).isZero();

        assertThat(out.toString()).contains("Machine unlearning").doesNotContain("Federated");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void excludedWordStartingLikeAShortOptionIsAQueryWord() {
        assertThat(run("-hattacks", "-Vx")).isZero();

        assertThat(out.toString()).contains("Machine unlearning").contains("Federated learning")
                .doesNotContain("Usage:");
    }

    @Test
    void printsJsonWithScoreAndSnippetParts() {
        assertThat(run("遗忘", "--json")).isZero();

        JsonArray array = JsonParser.parseString(out.toString()).getAsJsonArray();
        assertThat(array).hasSize(1);
        JsonObject hit = array.get(0).getAsJsonObject();
        assertThat(hit.get("title").getAsString()).isEqualTo("Machine unlearning");
        assertThat(hit.get("score").getAsDouble()).isPositive();
        assertThat(hit.getAsJsonArray("snippet")).anySatisfy(part -> {
            assertThat(part.getAsJsonObject().get("text").getAsString()).isEqualTo("遗忘");
            assertThat(part.getAsJsonObject().get("hit").getAsBoolean()).isTrue();
        });
    }

    @Test
    void noMatchIsNotAnErrorAndSaysSo() {
        assertThat(run("量子")).isZero();

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("No papers match 量子");
    }

    @Test
    void noMatchInJsonIsAnEmptyArray() {
        assertThat(run("量子", "--json")).isZero();

        assertThat(JsonParser.parseString(out.toString()).getAsJsonArray()).isEmpty();
    }

    @Test
    void limitCapsTheResults() {
        assertThat(run("-量子", "--limit", "1")).isZero();

        assertThat(out.toString().lines().filter(line -> line.matches("\\s*\\d+  .*")).count()).isEqualTo(1);
    }

    @Test
    void hostileQueryIsSearchedAsText() {
        assertThat(run("NEAR(", "\"", "AND", "*")).isZero();
        assertThat(err.toString()).doesNotContain("papernotes:");
    }

    @Test
    void badLimitFailsWithOneLine() {
        assertThat(run("x", "--limit", "0")).isEqualTo(PaperNotesCli.FAILURE);

        assertThat(err.toString().strip()).isEqualTo("papernotes: --limit must be at least 1.");
    }

    @Test
    void blankQueryFailsWithOneLine() {
        assertThat(run(" ")).isEqualTo(PaperNotesCli.FAILURE);

        assertThat(err.toString()).contains("The query is empty");
    }

    @Test
    void missingQueryIsAUsageError() {
        assertThat(run()).isEqualTo(2);
    }
}
