package org.papernotes.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;

/** The tag sidebar with long tag names, and renaming the tag that filters the list. */
class SidebarLayoutTest extends WindowTestSupport {

    private static final String LONG_TAG = "Operations optimization for vehicle routing";

    @TempDir
    Path folder;

    private Path library() {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            seed.papers().insert(Paper.titled("Routing").withTags(List.of(LONG_TAG, "ml")));
            seed.papers().insert(Paper.titled("Other").withTags(List.of("ml")));
            seed.papers().insert(Paper.titled("Plain"));
        }
        return library;
    }

    @Test
    void aLongTagIsElidedAndEveryCountStaysInView() throws Exception {
        open(library());
        waitUntil(() -> labelWithText("#sidebar-list", LONG_TAG) != null);
        Node list = lookup("#sidebar-list").query();

        Label name = labelWithText("#sidebar-list", LONG_TAG);
        assertThat(shownText(name)).isNotEqualTo(LONG_TAG).matches(".*(\\.\\.\\.|\u2026)");
        double listRight = sceneBounds(list).getMaxX();
        List<Node> counts = List.copyOf(lookup("#sidebar-list .count").queryAll());
        assertThat(counts).isNotEmpty();
        for (Node count : counts) {
            Label label = (Label) count;
            if (!label.getText().isEmpty() && label.isVisible()) {
                assertThat(sceneBounds(label).getMaxX()).as("right edge of count " + label.getText())
                        .isLessThanOrEqualTo(listRight);
                assertThat(shownText(label)).isEqualTo(label.getText());
            }
        }
        boolean horizontalBar = lookup("#sidebar-list .scroll-bar").queryAll().stream()
                .map(ScrollBar.class::cast)
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
        assertThat(horizontalBar).as("horizontal scroll bar shown").isFalse();
    }

    @Test
    void anElidedTagShowsItsWholeNameAsTooltip() throws Exception {
        open(library());
        waitUntil(() -> labelWithText("#sidebar-list", LONG_TAG) != null);
        Label name = labelWithText("#sidebar-list", LONG_TAG);

        moveTo(name);

        ListCell<?> cell = (ListCell<?>) name.getParent().getParent();
        waitUntil(() -> cell.getTooltip() != null);
        assertThat(cell.getTooltip().getText()).isEqualTo(LONG_TAG);
    }

    @Test
    void renamingTheSelectedTagKeepsTheListFilteredByIt() throws Exception {
        // The new name sorts elsewhere, so the tag's line moves in the sidebar.
        open(library());
        waitUntil(() -> labelWithText("#sidebar-list", "ml") != null);
        clickOn(labelWithText("#sidebar-list", "ml"));
        waitUntil(() -> window.viewModel().list().entries().size() == 2);

        type(KeyCode.F2);
        waitUntil(() -> lookup("#rename-tag-field").tryQuery().isPresent());
        clickOn(lookup("#rename-tag-field").queryAs(TextField.class));
        push(KeyCode.CONTROL, KeyCode.A);
        write("zz-machine-learning").type(KeyCode.ENTER);

        waitUntil(() -> labelWithText("#sidebar-list", "zz-machine-learning") != null);
        waitUntil(() -> fx(() -> window.session.window().sidebarView().list().getSelectionModel().getSelectedItems()
                .stream().anyMatch(item -> "zz-machine-learning".equals(item.name()))));
        assertThat(window.viewModel().sidebar().getFilter().allTags()).containsExactly("zz-machine-learning");
        assertThat(fx(() -> window.viewModel().list().entries().size())).isEqualTo(2);
    }

    @Test
    void aRenamedTagWhoseLineMovesOutOfViewIsScrolledBackIntoView() throws Exception {
        Path library = folder.resolve("many-tags.db");
        try (Library seed = Library.open(library)) {
            for (int i = 10; i < 50; i++) {
                seed.papers().insert(Paper.titled("Paper " + i).withTags(List.of("tag" + i)));
            }
        }
        open(library);
        waitUntil(() -> labelWithText("#sidebar-list", "tag10") != null);
        clickOn(labelWithText("#sidebar-list", "tag10"));
        waitUntil(() -> window.viewModel().list().entries().size() == 1);

        type(KeyCode.F2);
        waitUntil(() -> lookup("#rename-tag-field").tryQuery().isPresent());
        clickOn(lookup("#rename-tag-field").queryAs(TextField.class));
        push(KeyCode.CONTROL, KeyCode.A);
        write("zz-renamed").type(KeyCode.ENTER);

        waitUntil(() -> labelWithText("#sidebar-list", "zz-renamed") != null);
        Label renamed = labelWithText("#sidebar-list", "zz-renamed");
        var shown = sceneBounds(lookup("#sidebar-list").query());
        waitUntil(() -> fx(() -> sceneBounds(renamed).getMaxY() <= shown.getMaxY()
                && sceneBounds(renamed).getMinY() >= shown.getMinY()));
        assertThat(window.viewModel().sidebar().getFilter().allTags()).containsExactly("zz-renamed");
        assertThat(fx(() -> window.session.window().sidebarView().list().getFocusModel().getFocusedItem().name()))
                .isEqualTo("zz-renamed");
    }

    @Test
    void renamingTheSelectedTagFromItsMenuWithOneOfItsPapersOpenKeepsTheFilter() throws Exception {
        open(library());
        waitUntil(() -> labelWithText("#sidebar-list", "ml") != null);
        clickOn(labelWithText("#sidebar-list", "ml"));
        waitUntil(() -> window.viewModel().list().entries().size() == 2);
        clickOn("Routing");
        waitUntil(() -> window.viewModel().paper().getPaper() != null);

        Label line = labelWithText("#sidebar-list", "ml");
        rightClickOn(line);
        interact(() -> {
            var bounds = line.localToScreen(line.getBoundsInLocal());
            javafx.event.Event.fireEvent(line, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 4, 4,
                    bounds.getMinX() + 4, bounds.getMinY() + 4, false, null));
        });
        clickOn("#tag-rename");
        waitUntil(() -> lookup("#rename-tag-field").tryQuery().isPresent());
        clickOn(lookup("#rename-tag-field").queryAs(TextField.class));
        push(KeyCode.CONTROL, KeyCode.A);
        write("zz-machine-learning").type(KeyCode.ENTER);

        waitUntil(() -> labelWithText("#sidebar-list", "zz-machine-learning") != null);
        waitUntil(() -> window.viewModel().paper().tags().contains("zz-machine-learning"));
        waitUntil(() -> fx(() -> window.session.window().sidebarView().list().getSelectionModel().getSelectedItems()
                .stream().anyMatch(item -> "zz-machine-learning".equals(item.name()))));
        assertThat(window.viewModel().sidebar().getFilter().allTags()).containsExactly("zz-machine-learning");
        assertThat(fx(() -> window.viewModel().list().entries().size())).isEqualTo(2);
    }
}
