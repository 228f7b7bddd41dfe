package org.papernotes.ui.backup;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.papernotes.ui.common.Dialogs;
import org.papernotes.ui.common.Messages;

/**
 * File → Backup folder…: where this library's backups go. The folder is typed or chosen; it is created if missing,
 * and one that cannot be written is refused with the reason while the dialog stays open.
 */
public final class BackupFolderDialog {

    private final BackupViewModel viewModel;
    private final Messages messages;
    private final Window owner;

    public BackupFolderDialog(BackupViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.owner = owner;
    }

    public void show() {
        ButtonType use = new ButtonType(messages.get("backupFolder.use"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = Dialogs.localize(new Dialog<>(), messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("backupFolder.title"));
        dialog.setHeaderText(messages.get("backupFolder.header"));
        dialog.getDialogPane().setId("backup-folder");
        dialog.getDialogPane().getButtonTypes().setAll(use, ButtonType.CANCEL);

        TextField field = new TextField(viewModel.folder().toString());
        field.setId("backup-folder-field");
        field.setPrefColumnCount(40);
        HBox.setHgrow(field, Priority.ALWAYS);
        Label caption = new Label(messages.get("backupFolder.label"));
        caption.setLabelFor(field);
        Button choose = new Button(messages.get("backupFolder.choose"));
        choose.setId("backup-folder-choose");
        choose.setOnAction(e -> choose(field));
        Button standard = new Button(messages.get("backupFolder.default"));
        standard.setId("backup-folder-default");
        standard.setOnAction(e -> field.setText(viewModel.defaultFolder().toString()));
        HBox row = new HBox(8, field, choose, standard);
        row.setAlignment(Pos.CENTER_LEFT);
        Label explanation = new Label(messages.get("backupFolder.explanation"));
        explanation.setWrapText(true);
        Label problem = new Label();
        problem.setId("backup-folder-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        field.textProperty().addListener((o, old, now) -> problem.setText(""));
        VBox content = new VBox(8, caption, row, explanation, problem);
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);

        Button ok = (Button) dialog.getDialogPane().lookupButton(use);
        // The dialog closes only once the folder is in use: a folder that cannot be written keeps it open.
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            BackupViewModel.FolderProblem wrong = BackupViewModel.check(field.getText());
            if (wrong != null) {
                problem.setText(messages.get(wrong == BackupViewModel.FolderProblem.EMPTY
                        ? "backupFolder.empty" : "backupFolder.notAbsolute"));
                return;
            }
            ok.setDisable(true);
            viewModel.setFolder(field.getText(), folder -> {
                ok.setDisable(false);
                dialog.setResult(use);
                dialog.close();
            }, error -> {
                ok.setDisable(false);
                problem.setText(messages.format("backupFolder.failed", error.getMessage()));
            });
        });
        field.requestFocus();
        dialog.show();
    }

    private void choose(TextField field) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("backupFolder.title"));
        Path current = Path.of(field.getText().isBlank() ? viewModel.folder().toString() : field.getText().strip());
        for (Path at = current; at != null; at = at.getParent()) {
            if (Files.isDirectory(at)) {
                chooser.setInitialDirectory(at.toFile());
                break;
            }
        }
        File chosen = chooser.showDialog(field.getScene().getWindow());
        if (chosen != null) {
            field.setText(chosen.getAbsolutePath());
        }
    }
}
