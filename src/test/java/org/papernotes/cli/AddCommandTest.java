package org.papernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.bibliography.Fixtures;
import org.papernotes.bibliography.LocalServer;
import org.papernotes.bibliography.LookupSettings;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;

/** {@code papernotes add}, its lookups answered by recorded responses from a server on 127.0.0.1. */
class AddCommandTest {

    private static final String CSL = "application/vnd.citationstyles.csl+json";

    @TempDir
    Path dir;

    private LocalServer server;
    private Map<String, String> environment;
    private String library;

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer();
        server.on("/doi/10.1021/ja01577a030", LocalServer.Answer.ok(CSL, Fixtures.bytes("crossref-10.1021-ja01577a030.json")));
        server.on("/api/query", LocalServer.Answer.ok("application/atom+xml", Fixtures.bytes("arxiv-1707.08567.xml")));
        environment = Map.of(LookupSettings.DOI_URL_VARIABLE, server.uri("/doi/").toString(),
                LookupSettings.ARXIV_URL_VARIABLE, server.uri("/api/query").toString());
        library = dir.resolve("l.db").toString();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRunner.Result add(String... inputs) {
        String[] args = new String[inputs.length + 3];
        args[0] = "add";
        args[1] = "--library";
        args[2] = library;
        System.arraycopy(inputs, 0, args, 3, inputs.length);
        return CliRunner.runWithEnvironment(environment, args);
    }

    private List<Paper> stored() {
        try (Library opened = Library.open(Path.of(library))) {
            return opened.papers().findAll(PaperFilter.ALL);
        }
    }

    @Test
    void aDoiIsLookedUpAtTheConfiguredServerAndStored() {
        CliRunner.Result result = add("https://doi.org/10.1021/ja01577a030");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("added \\d+ \\[hall1957CorrelationBaseStrengths\\] "
                + "Correlation of the Base Strengths of Amines1\\n");
        assertThat(server.requests()).singleElement().satisfies(r -> {
            assertThat(r.pathAndQuery()).isEqualTo("/doi/10.1021/ja01577a030");
            assertThat(r.userAgent()).startsWith("PaperNotes/");
        });
        assertThat(stored()).singleElement().satisfies(paper -> {
            assertThat(paper.doi()).isEqualTo("10.1021/ja01577a030");
            assertThat(paper.year()).isEqualTo(1957);
            assertThat(paper.venue()).isEqualTo("Journal of the American Chemical Society");
        });
    }

    @Test
    void anArxivIdIsLookedUpAtTheConfiguredServerAndStored() {
        CliRunner.Result result = add("arXiv:1707.08567");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Proceedings of Workshop AEW10: Concepts in Information Theory and Communications");
        assertThat(server.requests()).singleElement().satisfies(r -> assertThat(r.pathAndQuery()).startsWith("/api/query?id_list=1707.08567"));
        assertThat(stored()).singleElement().satisfies(paper -> {
            assertThat(paper.arxivId()).isEqualTo("1707.08567");
            assertThat(paper.authors()).hasSize(34).startsWith("Kees A. Schouhamer Immink");
        });
    }

    @Test
    void aBibWithABrokenEntryAddsTheGoodOnesReportsTheBadOneByLineAndFails() throws Exception {
        Path bib = Files.writeString(dir.resolve("refs.bib"), """
                @article{smith2020, title={Good paper}, author={Smith, Jane}, year=2020}

                @article{broken,
                  title={Never closed,
                  year=2021

                @misc{jones2019, title={Another good paper}, author={张三 and Li, Wei}, year=2019}
                """);

        CliRunner.Result result = add(bib.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("[smith2020] Good paper").contains("[jones2019] Another good paper");
        assertThat(result.err()).isEqualTo("papernotes: refs.bib line 3 (broken): not valid BibTeX (a brace or quote is never closed)\n");
        assertThat(stored()).extracting(Paper::citationKey).containsExactlyInAnyOrder("smith2020", "jones2019");
        assertThat(server.requests()).isEmpty(); // a .bib is read, not looked up
    }

    @Test
    void aPaperTheLibraryHasIsReportedAndNotLookedUpAgain() {
        add("10.1021/ja01577a030");
        long id = stored().get(0).id();

        CliRunner.Result again = add("doi:10.1021/JA01577A030");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo("exists " + id + ": Correlation of the Base Strengths of Amines1\n");
        assertThat(server.requests()).hasSize(1);
        assertThat(stored()).hasSize(1);
    }

    @Test
    void twiceInOneListIsAddedOnce() {
        CliRunner.Result result = add("10.1021/ja01577a030", "https://doi.org/10.1021/ja01577a030");

        assertThat(result.out()).contains("added ").contains("exists (earlier in this list): Correlation");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void jsonListsWhatWasAddedWhatExistedAndWhatFailed() throws Exception {
        add("10.1021/ja01577a030");
        long id = stored().get(0).id();
        Path bib = Files.writeString(dir.resolve("one.bib"), "@misc{k1, title={From a bib}}\n@misc{k2, title={Bad}\n");

        CliRunner.Result result = add("--json", "10.1021/ja01577a030", bib.toString(), "not-an-identifier");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
        assertThat(json.getAsJsonArray("added")).singleElement()
                .satisfies(p -> assertThat(p.getAsJsonObject().get("title").getAsString()).isEqualTo("From a bib"));
        assertThat(json.getAsJsonArray("existing")).singleElement().satisfies(e -> {
            assertThat(e.getAsJsonObject().get("source").getAsString()).isEqualTo("10.1021/ja01577a030");
            assertThat(e.getAsJsonObject().get("id").getAsLong()).isEqualTo(id);
        });
        assertThat(json.getAsJsonArray("problems")).hasSize(2);
        assertThat(json.getAsJsonArray("problems").get(0).getAsJsonObject().get("source").getAsString())
                .isEqualTo("one.bib line 2 (k2)");
        assertThat(json.getAsJsonArray("problems").get(1).getAsJsonObject().get("message").getAsString())
                .contains("is not a DOI, an arXiv id or URL");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void offlineThePaperIsAddedWithWhatIsKnownAndTheUserIsTold() {
        server.close();

        CliRunner.Result result = add("10.1021/ja01577a030");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("doi:10.1021/ja01577a030");
        assertThat(result.err()).contains("could not be reached").contains("Added with what is known");
        assertThat(stored()).singleElement().satisfies(paper -> assertThat(paper.doi()).isEqualTo("10.1021/ja01577a030"));
    }

    @Test
    void aBaseUrlThatIsNoUrlIsAOneLineError() {
        environment = Map.of(LookupSettings.DOI_URL_VARIABLE, "doi.example");

        CliRunner.Result result = add("10.1021/ja01577a030");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("papernotes: PAPERNOTES_DOI_URL is not an http(s) URL: doi.example\n");
    }

    @Test
    void theLibrarysLookupSettingIsUsedWhenNoVariableIsSet() {
        CliRunner.run("config", "--library", library, LookupSettings.DOI_URL_SETTING, server.uri("/doi").toString());
        environment = Map.of();

        CliRunner.Result result = add("10.1021/ja01577a030");

        assertThat(result.exitCode()).isZero();
        assertThat(server.requests()).singleElement()
                .satisfies(r -> assertThat(r.pathAndQuery()).isEqualTo("/doi/10.1021/ja01577a030"));
    }
}
