package org.papernotes.ui.trash;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.papernotes.model.TrashedPaper;
import org.papernotes.ui.common.Dialogs;
import org.papernotes.ui.common.Messages;

/** The Trash window: deleted papers with Restore, Delete for good and Empty trash, the last two confirmed first. */
public final class TrashWindow {

    private final TrashViewModel viewModel;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final TableView<TrashedPaper> table = new TableView<>();

    public TrashWindow(TrashViewModel viewModel, Messages messages, Window owner, String stylesheet) {
        this.viewModel = viewModel;
        this.messages = messages;
        stage.initOwner(owner);
        stage.setTitle(messages.get("trash.title"));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());

        table.setId("trash-table");
        table.setItems(viewModel.papers());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(messages.get("trash.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TrashedPaper, String> title = new TableColumn<>(messages.get("column.title"));
        title.setCellValueFactory(row -> new SimpleStringProperty(row.getValue().title()));
        title.setPrefWidth(360);
        TableColumn<TrashedPaper, String> tags = new TableColumn<>(messages.get("field.tags"));
        tags.setCellValueFactory(row -> new SimpleStringProperty(String.join(", ", row.getValue().tags())));
        TableColumn<TrashedPaper, String> deleted = new TableColumn<>(messages.get("trash.deletedAt"));
        deleted.setCellValueFactory(row -> new SimpleStringProperty(time.format(row.getValue().deletedAt())));
        table.getColumns().setAll(List.of(title, tags, deleted));

        var noneChosen = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        Button restore = new Button(messages.get("trash.restore"));
        restore.setId("trash-restore");
        restore.getStyleClass().add("accent");
        restore.disableProperty().bind(noneChosen);
        restore.setOnAction(e -> viewModel.restore(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button delete = new Button(messages.get("trash.deleteForever"));
        delete.setId("trash-delete-forever");
        delete.disableProperty().bind(noneChosen);
        delete.setOnAction(e -> {
            List<TrashedPaper> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
            if (confirm(messages.format("trash.deleteForever.body", chosen.size()))) {
                viewModel.deleteForever(chosen);
            }
        });
        Button empty = new Button(messages.get("trash.emptyTrash"));
        empty.setId("trash-empty");
        empty.disableProperty().bind(Bindings.isEmpty(viewModel.papers()));
        empty.setOnAction(e -> {
            if (confirm(messages.format("trash.emptyTrash.body", viewModel.papers().size()))) {
                viewModel.empty();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, restore, gap, delete, empty);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane root = new BorderPane(table, null, null, bar, null);
        root.setId("trash-window");
        Scene scene = new Scene(root, 760, 420);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        stage.setScene(scene);
    }

    public void show() {
        viewModel.refresh();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    /** Removing for good is the dangerous answer, so Cancel is the default one. */
    private boolean confirm(String body) {
        ButtonType remove = new ButtonType(messages.get("trash.removeForGood"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = Dialogs.localize(new Alert(Alert.AlertType.WARNING, body, remove, ButtonType.CANCEL), messages);
        alert.initOwner(stage);
        alert.setTitle(messages.get("trash.title"));
        alert.setHeaderText(messages.get("trash.confirm.header"));
        alert.getDialogPane().setId("trash-confirm");
        ((Button) alert.getDialogPane().lookupButton(remove)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(remove::equals).isPresent();
    }
}
