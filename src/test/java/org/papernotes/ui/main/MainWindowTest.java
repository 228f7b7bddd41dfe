package org.papernotes.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperSummary;
import org.papernotes.store.Library;
import org.papernotes.ui.detail.SaveState;
import org.papernotes.ui.papers.PaperListEntry;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window as a person would: keyboard, clicks, context menus; checks what is shown and stored. */
class MainWindowTest extends FxRobot {

    private static final int WAIT_SECONDS = 15;

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

    private WindowFixture open(Path library) throws Exception {
        window = new WindowFixture(library).open();
        clickOn("#search-field");
        return window;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    private TableView<PaperListEntry> table() {
        return lookup("#paper-table").queryTableView();
    }

    /** Read on the FX thread: the table's items change there while the test thread polls. */
    private List<String> rowTitles() {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(
                    () -> table().getItems().stream().map(e -> e.paper().title()).toList()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The titles of the selected rows, in the order shown. */
    private List<String> selectedTitles() {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> table().getItems().stream()
                    .filter(e -> table().getSelectionModel().getSelectedItems().contains(e))
                    .map(e -> e.paper().title()).toList()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Node sidebarLine(String text) {
        return from(lookup("#sidebar-list").queryAll())
                .lookup((Node n) -> n instanceof Label label && text.equals(label.getText())).tryQuery().orElse(null);
    }

    /**
     * Right-clicks {@code node} and asks for its context menu. Headless Monocle never reports a popup trigger
     * to JavaFX, so the request the platform would send after the click is sent here.
     */
    private void openContextMenu(Node node) {
        rightClickOn(node);
        interact(() -> {
            var bounds = node.localToScreen(node.getBoundsInLocal());
            javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 4, 4,
                    bounds.getMinX() + 4, bounds.getMinY() + 4, false, null));
        });
    }

    private void shortcut(KeyCode key) {
        push(KeyCode.CONTROL, key);
    }

    /** Ctrl+N, then types over the selected title. */
    private void newPaper(String title) throws Exception {
        long before = window.viewModel().list().libraryCountProperty().get();
        shortcut(KeyCode.N);
        waitUntil(() -> window.viewModel().list().libraryCountProperty().get() == before + 1
                && window.viewModel().paper().getPaper() != null
                && lookup("#title-field").queryAs(TextField.class).isFocused());
        write(title);
        try {
            waitUntil(() -> title.equals(window.viewModel().paper().titleProperty().get()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("title is [" + window.viewModel().paper().titleProperty().get() + "]", e);
        }
    }

    private void typeInNote(String text) {
        clickOn(window.session.window().paperView().notePane().editor());
        write(text);
    }

    private void addTag(String tag) {
        clickOn("#tag-input").write(tag).type(KeyCode.ENTER);
    }

    private void waitUntilSaved() throws Exception {
        waitUntil(() -> !window.viewModel().paper().isDirty()
                && window.viewModel().paper().saveStateProperty().get() == SaveState.SAVED);
    }

    @Test
    void emptyLibraryWelcomesTheReader() throws Exception {
        open(folder.resolve("library.db"));

        assertThat(lookup("#welcome").query().isVisible()).isTrue();
        assertThat(lookup("#welcome-new").queryButton().getText()).contains("Ctrl+N");

        clickOn("#welcome-new");
        waitUntil(() -> window.viewModel().paper().getPaper() != null);
        assertThat(lookup("#welcome").query().isVisible()).isFalse();
    }

    @Test
    void paperWrittenTaggedFilteredAndSearchedIsStillThereAfterARestart() throws Exception {
        Path library = folder.resolve("library.db");
        open(library);

        newPaper("BERT: Pre-training of Deep Bidirectional Transformers");
        typeInNote("Encoder only.");
        newPaper("Attention Is All You Need");
        addTag("transformers");
        typeInNote("注意力机制 replaces recurrence; 遗忘 nothing.");
        waitUntilSaved();
        waitUntil(() -> sidebarLine("transformers") != null);

        clickOn(sidebarLine("transformers"));
        waitUntil(() -> rowTitles().equals(List.of("Attention Is All You Need")));

        clickOn(sidebarLine("All papers"));
        waitUntil(() -> rowTitles().size() == 2);
        shortcut(KeyCode.K);
        assertThat(lookup("#search-field").queryAs(TextField.class).isFocused()).isTrue();
        write("注意力");
        waitUntil(() -> rowTitles().equals(List.of("Attention Is All You Need")));
        assertThat(table().getItems().get(0).snippet()).anySatisfy(part -> {
            assertThat(part.hit()).isTrue();
            assertThat(part.text()).isEqualTo("注意力");
        });

        window.closeWindow();
        try (Library stored = Library.open(library)) {
            Paper paper = stored.papers().list(org.papernotes.model.PaperFilter.tagged("transformers")).stream()
                    .map(PaperSummary::id).map(stored.papers()::get).findFirst().orElseThrow();
            assertThat(paper.title()).isEqualTo("Attention Is All You Need");
            assertThat(paper.note()).isEqualTo("注意力机制 replaces recurrence; 遗忘 nothing.");
        }

        open(library);
        waitUntil(() -> rowTitles().size() == 2);
        clickOn("Attention Is All You Need");
        waitUntil(() -> window.session.window().paperView().notePane() != null
                && window.session.window().paperView().notePane().textProperty().get()
                .equals("注意力机制 replaces recurrence; 遗忘 nothing."));
        assertThat(window.viewModel().paper().tags()).containsExactly("transformers");
        assertThat(sidebarLine("transformers")).isNotNull();
    }

    @Test
    void closingTheWindowRightAfterTypingSavesTheNote() throws Exception {
        Path library = folder.resolve("library.db");
        open(library);
        newPaper("Closing soon");
        typeInNote("最后一句话");

        window.closeWindow();

        assertOnlyNoteStored(library, "最后一句话");
    }

    @Test
    void renamingATagFromItsContextMenuShowsEverywhere() throws Exception {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            seed.papers().insert(Paper.titled("Tagged").withTags(List.of("ml")));
            seed.papers().insert(Paper.titled("Plain"));
        }
        open(library);
        waitUntil(() -> sidebarLine("ml") != null);
        clickOn(sidebarLine("ml"));
        waitUntil(() -> rowTitles().equals(List.of("Tagged")));
        clickOn("Tagged");
        waitUntil(() -> window.viewModel().paper().getPaper() != null);

        openContextMenu(sidebarLine("ml"));
        clickOn("Rename tag…");
        waitUntil(() -> lookup("#rename-tag-field").tryQuery().isPresent());
        TextField name = lookup("#rename-tag-field").queryAs(TextField.class);
        clickOn(name);
        push(KeyCode.CONTROL, KeyCode.A);
        write("machine-learning").type(KeyCode.ENTER);

        waitUntil(() -> sidebarLine("machine-learning") != null && sidebarLine("ml") == null);
        waitUntil(() -> window.viewModel().paper().tags().equals(List.of("machine-learning")));
        assertThat(window.viewModel().sidebar().getFilter().allTags()).containsExactly("machine-learning");
        assertThat(rowTitles()).containsExactly("Tagged");
        assertThat(lookup(".tag-chip .label").queryAll()).extracting(n -> ((Label) n).getText())
                .containsExactly("machine-learning");
    }

    @Test
    void deletedPaperComesBackWithUndo() throws Exception {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            seed.papers().insert(Paper.titled("Keep me").withNote("kept"));
            seed.papers().insert(Paper.titled("Delete me").withNote("笔记 survives").withTags(List.of("x")));
        }
        open(library);
        waitUntil(() -> rowTitles().size() == 2);
        clickOn("Delete me");
        waitUntil(() -> window.viewModel().paper().getPaper() != null);
        clickOn("Delete me");

        type(KeyCode.DELETE);

        waitUntil(() -> rowTitles().equals(List.of("Keep me")));
        assertThat(lookup("#undo-text").queryLabeled().getText()).contains("Delete me");
        clickOn("#undo-delete");
        waitUntil(() -> rowTitles().size() == 2);
        waitUntil(() -> window.viewModel().paper().getPaper() != null
                && "Delete me".equals(window.viewModel().paper().getPaper().title()));
        assertThat(window.viewModel().paper().noteProperty().get()).isEqualTo("笔记 survives");
        assertThat(window.viewModel().paper().tags()).containsExactly("x");
    }

    @Test
    void shiftSelectedPapersAreExportedTogetherDeletedTogetherAndComeBackWithOneUndo() throws Exception {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            for (String title : List.of("P5", "P4", "P3", "P2", "P1")) {
                seed.papers().insert(Paper.titled(title).withNote("note of " + title));
            }
        }
        open(library);
        waitUntil(() -> rowTitles().equals(List.of("P1", "P2", "P3", "P4", "P5")));
        clickOn("P2");
        waitUntil(() -> window.viewModel().paper().getPaper() != null
                && "P2".equals(window.viewModel().paper().getPaper().title()));

        press(KeyCode.SHIFT).clickOn("P4").release(KeyCode.SHIFT);

        // The note pane shows the row clicked last; the list says how many are selected.
        waitUntil(() -> window.viewModel().list().selectedIds().size() == 3
                && "P4".equals(window.viewModel().paper().getPaper().title()));
        assertThat(selectedTitles()).containsExactly("P2", "P3", "P4");
        assertThat(lookup("#selection-count").queryLabeled().getText()).isEqualTo("3 selected");
        // Saving the open paper's note replaces its row: the selection stays as it was.
        typeInNote(" edited");
        waitUntilSaved();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedTitles()).containsExactly("P2", "P3", "P4");
        assertThat(window.viewModel().paper().getPaper().title()).isEqualTo("P4");

        shortcut(KeyCode.E);
        waitUntil(() -> window.session.window().blogActions().lastExport() != null
                && window.session.window().blogActions().lastExport().stage().isShowing());
        assertThat(lookup("#scope-selected").queryAs(javafx.scene.control.RadioButton.class).getText())
                .isEqualTo("_The 3 selected papers");
        assertThat(window.session.window().blogActions().lastExport().viewModel().papers())
                .extracting(Object::toString).containsExactly("P2", "P3", "P4");
        push(KeyCode.ESCAPE);
        waitUntil(() -> !window.session.window().blogActions().lastExport().stage().isShowing());

        interact(() -> table().requestFocus());
        type(KeyCode.DELETE);

        waitUntil(() -> rowTitles().equals(List.of("P1", "P5")));
        assertThat(lookup("#undo-text").queryLabeled().getText()).isEqualTo("Deleted 3 papers.");
        assertThat(window.viewModel().list().libraryCountProperty().get()).isEqualTo(2);

        shortcut(KeyCode.Z);

        waitUntil(() -> rowTitles().size() == 5 && window.viewModel().list().selectedIds().size() == 3);
        assertThat(rowTitles()).containsExactlyInAnyOrder("P1", "P2", "P3", "P4", "P5");
        assertThat(selectedTitles()).containsExactlyInAnyOrder("P2", "P3", "P4");
        assertThat(lookup(".undo-bar").tryQuery().map(Node::isVisible).orElse(false)).isFalse();
        waitUntil(() -> window.viewModel().paper().getPaper() != null
                && List.of("P2", "P3", "P4").contains(window.viewModel().paper().getPaper().title()));
        assertThat(window.viewModel().paper().noteProperty().get())
                .isEqualTo("note of " + window.viewModel().paper().getPaper().title());
    }

    /** The File menu's item with this action id, as the menu bar shows it. */
    private javafx.scene.control.MenuItem menuItem(String actionId) {
        return lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> ("menu-" + actionId).equals(item.getId()))
                .findFirst().orElseThrow();
    }

    /** Three papers P1, P2, P3 (listed in that order), with P1 to P3 selected by a click and a Shift-click. */
    private void openWithThreeSelected(Path library) throws Exception {
        try (Library seed = Library.open(library)) {
            for (String title : List.of("P3", "P2", "P1")) {
                seed.papers().insert(Paper.titled(title).withNote("note of " + title).withTags(List.of("t")));
            }
        }
        open(library);
        waitUntil(() -> rowTitles().equals(List.of("P1", "P2", "P3")));
        clickOn("P1");
        waitUntil(() -> window.viewModel().paper().getPaper() != null);
        press(KeyCode.SHIFT).clickOn("P3").release(KeyCode.SHIFT);
        waitUntil(() -> window.viewModel().list().selectedIds().size() == 3);
    }

    @Test
    void deleteAndDuplicateSayHowManyPapersTheyActOnAsTheSelectionChanges() throws Exception {
        openWithThreeSelected(folder.resolve("library.db"));

        waitUntil(() -> "Delete 3 papers".equals(menuItem("delete").getText()));
        assertThat(menuItem("duplicate").getText()).isEqualTo("Duplicate 3 papers");

        clickOn("P2");
        waitUntil(() -> window.viewModel().list().selectedIds().size() == 1);
        assertThat(menuItem("delete").getText()).isEqualTo("Delete paper");
        assertThat(menuItem("duplicate").getText()).isEqualTo("Duplicate paper");
    }

    @Test
    void ctrlDDuplicatesEverySelectedPaperAndSelectsTheCopies() throws Exception {
        Path library = folder.resolve("library.db");
        openWithThreeSelected(library);

        shortcut(KeyCode.D);

        waitUntil(() -> rowTitles().size() == 6 && window.viewModel().list().selectedIds().size() == 3);
        assertThat(rowTitles()).containsExactly("P1 (copy)", "P2 (copy)", "P3 (copy)", "P1", "P2", "P3");
        assertThat(selectedTitles()).containsExactly("P1 (copy)", "P2 (copy)", "P3 (copy)");
        waitUntil(() -> window.viewModel().paper().getPaper() != null
                && "P3 (copy)".equals(window.viewModel().paper().getPaper().title()));
        assertThat(window.viewModel().paper().noteProperty().get()).isEqualTo("note of P3");
        assertThat(window.viewModel().list().libraryCountProperty().get()).isEqualTo(6);
    }

    @Test
    void shiftArrowsAndCtrlAWidenTheSelectionAndAPlainArrowNarrowsIt() throws Exception {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            for (String title : List.of("C", "B", "A")) {
                seed.papers().insert(Paper.titled(title));
            }
        }
        open(library);
        waitUntil(() -> rowTitles().size() == 3);
        clickOn("A");
        waitUntil(() -> window.viewModel().paper().getPaper() != null);

        push(KeyCode.SHIFT, KeyCode.DOWN);
        waitUntil(() -> window.viewModel().list().selectedIds().size() == 2);
        assertThat(selectedTitles()).containsExactly("A", "B");
        waitUntil(() -> "B".equals(window.viewModel().paper().getPaper().title()));

        shortcut(KeyCode.A);
        waitUntil(() -> window.viewModel().list().selectedIds().size() == 3);

        type(KeyCode.UP);
        waitUntil(() -> window.viewModel().list().selectedIds().size() == 1);
        assertThat(lookup("#selection-count").queryLabeled().isVisible()).isFalse();
    }

    @Test
    void keyboardMovesThroughThePapers() throws Exception {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            seed.papers().insert(Paper.titled("Third"));
            seed.papers().insert(Paper.titled("Second"));
            seed.papers().insert(Paper.titled("First"));
        }
        open(library);
        waitUntil(() -> rowTitles().size() == 3);

        push(KeyCode.ALT, KeyCode.DOWN);
        waitUntil(() -> window.viewModel().paper().getPaper() != null
                && window.viewModel().paper().getPaper().title().equals("First"));
        push(KeyCode.ALT, KeyCode.DOWN);
        waitUntil(() -> window.viewModel().paper().getPaper().title().equals("Second"));
        push(KeyCode.ALT, KeyCode.UP);
        waitUntil(() -> window.viewModel().paper().getPaper().title().equals("First"));
    }

    @Test
    void languageSwitchesToChineseAndIsRemembered() throws Exception {
        Path library = folder.resolve("library.db");
        open(library);

        clickOn("#menu-view");
        clickOn("#menu-language");
        clickOn("简体中文");

        waitUntil(() -> sidebarLine("全部论文") != null);
        assertThat(lookup("#search-field").queryAs(TextField.class).getPromptText()).startsWith("搜索");
        window.closeWindow();
        WindowFixture reopened = new WindowFixture(library, window.preferencesNode).open();
        try {
            assertThat(sidebarLine("全部论文")).isNotNull();
        } finally {
            reopened.closeWindow();
        }
    }

    @Test
    void aLibraryThatCannotBeOpenedExplainsWhyAndOffersToQuit() throws Exception {
        Path notALibrary = folder.resolve("notes.txt");
        Files.writeString(notALibrary, "just some text, not SQLite");
        window = new WindowFixture(notALibrary);
        FxToolkit.setupFixture(() -> {
            window.stage = new javafx.stage.Stage();
            window.session = new WindowSession(window.stage, new org.papernotes.ui.common.AppPreferences(window.preferencesNode),
                    window.openedLinks::add, org.papernotes.ui.common.UiExecutors::forApplication,
                    org.papernotes.ui.search.SearchServices::forLibrary, () -> window.exits++);
            window.session.open(notALibrary);
        });
        waitUntil(() -> lookup("#open-failed").tryQuery().isPresent());

        String shown = lookup("#open-failed").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertThat(shown).contains("not a PaperNotes library");
        clickOn("Quit");
        waitUntil(() -> window.exits == 1);
    }

    @Test
    void linksOpenInTheSystemBrowser() throws Exception {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            seed.papers().insert(Paper.titled("Linked").withLinks("10.1/abc", "2305.18290", null));
        }
        open(library);
        clickOn("Linked");
        waitUntil(() -> window.viewModel().paper().getPaper() != null);

        clickOn("#doi-open");
        clickOn("#arxiv-open");

        waitUntil(() -> window.openedLinks.size() == 2);
        assertThat(window.openedLinks).containsExactly("https://doi.org/10.1/abc", "https://arxiv.org/abs/2305.18290");
    }

    /** Makes the library refuse every save (a trigger, added by another connection as another program would). */
    private static void librarySetTo(Path library, boolean failing) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + library);
             var statement = connection.createStatement()) {
            statement.execute(failing
                    ? "CREATE TRIGGER fail_writes BEFORE UPDATE ON papers BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"
                    : "DROP TRIGGER fail_writes");
        }
    }

    /** Asks the window to close as its close button does (later, so that a question it asks does not block the test). */
    private void requestClose() {
        javafx.application.Platform.runLater(() -> window.stage.fireEvent(
                new javafx.stage.WindowEvent(window.stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    /** A new paper whose first sentence is stored, then a second typed while the library refuses every write. */
    private Path paperWithASecondSentenceTheLibraryRefuses() throws Exception {
        Path library = folder.resolve("library.db");
        open(library);
        newPaper("Disk trouble");
        typeInNote("第一句。");
        waitUntilSaved();
        librarySetTo(library, true);
        typeInNote("第二句。");
        return library;
    }

    private javafx.scene.control.Button dialogButton(String dialogId, String text) {
        var pane = lookup("#" + dialogId).queryAs(javafx.scene.control.DialogPane.class);
        return pane.getButtonTypes().stream().map(type -> (javafx.scene.control.Button) pane.lookupButton(type))
                .filter(button -> button.getText().replace("_", "").equals(text)).findFirst().orElseThrow();
    }

    @Test
    void closingWhileSavesFailWarnsAndKeepsTheWindowUntilTheRetryStoresTheNote() throws Exception {
        Path library = paperWithASecondSentenceTheLibraryRefuses();
        waitUntil(() -> lookup("#save-state").queryLabeled().getText().contains("Retrying in"));
        assertThat(lookup("#save-state").queryLabeled().getText()).contains("the disk is full");
        requestClose();
        waitUntil(() -> lookup("#close-unsaved").tryQuery().isPresent());
        clickOn(dialogButton("close-unsaved", "Keep the window open"));

        waitUntil(() -> lookup("#close-unsaved").tryQuery().isEmpty());
        assertThat(window.stage.isShowing()).isTrue();
        librarySetTo(library, false);
        waitUntil(() -> "Saved".equals(lookup("#save-state").queryLabeled().getText()));
        requestClose();
        waitUntil(() -> !window.stage.isShowing());

        assertOnlyNoteStored(library, "第一句。第二句。");
    }

    @Test
    void aFailedSaveCountsDownToItsRetryAndCtrlSRetriesAtOnce() throws Exception {
        Path library = paperWithASecondSentenceTheLibraryRefuses();

        waitUntil(() -> lookup("#save-state").queryLabeled().getText().matches("Saving failed: .*the disk is full.*\\. Retrying in 2 s…"));
        waitUntil(() -> lookup("#save-state").queryLabeled().getText().endsWith("Retrying in 1 s…"));
        assertThat(lookup("#retry-save").queryAs(javafx.scene.control.Hyperlink.class).isVisible()).isTrue();
        // The first retry fails too: the next wait is longer and counted down again.
        waitUntil(() -> lookup("#save-state").queryLabeled().getText().endsWith("Retrying in 4 s…"));

        librarySetTo(library, false);
        shortcut(KeyCode.S);

        savedBeforeTheRetryWasDue();
        assertThat(lookup("#save-state").queryLabeled().getText()).isEqualTo("Saved");
        assertThat(lookup("#retry-save").queryAs(javafx.scene.control.Hyperlink.class).isVisible()).isFalse();
        assertThat(menuItem("retry-save").isDisable()).isTrue();
        window.closeWindow();
        assertOnlyNoteStored(library, "第一句。第二句。");
    }

    /** Stored within 2 s, while the retry the countdown waited for was still 3 to 4 s away. */
    private void savedBeforeTheRetryWasDue() throws Exception {
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> !window.viewModel().paper().retryingProperty().get()
                && window.viewModel().paper().saveStateProperty().get() == SaveState.SAVED);
    }

    @Test
    void theStatusBarsRetryNowLinkStoresTheNoteInChinese() throws Exception {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            seed.papers().insert(Paper.titled("磁盘").withNote("第一句。"));
        }
        window = new WindowFixture(library);
        new org.papernotes.ui.common.AppPreferences(window.preferencesNode).setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        window.open();
        clickOn("磁盘");
        waitUntil(() -> window.viewModel().paper().getPaper() != null);
        librarySetTo(library, true);

        typeInNote("第二句。");

        waitUntil(() -> lookup("#save-state").queryLabeled().getText().matches("保存失败：.*the disk is full.*。4 秒后重试……"));
        librarySetTo(library, false);
        clickOn("#retry-save");

        savedBeforeTheRetryWasDue();
        assertThat(lookup("#save-state").queryLabeled().getText()).isEqualTo("已保存");
        window.closeWindow();
        assertOnlyNoteStored(library, "第一句。第二句。");
    }

    @Test
    void aSaveThatFirstFailsWhileClosingKeepsTheWindowOpenAndTheText() throws Exception {
        Path library = folder.resolve("library.db");
        open(library);
        newPaper("Last words");
        typeInNote("第一句。");
        waitUntilSaved();
        librarySetTo(library, true);

        // Typed and closed at once: the only save of this text is the one closing makes, and it fails.
        javafx.application.Platform.runLater(() -> {
            notePane().editor().appendText("最后一句。");
            window.stage.fireEvent(new javafx.stage.WindowEvent(window.stage,
                    javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        waitUntil(() -> lookup("#close-unsaved").tryQuery().isPresent());
        clickOn(dialogButton("close-unsaved", "Keep the window open"));
        waitUntil(() -> lookup("#close-unsaved").tryQuery().isEmpty());
        assertThat(window.stage.isShowing()).isTrue();
        assertThat(lookup("#save-state").queryLabeled().getText()).contains("the disk is full");

        librarySetTo(library, false);
        waitUntil(() -> "Saved".equals(lookup("#save-state").queryLabeled().getText()));
        requestClose();
        waitUntil(() -> !window.stage.isShowing());
        assertOnlyNoteStored(library, "第一句。最后一句。");
    }

    /** The library, reopened as after a restart, holds one paper with exactly this note. */
    private static void assertOnlyNoteStored(Path library, String note) {
        try (Library stored = Library.open(library)) {
            assertThat(stored.papers().findAll(org.papernotes.model.PaperFilter.ALL))
                    .singleElement().satisfies(p -> assertThat(p.note()).isEqualTo(note));
        }
    }

    private org.papernotes.ui.editor.NotePane notePane() {
        return window.session.window().paperView().notePane();
    }

    @Test
    void theNotesEditorPreviewDividerIsWhereTheUserLeftItAfterARestart() throws Exception {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            seed.papers().insert(Paper.titled("Split view").withNote("左边写，右边看。"));
        }
        open(library);
        clickOn("Split view");
        waitUntil(() -> notePane() != null && notePane().textProperty().get().equals("左边写，右边看。"));
        double before = notePane().getSplitPosition();
        Node divider = from(notePane()).lookup(".split-pane-divider").query();

        drag(divider, javafx.scene.input.MouseButton.PRIMARY).dropBy(-120, 0);
        waitUntil(() -> notePane().getSplitPosition() < before - 0.05);
        double moved = notePane().getSplitPosition();
        window.closeWindow();

        window = new WindowFixture(library, window.preferencesNode).open();
        clickOn("Split view");
        waitUntil(() -> notePane() != null && notePane().textProperty().get().equals("左边写，右边看。"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notePane().getSplitPosition()).isCloseTo(moved, org.assertj.core.data.Offset.offset(0.01));
        double shown = WaitForAsyncUtils.asyncFx(() -> {
            Node restored = from(notePane()).lookup(".split-pane-divider").query();
            return restored.localToScene(restored.getBoundsInLocal()).getMinX();
        }).get();
        double expected = WaitForAsyncUtils.asyncFx(() -> {
            var bounds = notePane().localToScene(notePane().getBoundsInLocal());
            return bounds.getMinX() + moved * bounds.getWidth();
        }).get();
        assertThat(shown).as("where the divider is drawn").isCloseTo(expected, org.assertj.core.data.Offset.offset(12.0));
    }

    @Test
    void aChineseWindowAsksInChineseEvenOnAnEnglishSystem() throws Exception {
        java.util.Locale system = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.US);
        try {
            Path library = folder.resolve("library.db");
            try (Library seed = Library.open(library)) {
                seed.papers().insert(Paper.titled("Tagged").withTags(List.of("ml")));
            }
            window = new WindowFixture(library);
            new org.papernotes.ui.common.AppPreferences(window.preferencesNode).setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
            window.open();
            waitUntil(() -> sidebarLine("ml") != null);

            openContextMenu(sidebarLine("ml"));
            clickOn("删除标签…");
            waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());

            var pane = lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
            assertThat(pane.getButtonTypes()).extracting(type -> ((javafx.scene.control.Button) pane.lookupButton(type)).getText())
                    .containsExactly("确定", "取消");
            clickOn("取消");
            waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty());
            assertThat(sidebarLine("ml")).isNotNull();
        } finally {
            java.util.Locale.setDefault(system);
        }
    }
}
