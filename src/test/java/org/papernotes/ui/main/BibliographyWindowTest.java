package org.papernotes.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.bibliography.Fixtures;
import org.papernotes.bibliography.LocalServer;
import org.papernotes.bibliography.LookupSettings;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.bibliography.AddPapersDialog;
import org.papernotes.ui.bibliography.AddPapersViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Papers as papers in the real window: a DOI pasted into the list, looked up at a server on 127.0.0.1. */
class BibliographyWindowTest extends FxRobot {

    private static final int WAIT_SECONDS = 20;
    private static final String DOI = "10.1021/ja01577a030";

    @TempDir
    Path folder;
    private WindowFixture window;
    private LocalServer server;
    private Path library;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void libraryAndServer() throws Exception {
        server = new LocalServer();
        server.on("/doi/" + DOI, LocalServer.Answer.ok("application/vnd.citationstyles.csl+json",
                Fixtures.bytes("crossref-10.1021-ja01577a030.json")));
        library = folder.resolve("library.db");
        try (Library stored = Library.open(library)) {
            stored.papers().insert(Paper.titled("An earlier paper"));
            stored.settings().put(LookupSettings.DOI_URL_SETTING, server.uri("/doi/").toString());
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        if (window != null) {
            window.close();
        }
        server.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    @Test
    void aDoiPastedIntoTheListIsLookedUpCheckedAndAddedWithItsFields() throws Exception {
        window = new WindowFixture(library).open();
        clickOn("An earlier paper");
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("https://doi.org/" + DOI);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });

        push(KeyCode.CONTROL, KeyCode.V);

        waitUntil(() -> window.session.window().bibliography().lastAdd() != null
                && window.session.window().bibliography().lastAdd().viewModel().stepProperty().get()
                == AddPapersViewModel.Step.FOUND);
        AddPapersDialog dialog = window.session.window().bibliography().lastAdd();
        assertThat(dialog.viewModel().found()).singleElement().satisfies(found ->
                assertThat(found.titleProperty().get()).isEqualTo("Correlation of the Base Strengths of Amines1"));
        assertThat(lookup("#add-run").queryButton().isDisabled()).isFalse();
        clickOn("#add-run");

        // the dialog closes, and the paper is in the list and open
        waitUntil(() -> !dialog.stage().isShowing() && window.viewModel().list().entries().size() == 2);
        waitUntil(() -> window.viewModel().paper().getPaper() != null
                && DOI.equals(window.viewModel().paper().getPaper().doi()));
        Paper added = window.viewModel().paper().getPaper();
        assertThat(added.title()).isEqualTo("Correlation of the Base Strengths of Amines1");
        assertThat(added.year()).isEqualTo(1957);
        assertThat(added.citationKey()).isEqualTo("hall1957CorrelationBaseStrengths");
        assertThat(server.requests()).singleElement()
                .satisfies(request -> assertThat(request.userAgent()).startsWith("PaperNotes/"));
    }

    @Test
    void spaceTicksAFoundPaperAndAnAddedPaperIsCountedInTheSidebar() throws Exception {
        window = new WindowFixture(library).open();
        clickOn("An earlier paper");
        interact(() -> window.session.window().bibliography().addPapers("https://doi.org/" + DOI));
        waitUntil(() -> window.session.window().bibliography().lastAdd() != null
                && window.session.window().bibliography().lastAdd().viewModel().stepProperty().get()
                == AddPapersViewModel.Step.FOUND);
        AddPapersDialog dialog = window.session.window().bibliography().lastAdd();
        var found = dialog.viewModel().found().get(0);

        clickOn("#add-found");
        push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(found.selectedProperty().get()).isFalse();
        push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(found.selectedProperty().get()).isTrue();

        clickOn("#add-run");
        waitUntil(() -> !dialog.stage().isShowing() && window.viewModel().list().entries().size() == 2);
        waitUntil(() -> onFx(() -> window.viewModel().sidebar().items().stream().anyMatch(item ->
                item.kind() == org.papernotes.ui.tags.SidebarItem.Kind.ALL && item.count() == 2)));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
