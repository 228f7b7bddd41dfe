package org.papernotes.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The hint in an empty editor starts where the text would, and wraps rather than being cut. */
@ExtendWith(ApplicationExtension.class)
class EditorPlaceholderTest {

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private NotePane pane;

    @Start
    void start(Stage stage) {
        pane = new NotePane(background, Duration.ofMillis(30));
        // Something else takes the focus, as the title does in the window: the hint shows while the editor has none.
        stage.setScene(new Scene(new javafx.scene.layout.VBox(new javafx.scene.control.TextField(), pane), 520, 400));
        stage.show();
    }

    @AfterEach
    void stopBackground(FxRobot robot) {
        robot.interact(pane::dispose);
        background.shutdownNow();
    }

    @Test
    void theHintOfAnEmptyNoteIsWithinTheEditorAtItsTop(FxRobot robot) {
        robot.interact(() -> {
            pane.load("");
            ((javafx.scene.layout.VBox) pane.getParent()).getChildren().get(0).requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Node hint = robot.lookup("#editor-placeholder").query();
        Bounds editor = pane.editor().localToScene(pane.editor().getLayoutBounds());
        Bounds shown = hint.localToScene(hint.getLayoutBounds());
        assertThat(shown.getMinX()).isGreaterThanOrEqualTo(editor.getMinX());
        assertThat(shown.getMaxX()).isLessThanOrEqualTo(editor.getMaxX());
        assertThat(shown.getMinY() - editor.getMinY()).isLessThan(30);
    }
}
