package org.papernotes.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;

/** The paper header: folds to one line, and lays its fields out so that none is cut. */
class PaperHeaderLayoutTest extends WindowTestSupport {

    @TempDir
    Path folder;

    private Path library() {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            seed.papers().insert(Paper.titled("Retentive Network").withAuthors(List.of("Yutao Sun", "Li Dong"))
                    .withYear(2023).withLinks("10.48550/arXiv.2307.08621", "2307.08621", "https://arxiv.org"));
        }
        return library;
    }

    private void openPaper() throws Exception {
        clickOn("Retentive Network");
        waitUntil(() -> window.viewModel().paper().getPaper() != null);
    }

    @Test
    void theHeaderFoldsToTitleAuthorsAndYearAndStaysFoldedAfterARestart() throws Exception {
        Path library = library();
        open(library);
        openPaper();
        double unfolded = lookup("#paper-header").query().getBoundsInLocal().getHeight();

        clickOn("#header-toggle");

        waitUntil(() -> !lookup("#paper-details").query().isVisible());
        assertThat(lookup("#header-summary").queryAs(Label.class).getText()).isEqualTo("Yutao Sun; Li Dong \u00b7 2023");
        waitUntil(() -> lookup("#paper-header").query().getBoundsInLocal().getHeight() < 70);
        assertThat(unfolded).isGreaterThan(150);

        window.closeWindow();
        window = new WindowFixture(library, window.preferencesNode).open();
        openPaper();
        assertThat(lookup("#paper-details").query().isVisible()).isFalse();
        clickOn("#header-toggle");
        waitUntil(() -> lookup("#paper-details").query().isVisible());
    }

    @Test
    void withAWideListNoFieldIsSquashed() throws Exception {
        open(library());
        resize(1280, 800); // the headless screen's size
        SplitPane split = lookup("#main-split").queryAs(SplitPane.class);
        interact(() -> split.setDividerPositions(0.15, 0.68));
        openPaper();
        assertFieldsKeepTheirText();
    }

    @Test
    void inASmallWindowNoFieldIsSquashed() throws Exception {
        open(library());
        resize(1024, 700);
        openPaper();
        assertFieldsKeepTheirText();
    }

    private void assertFieldsKeepTheirText() throws Exception {
        waitUntil(() -> lookup("#year-field").queryAs(TextField.class).getWidth() > 0);
        Bounds header = sceneBounds(lookup("#paper-header").query());
        for (String id : List.of("#year-field", "#arxiv-field", "#doi-field", "#venue-field", "#slug-field")) {
            TextField field = lookup(id).queryAs(TextField.class);
            assertThat(field.getWidth()).as("width of " + id).isGreaterThanOrEqualTo(110);
            assertThat(sceneBounds(field).getMaxX()).as("right edge of " + id).isLessThanOrEqualTo(header.getMaxX());
        }
        for (Node open : lookup(".link-open").queryAll()) {
            assertThat(sceneBounds(open).getMaxX()).as("right edge of " + open.getId()).isLessThanOrEqualTo(header.getMaxX());
        }
    }
}
