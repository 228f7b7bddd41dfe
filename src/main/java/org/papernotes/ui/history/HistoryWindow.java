package org.papernotes.ui.history;

import com.github.difflib.text.DiffRow;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.papernotes.model.PaperVersion;
import org.papernotes.ui.common.Dialogs;
import org.papernotes.ui.common.Messages;

/**
 * The History panel (View → History, Ctrl+Shift+H): a window beside the main one with the open paper's versions
 * on the left (time, why it was kept, what changed) and the selected one compared side by side on the right.
 */
public final class HistoryWindow {

    private static final String CSS = "/org/papernotes/ui/history/history.css";

    private final HistoryViewModel viewModel;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final ListView<PaperVersion> list = new ListView<>();
    private final TableView<DiffRow> diff = new TableView<>();
    private final Label notice = new Label();
    private final DateTimeFormatter time;

    public HistoryWindow(HistoryViewModel viewModel, Messages messages, Window owner, String stylesheet) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        stage.initOwner(owner);
        stage.setTitle(messages.get("history.title"));

        list.setId("history-versions");
        list.setItems(viewModel.versions());
        list.setCellFactory(v -> new VersionCell());
        list.setPlaceholder(new Label(messages.get("history.none")));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, version) -> {
            if (version != null) {
                viewModel.selectedProperty().set(version);
            }
        });
        viewModel.selectedProperty().addListener((o, old, version) -> {
            if (version != null && list.getSelectionModel().getSelectedItem() != version) {
                list.getSelectionModel().select(version);
                list.scrollTo(version);
            }
        });

        CheckBox withCurrent = new CheckBox(messages.get("history.compareWithCurrent"));
        withCurrent.setId("history-compare-current");
        withCurrent.selectedProperty().bindBidirectional(viewModel.compareWithCurrentProperty());
        Button copy = new Button(messages.get("history.copy"));
        copy.setId("history-copy");
        copy.setOnAction(e -> viewModel.selectedNote(text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }));
        Button restore = new Button(messages.get("history.restore"));
        restore.setId("history-restore");
        restore.getStyleClass().add("accent");
        restore.setOnAction(e -> confirmRestore());
        var none = viewModel.selectedProperty().isNull();
        copy.disableProperty().bind(none);
        restore.disableProperty().bind(none);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, withCurrent, gap, copy, restore);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));

        notice.setId("history-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("history-notice");
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());

        diff.setId("history-diff");
        diff.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DiffRow, String> left = column(true);
        TableColumn<DiffRow, String> right = column(false);
        diff.getColumns().setAll(java.util.List.of(left, right));
        diff.setPlaceholder(new Label(messages.get("history.pick")));
        viewModel.comparisonProperty().addListener((o, old, comparison) -> {
            diff.getItems().setAll(comparison == null ? java.util.List.of() : comparison.rows());
            left.setText(comparison == null ? "" : label(comparison.left(), true));
            right.setText(comparison == null ? "" : label(comparison.right(), false));
        });

        VBox side = new VBox(bar, notice, diff);
        VBox.setVgrow(diff, Priority.ALWAYS);
        SplitPane split = new SplitPane(list, side);
        split.setDividerPositions(0.28);
        SplitPane.setResizableWithParent(list, false);
        BorderPane root = new BorderPane(split);
        root.setId("history-window");
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        Scene scene = new Scene(root, 1000, 640);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        scene.getStylesheets().add(getClass().getResource(CSS).toExternalForm());
        stage.setScene(scene);
    }

    /** Shows the window for the open paper, with version {@code select} selected (null: the newest). */
    public void show(Integer select, String noticeText) {
        notice.setText(noticeText == null ? "" : noticeText);
        if (noticeText != null) {
            viewModel.compareWithCurrentProperty().set(true);
        }
        viewModel.load(select);
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    /** The list of versions (the benchmark waits for its cells). */
    public ListView<PaperVersion> versionsList() {
        return list;
    }

    private void confirmRestore() {
        PaperVersion version = viewModel.selectedProperty().get();
        if (version == null) {
            return;
        }
        Alert alert = Dialogs.localize(new Alert(Alert.AlertType.CONFIRMATION,
                messages.format("history.restore.body", version.number()), ButtonType.OK, ButtonType.CANCEL), messages);
        alert.initOwner(stage);
        alert.setTitle(messages.get("history.restore.title"));
        alert.setHeaderText(messages.format("history.restore.header", version.number()));
        alert.getDialogPane().setId("history-restore-confirm");
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.restore());
    }

    private String label(Integer number, boolean left) {
        if (number == null) {
            return messages.get(left ? "history.nothingBefore" : "history.now");
        }
        return messages.format("history.version", number);
    }

    private TableColumn<DiffRow, String> column(boolean old) {
        TableColumn<DiffRow, String> column = new TableColumn<>();
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(row -> new SimpleStringProperty(old ? row.getValue().getOldLine()
                : row.getValue().getNewLine()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("diff-added", "diff-removed", "diff-changed");
                DiffRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || line == null ? null : line);
                if (row == null) {
                    return;
                }
                // A line only on the right was added, one only on the left removed, one on both sides changed.
                boolean marked = switch (row.getTag()) {
                    case INSERT -> !old;
                    case DELETE -> old;
                    case CHANGE -> true;
                    default -> false;
                };
                if (marked) {
                    getStyleClass().add(row.getTag() == DiffRow.Tag.CHANGE ? "diff-changed"
                            : old ? "diff-removed" : "diff-added");
                }
            }
        });
        return column;
    }

    private final class VersionCell extends ListCell<PaperVersion> {
        private final Label when = new Label();
        private final Label what = new Label();
        private final VBox box = new VBox(2, when, what);

        VersionCell() {
            when.getStyleClass().add("history-when");
            what.getStyleClass().add("history-what");
        }

        @Override
        protected void updateItem(PaperVersion version, boolean empty) {
            super.updateItem(version, empty);
            if (empty || version == null) {
                setGraphic(null);
                return;
            }
            when.setText(messages.format("history.entry", version.number(), time.format(version.createdAt())));
            what.setText(VersionTexts.describe(version, messages));
            setGraphic(box);
        }
    }
}
