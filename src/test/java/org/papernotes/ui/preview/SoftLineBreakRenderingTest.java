package org.papernotes.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.papernotes.markdown.MarkdownConfig;
import org.papernotes.markdown.PreviewHtml;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A soft line break in a note is drawn as the space it stands for. The page's text is right either way (a DOM test
 * cannot see the difference); what differs is how WebKit draws it, so these tests compare what the preview draws for
 * a paragraph written over several lines with what it draws for the same paragraph written on one line, pixel for
 * pixel (two identical pages differ by 0 pixels).
 */
@ExtendWith(ApplicationExtension.class)
class SoftLineBreakRenderingTest {

    private static final int WAIT_SECONDS = 20;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private MarkdownPreview preview;
    private WritableImage previous;

    @Start
    void start(Stage stage) {
        preview = new MarkdownPreview(background);
        stage.setScene(new Scene(preview.view(), 520, 260));
        stage.show();
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void anEnglishParagraphWithLineBreaksLooksTheSameAsWrittenOnOneLine() throws Exception {
        assertSameDrawing("This is a hard wrapped\nparagraph with several\nsoft line breaks in\nthe middle of lines.",
                "This is a hard wrapped paragraph with several soft line breaks in the middle of lines.");
    }

    @Test
    void aMixedChineseAndEnglishParagraphWithLineBreaksLooksTheSameAsWrittenOnOneLine() throws Exception {
        assertSameDrawing("读后感：衰减因子 $\\gamma$ 对每个\nhead 取不同的值，相当于\nmulti-scale 的指数滑动平均。",
                "读后感：衰减因子 $\\gamma$ 对每个 head 取不同的值，相当于 multi-scale 的指数滑动平均。");
    }

    @Test
    void listItemsWithLineBreaksLookTheSameAsWrittenOnOneLine() throws Exception {
        assertSameDrawing("- a retention layer with\n  a parallel form\n- a recurrent form\n  for inference",
                "- a retention layer with a parallel form\n- a recurrent form for inference");
    }

    private void assertSameDrawing(String withBreaks, String onOneLine) throws Exception {
        waitUntil(() -> preview.isReady());
        WritableImage broken = drawing(withBreaks);
        WritableImage joined = drawing(onOneLine);
        assertThat(differingPixels(broken, joined)).as("pixels that differ").isZero();
    }

    /** What the preview draws for the note, once it is drawn and no longer changing. */
    private WritableImage drawing(String note) throws Exception {
        WritableImage blank = showAndSettle("", previous);
        previous = showAndSettle(note, blank);
        return previous;
    }

    /** Shows the note and waits until the drawing differs from {@code unlike} and is the same twice in a row. */
    private WritableImage showAndSettle(String note, WritableImage unlike) throws Exception {
        int before = fx(preview::getUpdateCount);
        fx(() -> {
            preview.show(PreviewHtml.renderBlocks(MarkdownConfig.standard().parse(note)));
            return null;
        });
        waitUntil(() -> fx(preview::getUpdateCount) > before);
        WritableImage[] last = {null};
        int[] stableFor = {0};
        // Drawn once two snapshots in a row are the same (the page paints on the pulses after the update).
        waitUntil(() -> {
            WritableImage now = fx(() -> preview.view().snapshot(null, null));
            stableFor[0] = last[0] != null && differingPixels(last[0], now) == 0 ? stableFor[0] + 1 : 0;
            last[0] = now;
            return stableFor[0] >= 2 && (unlike == null || differingPixels(unlike, now) > 0) && fx(() -> Boolean.TRUE.equals(
                    preview.view().getEngine().executeScript("window.papernotes.isTypeset()")));
        });
        return last[0];
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        PixelReader left = a.getPixelReader();
        PixelReader right = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (left.getArgb(x, y) != right.getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }
}
