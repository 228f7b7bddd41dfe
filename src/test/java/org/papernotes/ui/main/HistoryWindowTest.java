package org.papernotes.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.cli.PaperNotesCli;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperVersion;
import org.papernotes.store.Library;
import org.papernotes.store.MutableClock;
import org.papernotes.ui.papers.PaperListEntry;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The History panel and changes made by another program, driven through the real window. */
class HistoryWindowTest extends FxRobot {

    private static final int WAIT_SECONDS = 20;

    @TempDir
    Path folder;
    private WindowFixture window;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void selectFirstPaper() throws Exception {
        TableView<PaperListEntry> table = lookup("#paper-table").queryTableView();
        clickOn(from(lookup("#paper-table")).lookup(".table-row-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> window.viewModel().paper().getPaper() != null
                && window.session.window().paperView().notePane() != null);
        assertThat(table.getItems()).isNotEmpty();
    }

    private String editorText() {
        return onFx(() -> window.session.window().paperView().notePane().editor().getText());
    }

    @Test
    void restoringAVersionFromTheHistoryPanelPutsItBackInTheEditor() throws Exception {
        Path file = folder.resolve("library.db");
        MutableClock clock = new MutableClock(Instant.now().minus(Duration.ofHours(2)));
        try (Library library = Library.open(file, clock)) {
            long id = library.papers().insert(Paper.titled("Versioned").withNote("the old words")).id();
            clock.advance(Duration.ofMinutes(1));
            library.papers().saveNote(id, "the new words");
        }
        window = new WindowFixture(file).open();
        selectFirstPaper();
        waitUntil(() -> editorText().equals("the new words"));

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        waitUntil(() -> window.session.window().historyWindow() != null
                && window.session.window().historyWindow().stage().isShowing());
        ListView<PaperVersion> versions = lookup("#history-versions").queryListView();
        waitUntil(() -> onFx(() -> versions.getItems().size()) == 1);
        clickOn(from(lookup("#history-versions")).lookup(".list-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> onFx(() -> !lookup("#history-diff").queryTableView().getItems().isEmpty()));
        clickOn("#history-restore");
        waitUntil(() -> lookup("#history-restore-confirm").tryQuery().isPresent());
        DialogPane confirm = lookup("#history-restore-confirm").queryAs(DialogPane.class);
        clickOn((Button) confirm.lookupButton(ButtonType.OK));

        waitUntil(() -> editorText().equals("the old words"));
        try (Library library = Library.open(file)) {
            assertThat(library.papers().get(1).note()).isEqualTo("the old words");
            assertThat(library.versions().list(1).stream().anyMatch(v ->
                    library.versions().noteAt(1, v.number()).equals("the new words"))).isTrue();
        }
        waitUntil(() -> onFx(() -> versions.getItems().size()) == 3);
    }

    @Test
    void theWindowShowsPapersACommandLineImportAdded() throws Exception {
        Path file = folder.resolve("library.db");
        try (Library library = Library.open(file)) {
            library.papers().insert(Paper.titled("Already here"));
        }
        window = new WindowFixture(file).open();
        waitUntil(() -> sidebarShows("1"));
        Path posts = Files.createDirectories(folder.resolve("blog/_posts"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(posts.resolve("2024-05-0" + i + "-post-" + i + ".md"), "---\ntitle: \"Post " + i
                    + "\"\ndate: 2024-05-0" + i + "\ntags:\n  - imported\n---\nBody " + i + "\n");
        }

        int code = PaperNotesCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .execute("import", posts.toString(), "--library", file.toString());

        assertThat(code).isZero();
        waitUntil(() -> window.viewModel().list().libraryCountProperty().get() == 4);
        waitUntil(() -> onFx(() -> lookup("#paper-table").queryTableView().getItems().size()) == 4);
        waitUntil(() -> sidebarShows("4"));
        waitUntil(() -> lookup("#sidebar-list").queryAll().stream().anyMatch(n -> from(n)
                .lookup((Node l) -> l instanceof Label label && "imported".equals(label.getText())).tryQuery().isPresent()));
    }

    /** Whether the sidebar's "All papers" line shows {@code count}. */
    private boolean sidebarShows(String count) {
        return onFx(() -> window.viewModel().sidebar().items().stream().anyMatch(item ->
                item.kind() == org.papernotes.ui.tags.SidebarItem.Kind.ALL && Integer.toString(item.count()).equals(count)));
    }

    @Test
    void aNoteChangedByAnotherProgramWhileTypingKeepsBothTexts() throws Exception {
        Path file = folder.resolve("library.db");
        try (Library library = Library.open(file)) {
            library.papers().insert(Paper.titled("Shared").withNote("shared note"));
        }
        window = new WindowFixture(file).open();
        selectFirstPaper();
        clickOn(window.session.window().paperView().notePane().editor());
        push(KeyCode.CONTROL, KeyCode.END);
        write(" typed here");
        try (Library other = Library.open(file)) { // the CLI, another window: another connection
            other.papers().saveNote(1, "shared note, changed elsewhere");
        }

        waitUntil(() -> !window.viewModel().paper().isDirty()
                && window.viewModel().paper().saveStateProperty().get() == org.papernotes.ui.detail.SaveState.SAVED);
        try (Library library = Library.open(file)) {
            String stored = library.papers().get(1).note();
            java.util.List<String> kept = library.versions().list(1).stream()
                    .map(v -> library.versions().noteAt(1, v.number())).toList();
            java.util.List<String> everything = new java.util.ArrayList<>(kept);
            everything.add(stored);
            // Nothing is lost: the window's text and the other program's are both in the library.
            assertThat(everything).anyMatch(text -> text.contains("typed here"));
            assertThat(everything).contains("shared note, changed elsewhere");
            if (window.viewModel().paper().conflictProperty().get() != null) {
                assertThat(stored).contains("typed here");
                waitUntil(() -> window.session.window().historyWindow() != null
                        && window.session.window().historyWindow().stage().isShowing()
                        && lookup("#history-notice").tryQuery().isPresent()); // laid out in the window's first pulse
                assertThat(lookup("#history-notice").queryAs(Label.class).getText()).isNotBlank();
            }
        }
    }
}
