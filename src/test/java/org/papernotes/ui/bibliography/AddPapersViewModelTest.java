package org.papernotes.ui.bibliography;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.bibliography.Fixtures;
import org.papernotes.bibliography.LocalServer;
import org.papernotes.bibliography.LookupException;
import org.papernotes.bibliography.LookupSettings;
import org.papernotes.bibliography.PaperLookup;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;
import org.papernotes.ui.ManualScheduler;
import org.papernotes.workflow.AddPapers;

/** "Add papers from…" as state: lookups answered by recorded responses from a server on 127.0.0.1. */
class AddPapersViewModelTest {

    private static final String CSL = "application/vnd.citationstyles.csl+json";
    private static final String DOI = "10.1021/ja01577a030";

    @TempDir
    Path folder;

    private Library library;
    private LocalServer server;
    private final ManualScheduler time = new ManualScheduler();
    private final List<Runnable> lookupsAsked = new ArrayList<>();
    private final List<List<Paper>> reported = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        library = Library.open(folder.resolve("library.db"));
        server = new LocalServer();
        server.on("/doi/" + DOI, LocalServer.Answer.ok(CSL, Fixtures.bytes("crossref-10.1021-ja01577a030.json")));
    }

    @AfterEach
    void stop() {
        server.close();
        library.close();
    }

    private AddPapersViewModel dialog(String doiBase) {
        Supplier<PaperLookup> lookup = () -> new PaperLookup(LookupSettings.from(
                Map.of(LookupSettings.DOI_URL_VARIABLE, doiBase), Optional.empty(), Optional.empty(), "test"));
        return new AddPapersViewModel(library, time.executors(), Runnable::run, lookup, reported::add);
    }

    private AddPapersViewModel dialog() {
        return dialog(server.uri("/doi/").toString());
    }

    private List<Paper> stored() {
        return library.papers().findAll(PaperFilter.ALL);
    }

    @Test
    void aDoiIsLookedUpAndShownWithNothingStoredBeforeAdd() {
        AddPapersViewModel add = dialog();
        add.inputProperty().set("https://doi.org/" + DOI);

        add.find();

        assertThat(add.stepProperty().get()).isEqualTo(AddPapersViewModel.Step.FOUND);
        assertThat(add.found()).singleElement().satisfies(found -> {
            assertThat(found.titleProperty().get()).isEqualTo("Correlation of the Base Strengths of Amines1");
            assertThat(found.yearProperty().get()).isEqualTo("1957");
            assertThat(found.isNew()).isTrue();
            assertThat(found.selectedProperty().get()).isTrue();
        });
        assertThat(stored()).isEmpty();
    }

    @Test
    void addStoresTheChosenPaperAsEditedWithACitationKey() {
        AddPapersViewModel add = dialog();
        add.inputProperty().set(DOI);
        add.find();
        add.found().get(0).titleProperty().set("Correlation of the Base Strengths of Amines");

        add.add();

        assertThat(add.stepProperty().get()).isEqualTo(AddPapersViewModel.Step.ADDED);
        assertThat(stored()).singleElement().satisfies(paper -> {
            assertThat(paper.title()).isEqualTo("Correlation of the Base Strengths of Amines");
            assertThat(paper.doi()).isEqualTo(DOI);
            assertThat(paper.citationKey()).isEqualTo("hall1957CorrelationBaseStrengths");
        });
        assertThat(reported).singleElement().satisfies(papers -> assertThat(papers).hasSize(1));
    }

    @Test
    void aPaperTheLibraryHasIsOfferedAsTheExistingOneAndNotChosen() {
        Paper existing = library.papers().insert(Paper.titled("Amines").withLinks(DOI, null, null));
        AddPapersViewModel add = dialog();
        add.inputProperty().set(DOI);

        add.find();

        assertThat(add.found()).singleElement().satisfies(found -> {
            assertThat(found.isNew()).isFalse();
            assertThat(found.existing().id()).isEqualTo(existing.id());
            assertThat(found.selectedProperty().get()).isFalse();
        });
        assertThat(add.addableProperty().get()).isFalse();
        assertThat(server.requests()).isEmpty(); // the library has it: nothing to look up
    }

    @Test
    void offlineThePaperIsFoundWithWhatIsKnownAndSaysWhy() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AddPapersViewModel add = dialog("http://127.0.0.1:" + closedPort + "/");
        add.inputProperty().set(DOI);

        add.find();

        assertThat(add.found()).singleElement().satisfies(found -> {
            assertThat(found.doiProperty().get()).isEqualTo(DOI);
            assertThat(found.noteCode()).isEqualTo(AddPapers.Code.LOOKUP_FAILED);
            assertThat(found.noteReason()).isEqualTo(LookupException.Reason.UNREACHABLE);
        });
        add.add();
        assertThat(stored()).singleElement().satisfies(paper -> assertThat(paper.doi()).isEqualTo(DOI));
    }

    @Test
    void cancelWhileLookingUpGoesBackToTheInputAndDropsWhatComesLater() {
        AddPapersViewModel add = new AddPapersViewModel(library, time.executors(), lookupsAsked::add,
                () -> new PaperLookup(LookupSettings.from(Map.of(LookupSettings.DOI_URL_VARIABLE,
                        server.uri("/doi/").toString()), Optional.empty(), Optional.empty(), "test")), reported::add);
        add.inputProperty().set(DOI);
        add.find();
        assertThat(add.stepProperty().get()).isEqualTo(AddPapersViewModel.Step.FINDING);

        add.cancel();
        lookupsAsked.forEach(Runnable::run);

        assertThat(add.stepProperty().get()).isEqualTo(AddPapersViewModel.Step.INPUT);
        assertThat(add.found()).isEmpty();
        assertThat(add.inputProperty().get()).isEqualTo(DOI);
    }

    @Test
    void anInputThatNamesNoPaperIsReportedAndNothingIsAddable() {
        AddPapersViewModel add = dialog();
        add.inputProperty().set("not-a-doi");

        add.find();

        assertThat(add.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.code()).isEqualTo(AddPapers.Code.NOT_AN_INPUT));
        assertThat(add.addableProperty().get()).isFalse();
    }

    @Test
    void aPastedListIsSplitIntoItsIdentifiersAndBibtexKeptWhole() {
        assertThat(AddPapersViewModel.inputs("10.1000/a, 10.1000/b; 1706.03762\n\n@article{x,\n title={T}}"))
                .containsExactly("10.1000/a", "10.1000/b", "1706.03762", "@article{x,\n title={T}}");
    }
}
