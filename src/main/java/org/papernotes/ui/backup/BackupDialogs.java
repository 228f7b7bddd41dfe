package org.papernotes.ui.backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.papernotes.store.Backups;
import org.papernotes.store.Salvage;
import org.papernotes.ui.common.Dialogs;
import org.papernotes.ui.common.Messages;

/** The dialogs of backups and of a damaged library: which backup to restore, and the two ways out of damage. */
public final class BackupDialogs {

    private final BackupViewModel viewModel;
    private final Messages messages;
    private final Window owner;

    public BackupDialogs(BackupViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.owner = owner;
    }

    /** File → Back up now: makes one and says where. */
    public void backUpNow() {
        viewModel.backUpNow(file -> info(messages.get("backup.done.header"), messages.format("backup.done.body", file)));
    }

    /** File → Restore from backup…: lists the backups with dates and paper counts; the chosen one goes to {@code restore}. */
    public void chooseBackup(Consumer<Path> restore) {
        viewModel.list(backups -> {
            if (backups.isEmpty()) {
                info(messages.get("backup.none.header"), messages.format("backup.none.body", viewModel.folder()));
                return;
            }
            TableView<Backups.Backup> table = table(backups);
            ButtonType restoreButton = new ButtonType(messages.get("backup.restore"), ButtonBar.ButtonData.OK_DONE);
            Dialog<ButtonType> dialog = Dialogs.localize(new Dialog<>(), messages);
            dialog.initOwner(owner);
            dialog.setTitle(messages.get("backup.restore.title"));
            dialog.setHeaderText(messages.format("backup.restore.header", viewModel.folder()));
            dialog.getDialogPane().setId("restore-backup");
            dialog.getDialogPane().getButtonTypes().setAll(restoreButton, ButtonType.CANCEL);
            dialog.getDialogPane().setContent(new VBox(8, new Label(messages.get("backup.restore.body")), table));
            Button ok = (Button) dialog.getDialogPane().lookupButton(restoreButton);
            ok.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            table.getSelectionModel().selectFirst();
            Optional<ButtonType> answer = dialog.showAndWait();
            Backups.Backup chosen = table.getSelectionModel().getSelectedItem();
            if (answer.filter(restoreButton::equals).isPresent() && chosen != null) {
                restore.accept(chosen.file());
            }
        });
    }

    /**
     * The library was found damaged and opened read-only: offers to restore the latest backup (to {@code restore})
     * or to save every readable paper into a new library (then opened through {@code open}).
     */
    public void damaged(String reason, Consumer<Path> restore, Consumer<Path> open) {
        ButtonType fromBackup = new ButtonType(messages.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType salvage = new ButtonType(messages.get("damaged.salvage"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(messages.get("damaged.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Dialogs.localize(new Alert(Alert.AlertType.ERROR, messages.format("damaged.body", reason),
                fromBackup, salvage, keep), messages);
        alert.initOwner(owner);
        alert.setTitle(messages.get("damaged.title"));
        alert.setHeaderText(messages.get("damaged.header"));
        alert.getDialogPane().setId("library-damaged");
        alert.getDialogPane().setMinWidth(560);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(fromBackup::equals).isPresent()) {
            viewModel.list(backups -> {
                if (backups.isEmpty()) {
                    info(messages.get("backup.none.header"), messages.format("backup.none.body", viewModel.folder()));
                } else {
                    restore.accept(backups.get(0).file());
                }
            });
        } else if (answer.filter(salvage::equals).isPresent()) {
            viewModel.salvage(result -> salvaged(result, open));
        }
    }

    private void salvaged(Salvage.Result result, Consumer<Path> open) {
        ButtonType openIt = new ButtonType(messages.get("damaged.openSalvaged"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = Dialogs.localize(new Alert(Alert.AlertType.INFORMATION,
                messages.format("damaged.salvaged.body", result.saved(), result.file(), result.lost()), openIt,
                ButtonType.CLOSE), messages);
        alert.initOwner(owner);
        alert.setTitle(messages.get("damaged.title"));
        alert.setHeaderText(messages.format("damaged.salvaged.header", result.saved()));
        alert.getDialogPane().setId("library-salvaged");
        alert.showAndWait().filter(openIt::equals).ifPresent(ok -> open.accept(result.file()));
    }

    private TableView<Backups.Backup> table(List<Backups.Backup> backups) {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        TableView<Backups.Backup> table = new TableView<>();
        table.setId("backup-table");
        table.getItems().setAll(backups);
        table.setPrefSize(520, 260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Backups.Backup, String> when = new TableColumn<>(messages.get("backup.column.date"));
        when.setCellValueFactory(row -> new SimpleStringProperty(time.format(row.getValue().createdAt())));
        when.setPrefWidth(220);
        TableColumn<Backups.Backup, String> papers = new TableColumn<>(messages.get("backup.column.papers"));
        papers.setCellValueFactory(row -> new SimpleStringProperty(row.getValue().papers() < 0
                ? messages.get("backup.unreadable") : Integer.toString(row.getValue().papers())));
        TableColumn<Backups.Backup, String> size = new TableColumn<>(messages.get("backup.column.size"));
        size.setCellValueFactory(row -> new SimpleStringProperty(
                messages.format("backup.size", Math.max(1, row.getValue().bytes() / 1024))));
        table.getColumns().setAll(List.of(when, papers, size));
        return table;
    }

    private void info(String header, String body) {
        Alert alert = Dialogs.localize(new Alert(Alert.AlertType.INFORMATION, body), messages);
        alert.initOwner(owner);
        alert.setTitle(messages.get("backup.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId("backup-info");
        alert.show();
    }
}
