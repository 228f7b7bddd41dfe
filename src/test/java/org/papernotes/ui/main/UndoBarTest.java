package org.papernotes.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.common.Messages;

/** The offer to undo a delete, under the search box. */
class UndoBarTest extends WindowTestSupport {

    @TempDir
    Path folder;

    private void openAndDelete(String title) throws Exception {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            seed.papers().insert(Paper.titled("Kept"));
            seed.papers().insert(Paper.titled(title));
        }
        open(library);
        clickOn(title);
        waitUntil(() -> window.viewModel().paper().getPaper() != null);
        type(KeyCode.DELETE);
        waitUntil(() -> lookup("#undo-bar").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
    }

    @Test
    void theNextActionTakesTheOfferAway() throws Exception {
        openAndDelete("Gone");

        push(KeyCode.CONTROL, KeyCode.N);

        waitUntil(() -> !lookup("#undo-bar").query().isVisible());
        assertThat(window.viewModel().list().lastDeletedProperty().get()).isNotNull(); // Edit → Undo still can
    }

    @Test
    void afterSwitchingLanguageTheOfferSaysWhatWasDeletedInThatLanguage() throws Exception {
        openAndDelete("Gone");

        interact(() -> window.session.switchLanguage(Locale.SIMPLIFIED_CHINESE));

        waitUntil(() -> lookup("#undo-text").tryQuery().isPresent());
        Label text = lookup("#undo-text").queryAs(Label.class);
        assertThat(text.getText()).isEqualTo(Messages.of(Locale.SIMPLIFIED_CHINESE).format("undo.deleted", "Gone"));
        assertThat(lookup("#undo-bar").query().isVisible()).isTrue();
        assertThat(lookup("#undo-delete").queryButton().getText()).isEqualTo("撤销");
    }
}
