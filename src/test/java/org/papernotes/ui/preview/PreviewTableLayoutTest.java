package org.papernotes.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
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
 * Tables in a preview narrower than they are. Chinese text may break after any character, so without a floor such a
 * column was laid out one character per line; the lines a cell's text takes are read from WebKit's layout.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewTableLayoutTest {

    private static final int WAIT_SECONDS = 20;
    private static final String TABLE = """
            | 方法 | 类别 | 优点 | 缺点 | 年份 |
            |---|---|---|---|---|
            | SISA | 精确遗忘 | 可证明的遗忘保证，删除请求只需重训一个分片 | 训练开销大，需要分片和切片 | 2021 |
            | 影响函数 | 近似遗忘 | 无需重新训练 | 对深度网络不稳定 | 2020 |
            """;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private MarkdownPreview preview;

    @Start
    void start(Stage stage) {
        preview = new MarkdownPreview(background);
        stage.setScene(new Scene(preview.view(), 260, 400));
        stage.show();
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void aNarrowColumnKeepsAChineseWordOnOneLine() throws Exception {
        show(TABLE);

        assertThat(lines("th", 1)).as("lines of the header 类别").isEqualTo(1);
        assertThat(lines("td", 1)).as("lines of the cell 精确遗忘").isEqualTo(1);
    }

    @Test
    void aTableWiderThanThePreviewScrollsSidewaysInsteadOfSqueezingItsColumns() throws Exception {
        show(TABLE);

        Number table = fx(() -> (Number) preview.view().getEngine().executeScript(
                "document.querySelector('table').scrollWidth - document.querySelector('table').clientWidth"));
        assertThat(table.intValue()).as("how far the table scrolls").isPositive();
    }

    @Test
    void longTextInACellStillWraps() throws Exception {
        show(TABLE);

        assertThat(lines("td", 2)).as("lines of the long cell").isGreaterThan(1);
    }

    private void show(String note) throws Exception {
        waitUntil(() -> preview.isReady());
        int before = fx(preview::getUpdateCount);
        fx(() -> {
            preview.show(PreviewHtml.renderBlocks(MarkdownConfig.standard().parse(note)));
            return null;
        });
        waitUntil(() -> fx(preview::getUpdateCount) > before);
    }

    /** How many line boxes the text of the {@code index}-th cell named {@code tag} takes. */
    private int lines(String tag, int index) throws Exception {
        Number lines = fx(() -> (Number) preview.view().getEngine().executeScript(
                "(function () { var range = document.createRange();"
                        + " range.selectNodeContents(document.querySelectorAll('" + tag + "')[" + index + "]);"
                        + " var tops = {}; var rects = range.getClientRects();"
                        + " for (var i = 0; i < rects.length; i++) { tops[Math.round(rects[i].top)] = true; }"
                        + " return Object.keys(tops).length; })()"));
        return lines.intValue();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }
}
