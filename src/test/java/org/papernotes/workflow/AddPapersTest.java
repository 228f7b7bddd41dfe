package org.papernotes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.bibliography.BibtexReader;
import org.papernotes.bibliography.BibtexWriter;
import org.papernotes.bibliography.Cancellation;
import org.papernotes.bibliography.CitationKeyPattern;
import org.papernotes.bibliography.Fixtures;
import org.papernotes.bibliography.LocalServer;
import org.papernotes.bibliography.LookupSettings;
import org.papernotes.bibliography.PaperLookup;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.TempLibrary;

class AddPapersTest {

    @RegisterExtension
    final TempLibrary temp = new TempLibrary();

    @TempDir
    Path dir;

    private LocalServer server;
    private AddPapers add;

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer();
        server.on("/doi/10.1021/ja01577a030", LocalServer.Answer.ok("application/json",
                Fixtures.bytes("crossref-10.1021-ja01577a030.json")));
        add = new AddPapers(temp.library(), new PaperLookup(LookupSettings.from(Map.of(
                LookupSettings.DOI_URL_VARIABLE, server.uri("/doi/").toString(),
                LookupSettings.ARXIV_URL_VARIABLE, server.uri("/api/query").toString()), Optional.empty(),
                Optional.empty(), "test")), CitationKeyPattern.of(CitationKeyPattern.DEFAULT));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AddPapers.Outcome add(String... inputs) {
        return add.add(List.of(inputs), new Cancellation(), notice -> { });
    }

    @Test
    void aDoiIsLookedUpAndStoredWithAPinnedKey() {
        AddPapers.Outcome outcome = add("https://doi.org/10.1021/ja01577a030");
        assertThat(outcome.problems()).isEmpty();
        Paper stored = temp.library().papers().get(outcome.added().get(0).id());
        assertThat(stored.title()).isEqualTo("Correlation of the Base Strengths of Amines1");
        assertThat(stored.citationKey()).isEqualTo("hall1957CorrelationBaseStrengths");
        assertThat(stored.bibFields()).containsEntry("volume", "79");
    }

    @Test
    void theSamePaperAgainIsReportedAsExisting() {
        long id = add("10.1021/ja01577a030").added().get(0).id();
        AddPapers.Outcome again = add("doi:10.1021/JA01577A030");
        assertThat(server.requests()).hasSize(1); // not looked up again
        assertThat(again.added()).isEmpty();
        assertThat(again.existing()).singleElement().satisfies(c -> assertThat(c.existing().get().id()).isEqualTo(id));
        assertThat(temp.library().papers().count()).isEqualTo(1);
    }

    @Test
    void anUnknownDoiSavesNothing() {
        AddPapers.Outcome outcome = add("10.1234/missing");
        assertThat(outcome.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("HTTP 404"));
        assertThat(temp.library().papers().count()).isZero();
    }

    @Test
    void offlineThePaperIsAddedWithWhatIsKnownAndSaysSo() {
        server.close();
        AddPapers.Outcome outcome = add("10.1021/ja01577a030");
        assertThat(outcome.added()).singleElement().satisfies(p -> assertThat(p.doi()).isEqualTo("10.1021/ja01577a030"));
        assertThat(outcome.incomplete()).singleElement().satisfies(c -> assertThat(c.note()).contains("could not be reached"));
    }

    @Test
    void aBibWithBrokenEntriesAddsTheGoodOnesWithTheirOwnKeys() throws Exception {
        Path bib = Files.writeString(dir.resolve("refs.bib"), "@article{smith2020, title={Good}, year=2020}\n"
                + "@article{broken, title={Bad\n\n@misc{jones, title={Also good}}\n@misc{jones2, title={Good}}\n");
        AddPapers.Outcome outcome = add(bib.toString());
        assertThat(outcome.added()).extracting(Paper::citationKey).containsExactly("smith2020", "jones");
        assertThat(outcome.problems()).singleElement().satisfies(p -> assertThat(p.source()).isEqualTo("refs.bib line 2 (broken)"));
        assertThat(outcome.existing()).singleElement().satisfies(c -> assertThat(c.paper().citationKey()).isEqualTo("jones2"));
    }

    @Test
    void anImportedKeyThatIsTakenGetsALetter() {
        add("@misc{k2020, title={First paper}}");
        AddPapers.Outcome second = add("@misc{k2020, title={Second paper}}");
        assertThat(second.added()).extracting(Paper::citationKey).containsExactly("k2020a");
    }

    @Test
    void aLargeBibImportsWholeAndExportsBackTheSamePapers() {
        AddPapers.Outcome outcome = add.add(List.of("@" + Fixtures.text("jabref-authors.bib").split("@", 2)[1]),
                new Cancellation(), n -> { });
        // Two entries of the file have the title of an earlier one: the duplicate rule leaves them out.
        assertThat(outcome.added()).hasSize(210);
        assertThat(outcome.existing()).hasSize(2);
        ExportBibtex.Result exported = new ExportBibtex(temp.library(), CitationKeyPattern.of(CitationKeyPattern.DEFAULT))
                .all(BibtexWriter.Charset.UTF8);
        assertThat(exported.keysMade()).isZero();
        List<Paper> read = BibtexReader.read(exported.text()).papers();
        assertThat(read).hasSize(210);
        assertThat(read.get(0)).isEqualTo(BibtexReader.read(Fixtures.text("jabref-authors.bib")).papers().get(0));
    }

    @Test
    void exportGivesKeylessPapersAKeyOnceAndKeepsIt() {
        Paper paper = temp.library().papers().insert(Paper.titled("Hand typed").withAuthors(List.of("Ada Lovelace")).withYear(1843));
        ExportBibtex export = new ExportBibtex(temp.library(), CitationKeyPattern.of(CitationKeyPattern.DEFAULT));
        assertThat(export.ofIds(List.of(paper.id()), BibtexWriter.Charset.UTF8).keysMade()).isEqualTo(1);
        assertThat(temp.library().papers().get(paper.id()).citationKey()).isEqualTo("lovelace1843HandTyped");
        assertThat(export.ofIds(List.of(paper.id()), BibtexWriter.Charset.UTF8).keysMade()).isZero();
        assertThat(temp.library().searchIndex().search("key:lovelace1843", PaperFilter.ALL, 10)).hasSize(1);
    }
}
