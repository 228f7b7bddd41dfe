package org.papernotes.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;

/** The paper list: the title takes the room, and search snippets are text around the hit. */
class PaperListLayoutTest extends WindowTestSupport {

    @TempDir
    Path folder;

    @Test
    void wideningTheWindowWidensTheTitleColumnOnly() throws Exception {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            seed.papers().insert(Paper.titled("Certified Data Removal from Machine Learning Models")
                    .withAuthors(List.of("Chuan Guo")).withYear(2020));
        }
        open(library);
        resize(1000, 800);
        // A wide list, so that every column shows at both sizes (in a narrow one, some give way to the title).
        javafx.scene.control.SplitPane split = lookup("#main-split").queryAs(javafx.scene.control.SplitPane.class);
        interact(() -> split.setDividerPositions(0.1, 0.85));
        TableView<?> table = lookup("#paper-table").queryTableView();
        Map<String, Double> before = widths(table);

        resize(1280, 800); // the headless screen's size
        waitUntil(() -> widths(table).get("Title") > before.get("Title") + 20);

        Map<String, Double> after = widths(table);
        double tableGrew = after.values().stream().mapToDouble(Double::doubleValue).sum()
                - before.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.get("Title") - before.get("Title")).isCloseTo(tableGrew, org.assertj.core.data.Offset.offset(1.0));
        assertThat(after.get("Title")).isGreaterThan(after.get("Authors") * 2);
    }

    private Map<String, Double> widths(TableView<?> table) throws Exception {
        return fx(() -> table.getVisibleLeafColumns().stream()
                .collect(Collectors.toMap(TableColumn::getText, TableColumn::getWidth)));
    }

    @Test
    void aSnippetIsTheNotesTextWithTheHitInView() throws Exception {
        Path library = folder.resolve("library.db");
        String note = "前言 ".repeat(40) + "<span style=\"color: red;\">在训练时</span>需要遗忘部分数据。" + " 后记".repeat(40);
        try (Library seed = Library.open(library)) {
            seed.papers().insert(Paper.titled("机器遗忘").withNote(note));
        }
        open(library);
        clickOn("#search-field");
        write("训练");

        waitUntil(() -> !lookup(".snippet-hit").queryAll().isEmpty());
        Node hit = lookup(".snippet-hit").query();
        Node snippet = hit.getParent();
        String shown = lookup(".snippet .snippet-text").queryAll().stream().map(n -> ((Text) n).getText())
                .collect(Collectors.joining());
        assertThat(shown).doesNotContain("<", ">", "style", ";\"");
        Bounds line = sceneBounds(snippet);
        waitUntil(() -> sceneBounds(hit).getMinX() >= line.getMinX() && sceneBounds(hit).getMaxX() <= line.getMaxX());
    }
}
