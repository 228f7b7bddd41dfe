package org.papernotes.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javax.imageio.ImageIO;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebEngine;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.markdown.MarkdownHighlighter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class NotePaneTest {

    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final List<String> openedLinks = new CopyOnWriteArrayList<>();
    private NotePane pane;

    @Start
    void start(Stage stage) {
        pane = new NotePane(background, Duration.ofMillis(30));
        pane.setLinkOpener(openedLinks::add);
        stage.setScene(new Scene(pane, 1100, 700));
        stage.show();
    }

    @AfterEach
    void stopBackground() throws Exception {
        runFx(() -> {
            pane.dispose();
            return null;
        });
        background.shutdownNow();
    }

    @Test
    void typedChineseTextAndMathAppearRenderedInThePreview(FxRobot robot) throws Exception {
        waitForPreviewReady();
        robot.clickOn(pane.editor());
        robot.write("遗忘与隐私：$\\pi_\\theta(y|x)$ 和 $a_1 * b_2$");
        waitUntil(() -> jsTrue("document.querySelectorAll('#pn-content .katex').length === 2"));
        assertThat(js("document.getElementById('pn-content').textContent")).asString().contains("遗忘与隐私");
        // the formula was typeset from the TeX, underscores and all, not from Markdown-mangled text
        assertThat(js("document.querySelectorAll('.katex .mord.mathnormal').length > 4")).isEqualTo(true);
        assertThat(js("document.getElementById('pn-content').innerHTML.indexOf('<em>') < 0")).isEqualTo(true);
        // KaTeX's own fonts (inlined into the page) are the ones the formula is drawn with
        waitUntil(() -> jsTrue("(function(){var loaded=false;document.fonts.forEach(function(f){"
                + "if(f.family.replace(/\"/g,'')==='KaTeX_Math'&&f.status==='loaded')loaded=true;});return loaded;})()"));
        assertThat(pane.getText()).isEqualTo("遗忘与隐私：$\\pi_\\theta(y|x)$ 和 $a_1 * b_2$");
    }

    @Test
    void aLongNoteShowsAtOnceAndItsMathIsTypesetInSlices() throws Exception {
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            note.append("公式 ").append(i).append("：$\\sum_{k=1}^{").append(i).append("} k^2 = x_").append(i)
                    .append("$\n\n");
        }
        waitForPreviewReady();
        int updates = runFx(() -> {
            pane.load(note.toString());
            return pane.previewController().getUpdateCount();
        });
        waitUntil(() -> runFx(() -> pane.previewController().getUpdateCount()) > updates);
        assertThat(js("document.querySelectorAll('#pn-content p').length")).isEqualTo(400);
        waitUntil(() -> jsTrue("window.papernotes.isTypeset()"));
        assertThat(js("document.querySelectorAll('#pn-content .katex').length")).isEqualTo(400);
    }

    @Test
    void displayMathBlockIsTypesetInDisplayMode() throws Exception {
        loadAndWait("前言\n\n$$\n\\begin{aligned} a_1 &= b \\\\ c &= d_2 \\end{aligned}\n$$\n\n后记");
        assertThat(js("document.querySelectorAll('.katex-display').length")).isEqualTo(1);
        assertThat(js("document.querySelectorAll('.katex-error').length")).isEqualTo(0);
    }

    @Test
    void imagesFromLocalFilesAreShown(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("figure 1.png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", png.toFile());
        loadAndWait("![图 1](" + png.toUri() + ")");
        waitUntil(() -> jsTrue("document.querySelector('#pn-content img').naturalWidth === 40"));
    }

    @Test
    void fencedCodeWithALanguageIsHighlighted() throws Exception {
        loadAndWait("```python\ndef loss(x):\n    return x  # 注释\n```\n\n```\nplain\n```");
        assertThat(js("document.querySelectorAll('pre code.hljs .hljs-keyword').length")).isEqualTo(2);
        assertThat(js("document.querySelectorAll('pre code .hljs-comment').length")).isEqualTo(1);
        assertThat(js("document.querySelectorAll('pre code.hljs').length")).isEqualTo(1);
    }

    @Test
    void scriptsAndEventHandlersInANoteNeverRun() throws Exception {
        loadAndWait("开始\n\n<script>document.title = 'script ran'; window.pwned = 1;</script>\n\n"
                + "<img src=\"data:image/png;base64,AAAA\" onerror=\"document.title = 'onerror ran'; window.pwned = 2\">\n\n"
                + "<svg onload=\"window.pwned = 3\"></svg> <a href=\"#\" onclick=\"window.pwned = 4\">x</a>\n\n结束");
        runFx(() -> pane.previewController().view().getEngine().executeScript(
                "document.querySelector('#pn-content a').click()"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(js("document.getElementById('pn-content').textContent")).asString().contains("开始", "结束");
        assertThat(js("document.title")).isEqualTo("");
        assertThat(js("typeof window.pwned")).isEqualTo("undefined");
        assertThat(js("document.querySelectorAll('script, [onerror], [onload], [onclick]').length")).isEqualTo(0);
    }

    @Test
    void pageRefusesInlineHandlersEvenIfUnsanitizedHtmlReachedIt() throws Exception {
        waitForPreviewReady();
        int before = runFx(() -> pane.previewController().getUpdateCount());
        runFx(() -> {
            pane.previewController().show("<p>raw</p><img src=\"data:image/png;base64,AAAA\" "
                    + "onerror=\"document.title='handler ran'\"><script>document.title='script ran'</script>");
            return null;
        });
        assertThat(runFx(() -> pane.previewController().getUpdateCount())).isGreaterThan(before);
        // the broken image has failed to load (its error event fired), yet its handler did not run
        waitUntil(() -> jsTrue("(function(){var i=document.querySelector('#pn-content img');"
                + "return i.complete && i.naturalWidth === 0;})()"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(js("document.title")).isEqualTo("");
    }

    @Test
    void javascriptLinksAreStrippedAndOtherLinksOpenOutside() throws Exception {
        loadAndWait("[bad](javascript:document.title='x') <a href=\"javascript:void(0)\">raw</a> "
                + "[paper](https://arxiv.org/abs/2305.18290)");
        assertThat(js("document.querySelectorAll('a[href^=\"javascript\" i]').length")).isEqualTo(0);
        String location = runFx(() -> pane.previewController().view().getEngine().getLocation());
        runFx(() -> pane.previewController().view().getEngine().executeScript(
                "document.querySelector('a[href^=\"https\"]').click()"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openedLinks).containsExactly("https://arxiv.org/abs/2305.18290");
        assertThat(runFx(() -> pane.previewController().view().getEngine().getLocation())).isEqualTo(location);
        assertThat(js("document.title")).isEqualTo("");
    }

    @Test
    void footnoteLinksScrollInsideThePreviewAndOpenNothing() throws Exception {
        StringBuilder note = new StringBuilder("正文[^1]\n\n");
        for (int i = 0; i < 150; i++) {
            note.append("段落 ").append(i).append("\n\n");
        }
        note.append("[^1]: 脚注内容\n");
        runFx(() -> {
            pane.setViewMode(ViewMode.PREVIEW);
            return null;
        });
        loadAndWait(note.toString());
        js("document.querySelector('a.footnote-ref').click()");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Number) js("window.pageYOffset")).doubleValue()).isGreaterThan(1000);
        assertThat(openedLinks).isEmpty();
    }

    @Test
    void editorHighlightsMarkdownFromTheParse() throws Exception {
        String note = "# 标题\n\n*em* `code` $x_1$ [l](https://a.org)";
        loadAndWait(note);
        waitUntil(() -> runFx(() -> pane.editor().getStyleOfChar(note.indexOf("标")))
                .contains(MarkdownHighlighter.HEADING));
        assertThat(runFx(() -> pane.editor().getStyleOfChar(note.indexOf("em*"))))
                .contains(MarkdownHighlighter.EMPHASIS);
        assertThat(runFx(() -> pane.editor().getStyleOfChar(note.indexOf("code"))))
                .contains(MarkdownHighlighter.CODE);
        assertThat(runFx(() -> pane.editor().getStyleOfChar(note.indexOf("x_1"))))
                .contains(MarkdownHighlighter.MATH);
        assertThat(runFx(() -> pane.editor().getStyleOfChar(note.indexOf("a.org"))))
                .contains(MarkdownHighlighter.URL);
    }

    @Test
    void loadReplacesTextClearsUndoAndStartsAtTheTop(FxRobot robot) throws Exception {
        robot.clickOn(pane.editor());
        robot.write("old note");
        runFx(() -> {
            pane.load("new note\r\nsecond line");
            return null;
        });
        assertThat(pane.getText()).isEqualTo("new note\nsecond line");
        assertThat(runFx(() -> pane.editor().getUndoManager().isUndoAvailable())).isFalse();
        assertThat(runFx(() -> pane.editor().getCaretPosition())).isZero();
        runFx(() -> {
            pane.editor().undo();
            return null;
        });
        assertThat(pane.getText()).isEqualTo("new note\nsecond line");
    }

    @Test
    void typingIsUndoableAndHighlightingIsNotAnUndoStep(FxRobot robot) throws Exception {
        loadAndWait("# Title\n");
        robot.clickOn(pane.editor());
        robot.press(KeyCode.CONTROL).press(KeyCode.END).release(KeyCode.END).release(KeyCode.CONTROL);
        robot.write("**bold**");
        waitUntil(() -> runFx(() -> pane.editor().getStyleOfChar(pane.getText().indexOf("bold")))
                .contains(MarkdownHighlighter.STRONG));
        runFx(() -> {
            pane.editor().undo();
            return null;
        });
        assertThat(pane.getText()).isEqualTo("# Title\n");
    }

    @Test
    void findReplaceBarOpensWithCtrlHAndReplacesAll(FxRobot robot) throws Exception {
        loadAndWait("偏见 bias, Bias 和 bias。");
        robot.clickOn(pane.editor());
        robot.press(KeyCode.CONTROL).press(KeyCode.H).release(KeyCode.H).release(KeyCode.CONTROL);
        FindReplaceBar bar = pane.findReplaceBar();
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.findField().isFocused()).isTrue();
        robot.write("bias");
        assertThat(runFx(() -> pane.editor().getSelectedText())).isEqualTo("bias");
        assertThat(bar.status().getText()).isEqualTo(EditorMessages.format("find.count", 1, 3));
        robot.clickOn(bar.replaceField()).write("偏差");
        robot.clickOn("#replace-all");
        assertThat(pane.getText()).isEqualTo("偏见 偏差, 偏差 和 偏差。");
        runFx(() -> {
            pane.editor().undo();
            return null;
        });
        assertThat(pane.getText()).isEqualTo("偏见 bias, Bias 和 bias。");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(bar.isVisible()).isFalse();
    }

    @Test
    void findHonoursMatchCaseAndReplaceStepsThroughMatches(FxRobot robot) throws Exception {
        loadAndWait("Bias bias BIAS");
        runFx(() -> {
            pane.showFindReplace();
            return null;
        });
        FindReplaceBar bar = pane.findReplaceBar();
        robot.clickOn(bar.matchCase());
        robot.clickOn(bar.findField()).write("bias");
        assertThat(runFx(() -> pane.editor().getSelection().getStart())).isEqualTo(5);
        robot.clickOn(bar.replaceField()).write("b");
        robot.clickOn("#replace-one");
        assertThat(pane.getText()).isEqualTo("Bias b BIAS");
        assertThat(bar.status().getText()).isEqualTo(EditorMessages.get("find.none"));
    }

    @Test
    void chineseInputMethodCommitsIntoTheEditor(FxRobot robot) throws Exception {
        robot.clickOn(pane.editor());
        assertThat(pane.editor().getInputMethodRequests()).isNotNull();
        runFx(() -> {
            pane.editor().fireEvent(new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                    List.of(new InputMethodTextRun("yi wang", InputMethodHighlight.UNSELECTED_RAW)), "", 7));
            pane.editor().fireEvent(new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                    List.of(), "遗忘", 0));
            return null;
        });
        assertThat(pane.getText()).isEqualTo("遗忘");
    }

    @Test
    void modesShowEditorPreviewOrBoth() throws Exception {
        runFx(() -> {
            pane.setViewMode(ViewMode.EDITOR);
            return null;
        });
        assertThat(pane.editor().getScene()).isNotNull();
        assertThat(pane.preview().getScene()).isNull();
        runFx(() -> {
            pane.setViewMode(ViewMode.PREVIEW);
            return null;
        });
        assertThat(pane.editor().getScene()).isNull();
        assertThat(pane.preview().getScene()).isNotNull();
        runFx(() -> {
            pane.setViewMode(ViewMode.SPLIT);
            return null;
        });
        assertThat(pane.editor().getScene()).isNotNull();
        assertThat(pane.preview().getScene()).isNotNull();
    }

    @Test
    void splitKeepsItsDividerAcrossModeChanges() throws Exception {
        SplitPane split = (SplitPane) pane.getCenter();
        runFx(() -> {
            split.setDividerPositions(0.3);
            pane.setViewMode(ViewMode.EDITOR);
            pane.setViewMode(ViewMode.SPLIT);
            return null;
        });
        assertThat(runFx(() -> split.getDividerPositions()[0])).isCloseTo(0.3, within(0.01));
    }

    @Test
    void aSplitPositionSetWhileTheSplitIsHiddenIsWhereItReappears() throws Exception {
        SplitPane split = (SplitPane) pane.getCenter();
        runFx(() -> {
            pane.setViewMode(ViewMode.EDITOR);
            pane.setSplitPosition(0.7);
            return null;
        });
        assertThat(runFx(pane::getSplitPosition)).isEqualTo(0.7);

        runFx(() -> {
            pane.setViewMode(ViewMode.SPLIT);
            return null;
        });

        assertThat(runFx(() -> split.getDividerPositions()[0])).isCloseTo(0.7, within(0.01));
        runFx(() -> {
            split.setDividerPositions(0.4);
            return null;
        });
        assertThat(runFx(pane::getSplitPosition)).isCloseTo(0.4, within(0.01));
    }

    @Test
    void previewHiddenWhileEditingCatchesUpWhenShown() throws Exception {
        loadAndWait("first");
        runFx(() -> {
            pane.setViewMode(ViewMode.EDITOR);
            pane.editor().appendText(" 第二");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        runFx(() -> {
            pane.setViewMode(ViewMode.PREVIEW);
            return null;
        });
        waitUntil(() -> jsTrue("document.getElementById('pn-content').textContent.indexOf('第二') >= 0"));
    }

    @Test
    void updatingThePreviewKeepsItsScrollPosition() throws Exception {
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            note.append("第 ").append(i).append(" 段：一些文字 $x_").append(i).append("$\n\n");
        }
        runFx(() -> {
            pane.setViewMode(ViewMode.PREVIEW);
            return null;
        });
        loadAndWait(note.toString());
        js("window.scrollTo(0, 1500)");
        double before = ((Number) js("window.pageYOffset")).doubleValue();
        assertThat(before).isGreaterThan(1000);
        int updates = runFx(() -> {
            pane.editor().insertText(0, "新的开头\n\n");
            return pane.previewController().getUpdateCount();
        });
        waitUntil(() -> runFx(() -> pane.previewController().getUpdateCount()) > updates);
        assertThat(js("document.getElementById('pn-content').textContent.indexOf('新的开头') >= 0")).isEqualTo(true);
        assertThat(((Number) js("window.pageYOffset")).doubleValue()).isEqualTo(before);
    }

    @Test
    void previewFollowsTheEditorsScrollBySourcePosition() throws Exception {
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            note.append("paragraph ").append(i).append("\n\n");
        }
        loadAndWait(note.toString());
        // text added before every block: the preview keeps the blocks and shifts their source positions
        StringBuilder preface = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            preface.append("前言 ").append(i).append("\n\n");
        }
        int updates = runFx(() -> {
            pane.editor().insertText(0, preface.toString());
            return pane.previewController().getUpdateCount();
        });
        waitUntil(() -> runFx(() -> pane.previewController().getUpdateCount()) > updates);
        runFx(() -> {
            pane.editor().showParagraphAtTop(500);
            return null;
        });
        // the block at the top of the preview is the one at the editor's first visible line
        waitUntil(() -> jsTrue("(function(){var e=document.elementFromPoint(40, 30);"
                + "while(e&&!e.getAttribute('data-pos'))e=e.parentElement;"
                + "return !!e && Math.abs(parseInt(e.textContent.split(' ')[1]) - 150) <= 2;})()"));
    }

    private void loadAndWait(String note) throws Exception {
        waitForPreviewReady();
        // counted with the load on the FX thread: a render begun before it is dropped, so the next update is its
        int updates = runFx(() -> {
            pane.load(note);
            return pane.previewController().getUpdateCount();
        });
        waitUntil(() -> runFx(() -> pane.previewController().getUpdateCount()) > updates);
        waitUntil(() -> jsTrue("window.papernotes.isTypeset()")); // math and code are typeset in slices
    }

    private void waitForPreviewReady() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> runFx(() -> pane.previewController().isReady()));
    }

    private boolean jsTrue(String script) throws Exception {
        return Boolean.TRUE.equals(js(script));
    }

    private Object js(String script) throws Exception {
        WebEngine engine = pane.previewController().view().getEngine();
        return runFx(() -> engine.executeScript(script));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private static <T> T runFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
