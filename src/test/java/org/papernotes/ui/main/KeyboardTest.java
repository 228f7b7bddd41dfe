package org.papernotes.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.common.AppPreferences;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.help.KeyboardShortcuts;

/** The window by keyboard: Tab order in the header, Ctrl+Delete, list focus in the dark theme, the shortcuts. */
class KeyboardTest extends WindowTestSupport {

    @TempDir
    Path folder;

    private Path library(String... titles) {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            for (String title : titles) {
                seed.papers().insert(Paper.titled(title).withLinks("10.1/abc", "2305.18290", null));
            }
        }
        return library;
    }

    private void openPaper(String title) throws Exception {
        clickOn(title);
        waitUntil(() -> window.viewModel().paper().getPaper() != null
                && title.equals(window.viewModel().paper().titleProperty().get()));
    }

    private Node focusOwner() throws Exception {
        return fx(() -> window.stage.getScene().getFocusOwner());
    }

    @Test
    void tabGoesFromTheStatusToTheRatingStars() throws Exception {
        open(library("Paper"));
        openPaper("Paper");
        interact(() -> lookup("#status-box").query().requestFocus());

        type(KeyCode.TAB);

        assertThat(focusOwner().getStyleClass()).contains("star");
    }

    @Test
    void tabGoesFromTheDoiFieldToItsOpenButton() throws Exception {
        open(library("Paper"));
        openPaper("Paper");
        clickOn("#doi-field");

        type(KeyCode.TAB);

        assertThat(focusOwner().getId()).isEqualTo("doi-open");
        type(KeyCode.SPACE);
        waitUntil(() -> window.openedLinks.contains("https://doi.org/10.1/abc"));
    }

    @Test
    void ctrlDeleteInTheTitleDeletesTheNextWordAndKeepsThePaper() throws Exception {
        open(library("Direct Preference Optimization"));
        openPaper("Direct Preference Optimization");
        clickOn("#title-field");
        type(KeyCode.HOME);

        push(KeyCode.CONTROL, KeyCode.DELETE);

        try {
            waitUntil(() -> lookup("#title-field").queryAs(TextField.class).getText().strip().equals("Preference Optimization"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("title [" + lookup("#title-field").queryAs(TextField.class).getText() + "] papers "
                    + window.viewModel().list().libraryCountProperty().get() + " focus " + focusOwner(), e);
        }
        assertThat(window.viewModel().list().libraryCountProperty().get()).isEqualTo(1);
        assertThat(window.viewModel().list().lastDeletedProperty().get()).isNull();
    }

    @Test
    void ctrlDeleteInTheListDeletesThePaper() throws Exception {
        open(library("Gone"));
        openPaper("Gone");
        clickOn("Gone");

        push(KeyCode.CONTROL, KeyCode.DELETE);

        waitUntil(() -> window.viewModel().list().libraryCountProperty().get() == 0);
    }

    @Test
    void theFocusedListShowsWhereTheKeyboardIsInTheDarkTheme() throws Exception {
        Path library = library("First", "Second");
        window = new WindowFixture(library);
        new AppPreferences(window.preferencesNode).setDark(true);
        window.open();
        openPaper("First");
        TableView<?> table = lookup("#paper-table").queryTableView();
        Node row = from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")))
                .findFirst().orElseThrow();
        interact(table::requestFocus);
        waitUntil(table::isFocused);
        WritableImage focused = snapshot(row);

        interact(() -> lookup("#search-field").query().requestFocus());
        waitUntil(() -> !table.isFocused());
        WritableImage unfocused = snapshot(row);

        assertThat(differingPixels(focused, unfocused)).as("pixels that show the focus").isGreaterThan(50);
    }

    @Test
    void f1ShowsEveryShortcutOfTheMenus() throws Exception {
        open(library("Paper"));
        clickOn("#search-field");

        type(KeyCode.F1);

        waitUntil(() -> lookup("#shortcuts-table").tryQuery().isPresent());
        TableView<KeyboardShortcuts.Row> shortcuts = lookup("#shortcuts-table").queryTableView();
        List<KeyboardShortcuts.Row> expected = KeyboardShortcuts.rows(window.session.window().actions(),
                window.session.messages());
        assertThat(fx(() -> List.copyOf(shortcuts.getItems()))).containsExactlyElementsOf(expected);
        assertThat(expected).contains(new KeyboardShortcuts.Row("New paper", "Ctrl+N"),
                new KeyboardShortcuts.Row("Search library", "Ctrl+F or Ctrl+K"));
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#shortcuts-table").tryQuery().isEmpty());
    }

    @Test
    void theReadmesKeyboardTableIsTheListOfShortcuts() throws Exception {
        open(library("Paper"));
        List<KeyboardShortcuts.Row> rows = KeyboardShortcuts.rows(window.session.window().actions(),
                Messages.of(Locale.ENGLISH));

        assertThat(readmeKeyboardTable()).containsExactlyElementsOf(rows);
    }

    @Test
    void theListSaysWhatAShortcutDoesWhereItsMenuItemLeansOnItsMenu() throws Exception {
        open(library("Paper"));

        List<KeyboardShortcuts.Row> rows = KeyboardShortcuts.rows(window.session.window().actions(),
                Messages.of(Locale.ENGLISH));

        assertThat(rows).contains(new KeyboardShortcuts.Row("Insert image", "Ctrl+Shift+I"),
                new KeyboardShortcuts.Row("Open the paper's PDF", "Ctrl+Shift+O"),
                new KeyboardShortcuts.Row("History of the paper", "Ctrl+Shift+H"));
        javafx.scene.control.MenuBar menus = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        assertThat(menus.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menu-insert-image".equals(item.getId())).map(javafx.scene.control.MenuItem::getText))
                .containsExactly("Image\u2026");
    }

    /** The rows of the table under "## Keyboard" in README.md, without its header. */
    private static List<KeyboardShortcuts.Row> readmeKeyboardTable() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        List<KeyboardShortcuts.Row> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Keyboard");
                continue;
            }
            if (inSection && line.startsWith("| ") && !line.startsWith("| action") && !line.startsWith("| ---")) {
                String[] cells = line.split("\\|");
                rows.add(new KeyboardShortcuts.Row(cells[1].strip(), cells[2].strip()));
            }
        }
        return rows;
    }
}
