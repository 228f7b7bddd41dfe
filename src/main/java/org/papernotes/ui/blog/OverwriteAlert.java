package org.papernotes.ui.blog;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.model.Paper;
import org.papernotes.ui.common.Messages;

/**
 * Asks whether an existing post file may be changed, showing the change as a diff: Overwrite or Skip, with "the
 * same for all such files of this export". Skip is the default and what Esc answers.
 */
final class OverwriteAlert implements OverwriteQuestion {

    private final Window owner;
    private final Messages messages;

    OverwriteAlert(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Answer ask(Paper paper, Path file, OverwritePolicy.Conflict conflict, String diff) {
        ButtonType overwrite = new ButtonType(messages.get("overwrite.yes"), ButtonBar.ButtonData.OTHER);
        ButtonType skip = new ButtonType(messages.get("overwrite.skip"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", overwrite, skip);
        alert.initOwner(owner);
        alert.setTitle(messages.get("overwrite.title"));
        String header = switch (conflict) {
            case CHANGED_SINCE_EXPORT -> "overwrite.changed";
            case NOT_WRITTEN_BY_PAPERNOTES -> "overwrite.foreign";
            case WOULD_CHANGE -> "overwrite.ours";
        };
        alert.setHeaderText(messages.format(header, file.getFileName().toString()));
        Label body = new Label(messages.format("overwrite.body", paper.title(), file.toString()));
        body.setWrapText(true);
        TextArea changes = new TextArea(diff);
        changes.setId("overwrite-diff");
        changes.setEditable(false);
        changes.setWrapText(false);
        changes.setPrefRowCount(14);
        changes.setStyle("-fx-font-family: monospace;");
        Label changesLabel = new Label(messages.get("overwrite.diff"));
        changesLabel.setLabelFor(changes);
        CheckBox forAll = new CheckBox(messages.get("overwrite.forAll"));
        forAll.setId("overwrite-all");
        VBox content = new VBox(10, body, changesLabel, changes, forAll);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("overwrite-question");
        alert.getDialogPane().setMinWidth(640);
        Button overwriteButton = (Button) alert.getDialogPane().lookupButton(overwrite);
        overwriteButton.setId("overwrite-yes");
        overwriteButton.setDefaultButton(false);
        Button skipButton = (Button) alert.getDialogPane().lookupButton(skip);
        skipButton.setId("overwrite-skip");
        skipButton.setDefaultButton(true);
        boolean yes = alert.showAndWait().filter(overwrite::equals).isPresent();
        return new Answer(yes, forAll.isSelected());
    }
}
