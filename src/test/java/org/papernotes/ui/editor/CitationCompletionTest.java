package org.papernotes.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Typing {@code [@} in the note editor offers the library's citation keys, as a person types them. */
@ExtendWith(ApplicationExtension.class)
class CitationCompletionTest {

    private static final List<CitationSuggestions.Suggestion> PAPERS = List.of(
            new CitationSuggestions.Suggestion("vaswani2017", "Attention Is All You Need", 2017, "Vaswani et al."),
            new CitationSuggestions.Suggestion("devlin2019", "BERT", 2019, "Devlin et al."),
            new CitationSuggestions.Suggestion("wang2020", "注意力机制综述", 2020, "王小明"));

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private NotePane pane;

    @Start
    void start(Stage stage) {
        pane = new NotePane(background, Duration.ofMillis(30));
        pane.setCitations(null, (typed, limit) -> PAPERS.stream()
                .filter(p -> p.key().startsWith(typed.toLowerCase(Locale.ROOT))).limit(limit).toList());
        stage.setScene(new Scene(pane, 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        runFx(() -> {
            pane.dispose();
            return null;
        });
        background.shutdownNow();
    }

    @Test
    void typingAKeyNarrowsTheListAndEnterWritesItWithTheClosingBracket(FxRobot robot) throws Exception {
        robot.clickOn(pane.editor());
        robot.write("见 [@");
        waitUntil(() -> runFx(() -> pane.citationCompletion().isShowing()));
        assertThat(runFx(() -> pane.citationCompletion().list().getItems().size())).isEqualTo(3);

        robot.write("de");
        waitUntil(() -> runFx(() -> pane.citationCompletion().list().getItems().size()) == 1);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> runFx(() -> !pane.citationCompletion().isShowing()));
        assertThat(pane.getText()).isEqualTo("见 [@devlin2019]");
        assertThat(runFx(() -> pane.editor().getCaretPosition())).isEqualTo("见 [@devlin2019]".length());
    }

    @Test
    void downChoosesTheNextPaperAndASecondKeyInTheSameBracketIsOfferedToo(FxRobot robot) throws Exception {
        robot.clickOn(pane.editor());
        robot.write("[@vaswani2017; @");
        waitUntil(() -> runFx(() -> pane.citationCompletion().isShowing()));

        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.TAB);

        waitUntil(() -> pane.getText().equals("[@vaswani2017; @devlin2019]"));
    }

    @Test
    void escapeLeavesWhatWasTypedAsItIs(FxRobot robot) throws Exception {
        robot.clickOn(pane.editor());
        robot.write("[@va");
        waitUntil(() -> runFx(() -> pane.citationCompletion().isShowing()));

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> runFx(() -> !pane.citationCompletion().isShowing()));
        assertThat(pane.getText()).isEqualTo("[@va");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private static <T> T runFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
