package org.papernotes.ui.detail;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.papernotes.ui.common.Messages;

/**
 * The paper's abstract in the header: folded, one line of it (or a prompt to add one); unfolded, the whole text to
 * read and edit. The toggle, a click on the line, or Enter on the toggle unfold it; Esc in the text folds it again.
 */
final class AbstractField extends HBox {

    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final TextArea area = new TextArea();

    AbstractField(StringProperty text, Messages messages) {
        setId("abstract-field");
        setSpacing(4);
        setAlignment(Pos.TOP_LEFT);
        Button toggle = new Button();
        toggle.setId("abstract-toggle");
        toggle.getStyleClass().addAll("flat", "header-toggle");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.textProperty().bind(Bindings.when(open).then("\u25be").otherwise("\u25b8"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.when(open).then(messages.get("field.abstract.hide"))
                .otherwise(messages.get("field.abstract.show")));
        toggle.setTooltip(tip);
        toggle.setOnAction(e -> setOpen(!open.get()));

        Label line = new Label();
        line.setId("abstract-line");
        line.setMinWidth(0);
        line.setMaxWidth(Double.MAX_VALUE);
        line.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        line.textProperty().bind(Bindings.createStringBinding(() -> {
            String value = text.get() == null ? "" : text.get().strip().replaceAll("\\s+", " ");
            return value.isEmpty() ? messages.get("field.abstract.none") : value;
        }, text));
        line.getStyleClass().add("abstract-line");
        Runnable muteWhenEmpty = () -> {
            boolean empty = text.get() == null || text.get().isBlank();
            if (empty != line.getStyleClass().contains("text-muted")) {
                if (empty) {
                    line.getStyleClass().add("text-muted");
                } else {
                    line.getStyleClass().remove("text-muted");
                }
            }
        };
        text.addListener((o, old, now) -> muteWhenEmpty.run());
        muteWhenEmpty.run();
        line.setOnMouseClicked(e -> setOpen(true));
        line.visibleProperty().bind(open.not());
        line.managedProperty().bind(line.visibleProperty());
        HBox.setHgrow(line, Priority.ALWAYS);

        area.setId("abstract-area");
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setMinWidth(0);
        area.setPromptText(messages.get("field.abstract.prompt"));
        area.textProperty().bindBidirectional(text);
        area.visibleProperty().bind(open);
        area.managedProperty().bind(area.visibleProperty());
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                setOpen(false);
                toggle.requestFocus();
                e.consume();
            }
        });
        HBox.setHgrow(area, Priority.ALWAYS);
        getChildren().addAll(toggle, line, area);
    }

    // 'open' property: the whole abstract shows (the window remembers it)
    BooleanProperty openProperty() {
        return open;
    }

    private void setOpen(boolean value) {
        open.set(value);
        if (value) {
            area.requestFocus();
        }
    }
}
