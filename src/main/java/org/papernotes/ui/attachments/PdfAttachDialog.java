package org.papernotes.ui.attachments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.papernotes.model.ByteSize;
import org.papernotes.model.PaperPdf;
import org.papernotes.ui.common.Dialogs;
import org.papernotes.ui.common.Messages;

/**
 * "Attach this PDF to this paper?": link it where it lies (the default) or copy it into the library, with the
 * choice remembered on request. Asked for a drop too, since a PDF dropped on the wrong row is easy to do.
 */
final class PdfAttachDialog {

    /** The user's answer: copy into the library or link, and whether to keep that choice as the default. */
    record Answer(boolean copy, boolean remember) {
    }

    private PdfAttachDialog() {
    }

    static Optional<Answer> ask(Window owner, Messages messages, Path file, String paperTitle, PaperPdf replaced,
                                boolean copyByDefault) {
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            size = -1;
        }
        ToggleGroup group = new ToggleGroup();
        RadioButton link = new RadioButton(messages.get("pdf.dialog.link"));
        link.setId("pdf-dialog-link");
        link.setToggleGroup(group);
        RadioButton copy = new RadioButton(messages.get("pdf.dialog.copy"));
        copy.setId("pdf-dialog-copy");
        copy.setToggleGroup(group);
        (copyByDefault ? copy : link).setSelected(true);
        CheckBox remember = new CheckBox(messages.get("pdf.dialog.remember"));
        remember.setId("pdf-dialog-remember");
        Label explanation = new Label(messages.get("pdf.dialog.explanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add("text-muted");
        VBox content = new VBox(8, link, copy, explanation, remember);
        if (replaced != null) {
            content.getChildren().add(0, new Label(messages.format("pdf.dialog.replaces", replaced.name())));
        }
        content.setPadding(new Insets(4, 0, 0, 0));

        ButtonType ok = new ButtonType(messages.get("pdf.dialog.attach"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = Dialogs.localize(new Alert(Alert.AlertType.CONFIRMATION, "", ok, ButtonType.CANCEL), messages);
        alert.initOwner(owner);
        alert.setTitle(messages.get("pdf.dialog.title"));
        alert.setHeaderText(messages.format("pdf.dialog.header", file.getFileName(),
                size >= 0 ? ByteSize.format(size) : "?", paperTitle));
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("pdf-dialog");
        alert.getDialogPane().setMinWidth(480);
        return alert.showAndWait().filter(ok::equals).map(b -> new Answer(copy.isSelected(), remember.isSelected()));
    }
}
