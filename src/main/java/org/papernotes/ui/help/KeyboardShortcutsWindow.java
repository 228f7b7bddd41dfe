package org.papernotes.ui.help;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.papernotes.ui.actions.AppAction;
import org.papernotes.ui.common.Messages;

/** Help → Keyboard shortcuts: a window with the table of {@link KeyboardShortcuts}; Esc closes it. */
public final class KeyboardShortcutsWindow {

    private KeyboardShortcutsWindow() {
    }

    public static Stage show(Window owner, List<AppAction> actions, Messages messages) {
        TableView<KeyboardShortcuts.Row> table = new TableView<>();
        table.setId("shortcuts-table");
        TableColumn<KeyboardShortcuts.Row, String> action = new TableColumn<>(messages.get("keys.column.action"));
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        action.setPrefWidth(340);
        action.setSortable(false);
        TableColumn<KeyboardShortcuts.Row, String> keys = new TableColumn<>(messages.get("keys.column.keys"));
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        keys.setPrefWidth(420);
        keys.setSortable(false);
        table.getColumns().setAll(List.of(action, keys));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(KeyboardShortcuts.rows(actions, messages));

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.get("keys.title"));
        Scene scene = new Scene(table, 780, 600);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
