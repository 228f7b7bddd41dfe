package org.papernotes.ui.blog;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.papernotes.ui.common.Messages;

/**
 * The frame of the export and import dialogs: a window-modal stage with the main window's look, a progress
 * line while the work runs, and two buttons: the task's own (default, Enter) and Cancel/Close (Esc), which
 * cancels a running task and otherwise closes the dialog.
 */
abstract class BlogDialog {

    /** Text colours of report lines, from the AtlantaFX theme (light and dark). */
    protected static final String DANGER_TEXT = "-fx-text-fill: -color-danger-fg;";
    protected static final String WARNING_TEXT = "-fx-text-fill: -color-warning-fg;";

    protected final Messages messages;
    protected final Stage stage = new Stage();
    protected final BorderPane root = new BorderPane();
    protected final Button primary = new Button();
    protected final Button close = new Button();
    private final BlogTaskViewModel task;

    BlogDialog(Window owner, Messages messages, BlogTaskViewModel task, String id) {
        this.messages = messages;
        this.task = task;
        root.setId(id);
        root.getStyleClass().add("blog-dialog");
        root.setPadding(new Insets(14));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        Scene scene = new Scene(root, 860, 620);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot().getStyleClass().contains("dark")) {
                root.getStyleClass().add("dark");
            }
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> task.cancel());

        ProgressBar bar = new ProgressBar();
        bar.setId(id + "-progress");
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(220);
        bar.visibleProperty().bind(task.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label item = new Label();
        item.setId(id + "-item");
        item.setMinWidth(0);
        item.getStyleClass().add("muted");
        item.textProperty().bind(Bindings.when(task.runningProperty()).then(task.itemProperty()).otherwise(""));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(item, Priority.SOMETIMES);

        primary.setDefaultButton(true);
        primary.getStyleClass().add("accent");
        close.setId(id + "-close");
        close.setCancelButton(true);
        close.textProperty().bind(Bindings.when(task.runningProperty())
                .then(messages.get("blog.cancel")).otherwise(messages.get("blog.close")));
        close.setOnAction(e -> {
            if (task.runningProperty().get()) {
                task.cancel();
            } else {
                stage.close();
            }
        });
        // Lists and text areas take Esc for themselves; in these dialogs it always means Cancel/Close.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                close.fire();
                e.consume();
            }
        });
        HBox buttons = new HBox(10, bar, item, gap, close, primary);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(12, 0, 0, 0));
        root.setBottom(buttons);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    /** Why the whole task failed, in the interface's language where the blog package gave a reason. */
    protected String errorText() {
        var reason = task.errorReasonProperty().get();
        return reason != null ? BlogReasons.text(messages, reason) : task.errorProperty().get();
    }

    /** A line in the danger colour that is hidden (and takes no room) while empty. */
    protected static Label problemLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("danger");
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
