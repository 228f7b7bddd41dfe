package org.papernotes.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The find/replace bar fits the editor it is above: nothing cut, fields wide enough to type in. */
@ExtendWith(ApplicationExtension.class)
class FindReplaceBarLayoutTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private NotePane pane;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        pane = new NotePane(background, Duration.ofMillis(30));
        stage.setScene(new Scene(pane, 512, 500));
        stage.show();
    }

    @AfterEach
    void stopBackground(FxRobot robot) {
        robot.interact(pane::dispose);
        background.shutdownNow();
    }

    @Test
    void inTheSplitOfANarrowWindowTheBarTakesTwoRowsAndCutsNothing(FxRobot robot) {
        showBar(robot, ViewMode.SPLIT, 512);

        assertThat(pane.findReplaceBar().isOneRow()).isFalse();
        assertNothingCut();
    }

    @Test
    void inTheEditorAloneTheBarTakesOneRowAndCutsNothing(FxRobot robot) {
        showBar(robot, ViewMode.EDITOR, 1024);

        assertThat(pane.findReplaceBar().isOneRow()).isTrue();
        assertNothingCut();
    }

    @Test
    void inTheSplitOfAWideWindowTheBarCutsNothing(FxRobot robot) {
        showBar(robot, ViewMode.SPLIT, 900);

        assertNothingCut();
    }

    private void showBar(FxRobot robot, ViewMode mode, double width) {
        robot.interact(() -> {
            stage.setWidth(width);
            pane.setViewMode(mode);
            pane.showFindReplace();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertNothingCut() {
        FindReplaceBar bar = pane.findReplaceBar();
        Bounds editor = pane.editor().localToScene(pane.editor().getLayoutBounds());
        assertThat(bar.findField().getWidth()).as("find field width").isGreaterThanOrEqualTo(90);
        assertThat(bar.replaceField().getWidth()).as("replace field width").isGreaterThanOrEqualTo(90);
        for (Node node : bar.lookupAll(".button, .toggle-button, .label")) {
            Labeled labeled = (Labeled) node;
            if (labeled.getText() == null || labeled.getText().isEmpty()) {
                continue;
            }
            String shown = labeled.lookupAll(".text").stream().filter(Text.class::isInstance)
                    .map(text -> ((Text) text).getText()).findFirst().orElse("");
            assertThat(shown).as("text of " + labeled.getId()).isEqualTo(labeled.getText());
            Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
            assertThat(bounds.getMaxX()).as("right edge of " + labeled.getId()).isLessThanOrEqualTo(editor.getMaxX() + 0.5);
        }
    }
}
