package org.papernotes.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.papernotes.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The tag chips under the keyboard: typing, Backspace, Enter with suggestions open, undo. */
@ExtendWith(ApplicationExtension.class)
class TagChipsFieldTest {

    private final ObservableList<String> tags = FXCollections.observableArrayList("privacy", "unlearning");
    private final ObservableList<String> known = FXCollections.observableArrayList("privacy", "unlearning", "survey");
    private TagChipsField field;

    @Start
    void start(Stage stage) {
        field = new TagChipsField(tags, known, Messages.of(Locale.ENGLISH));
        stage.setScene(new Scene(new VBox(field), 500, 200));
        stage.show();
    }

    @Test
    void backspaceThatEmptiesTheFieldKeepsEveryTag(FxRobot robot) {
        robot.clickOn(field.input());
        robot.write("ab");
        robot.type(KeyCode.BACK_SPACE, 2);

        assertThat(field.input().getText()).isEmpty();
        assertThat(tags).containsExactly("privacy", "unlearning");
    }

    @Test
    void backspaceInTheEmptyFieldMarksTheLastTagAndASecondRemovesIt(FxRobot robot) {
        robot.clickOn(field.input());
        robot.type(KeyCode.BACK_SPACE);

        assertThat(tags).containsExactly("privacy", "unlearning");
        assertThat(robot.lookup("#tag-chip-marked").queryAll()).hasSize(1);

        robot.type(KeyCode.BACK_SPACE);
        assertThat(tags).containsExactly("privacy");
    }

    @Test
    void ctrlZInTheEmptyFieldBringsBackTheRemovedTag(FxRobot robot) {
        robot.clickOn(field.input());
        robot.type(KeyCode.BACK_SPACE, 2);
        robot.push(KeyCode.CONTROL, KeyCode.Z);

        assertThat(tags).containsExactly("privacy", "unlearning");
    }

    @Test
    void ctrlZDoesNotBringATagOfTheLastPaperToTheNextOne(FxRobot robot) {
        robot.clickOn(field.input());
        robot.type(KeyCode.BACK_SPACE, 2);
        robot.interact(() -> tags.setAll("survey")); // another paper opened
        robot.clickOn(field.input());
        robot.push(KeyCode.CONTROL, KeyCode.Z);

        assertThat(tags).containsExactly("survey");
    }

    @Test
    void typingAfterMarkingUnmarksTheLastTag(FxRobot robot) {
        robot.clickOn(field.input());
        robot.type(KeyCode.BACK_SPACE);
        robot.write("x");
        robot.type(KeyCode.BACK_SPACE, 2);

        assertThat(tags).containsExactly("privacy", "unlearning");
    }

    @Test
    void enterWithSuggestionsShownAddsWhatWasTyped(FxRobot robot) throws Exception {
        robot.interact(tags::clear);
        robot.clickOn(field.input());
        robot.write("surv");
        waitUntil(() -> robot.lookup("survey").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);

        waitUntil(() -> !tags.isEmpty());
        assertThat(tags).containsExactly("surv");
        assertThat(field.input().getText()).isEmpty();
    }

    @Test
    void downThenEnterTakesTheSuggestion(FxRobot robot) throws Exception {
        robot.interact(tags::clear);
        robot.clickOn(field.input());
        robot.write("surv");
        waitUntil(() -> robot.lookup("survey").tryQuery().isPresent());
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> !tags.isEmpty());
        assertThat(tags).isEqualTo(List.of("survey"));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
