package org.papernotes.ui.main;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests of the first hour share: a window on a library, waiting, reading the screen. */
abstract class WindowTestSupport extends FxRobot {

    static final int WAIT_SECONDS = 15;

    WindowFixture window;

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

    WindowFixture open(Path library) throws Exception {
        window = new WindowFixture(library).open();
        return window;
    }

    /** Sets the window's size (the stage, as a user resizing it would). */
    void resize(double width, double height) {
        interact(() -> {
            window.stage.setWidth(width);
            window.stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** The text a label or button draws (its skin cuts it with an ellipsis when it does not fit). */
    static String shownText(Node labeled) {
        return labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse("");
    }

    static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    Label labelWithText(String root, String text) {
        return from(lookup(root).queryAll()).lookup((Node n) -> n instanceof Label label && text.equals(label.getText()))
                .tryQuery().map(Label.class::cast).orElse(null);
    }

    WritableImage snapshot(Node node) throws Exception {
        return fx(() -> node.snapshot(null, null));
    }

    static int differingPixels(WritableImage a, WritableImage b) {
        int differing = 0;
        int width = (int) Math.min(a.getWidth(), b.getWidth());
        int height = (int) Math.min(a.getHeight(), b.getHeight());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
