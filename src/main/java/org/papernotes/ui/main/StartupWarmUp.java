package org.papernotes.ui.main;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * Work the FX thread would otherwise do only once the library is open, done while the library is still opening
 * (the FX thread has nothing else to do then): the window's kinds of controls are made once in a scene that is
 * never shown, so that their classes are loaded and initialised, their skins made, and the theme's and the
 * window's style sheets parsed and matched. The real window then builds and lays out faster.
 */
final class StartupWarmUp {

    private StartupWarmUp() {
    }

    /** Builds, styles and lays out a throw-away miniature of the window; {@code stylesheet} is the window's. */
    static void run(String stylesheet) {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList("warm-up"));
        TableColumn<String, String> column = new TableColumn<>("warm-up");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        table.getColumns().add(column);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ListView<String> list = new ListView<>(FXCollections.observableArrayList("warm-up"));
        VBox middle = new VBox(new TextField("warm-up"), table);
        SplitPane split = new SplitPane(list, middle, new Label("warm-up"));
        BorderPane root = new BorderPane(split);
        root.getStyleClass().add("main-window");
        root.setTop(new MenuBar(new Menu("warm-up")));
        root.setBottom(new Label("warm-up"));
        Scene scene = new Scene(root, 800, 600);
        scene.getStylesheets().add(stylesheet);
        root.applyCss();
        root.layout();
    }
}
