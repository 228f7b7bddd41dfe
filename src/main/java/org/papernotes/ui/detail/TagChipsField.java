package org.papernotes.ui.detail;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.papernotes.ui.common.Messages;

/**
 * A paper's tags as chips, each with a remove button, and a field to add more that completes from the
 * library's tags. Enter, Tab or a comma adds what was typed; Backspace in the empty field removes the last.
 */
public final class TagChipsField extends FlowPane {

    private static final int MAX_SUGGESTIONS = 8;

    private final ObservableList<String> tags;
    private final ObservableList<String> known;
    private final TextField input = new TextField();
    private final ContextMenu suggestions = new ContextMenu();

    public TagChipsField(ObservableList<String> tags, ObservableList<String> known, Messages messages) {
        super(6, 6);
        this.tags = tags;
        this.known = known;
        getStyleClass().add("tag-chips");
        setAlignment(Pos.CENTER_LEFT);
        input.setId("tag-input");
        input.setPromptText(messages.get("tags.add"));
        input.getStyleClass().add("tag-input");
        input.setPrefColumnCount(10);
        input.textProperty().addListener((o, old, text) -> {
            if (text.contains(",")) {
                String[] parts = text.split(",", -1);
                for (int i = 0; i < parts.length - 1; i++) {
                    add(parts[i]);
                }
                input.setText(parts[parts.length - 1]);
            } else {
                suggest(text);
            }
        });
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || (e.getCode() == KeyCode.TAB && !input.getText().isBlank())) {
                add(input.getText());
                input.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !tags.isEmpty()) {
                tags.remove(tags.size() - 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                suggestions.hide();
            }
        });
        input.focusedProperty().addListener((o, old, focused) -> {
            if (!focused) {
                suggestions.hide();
            }
        });
        tags.addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    public TextField input() {
        return input;
    }

    private void add(String text) {
        String tag = text.strip();
        if (!tag.isEmpty() && tags.stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
            tags.add(tag);
        }
        suggestions.hide();
    }

    private void suggest(String text) {
        String prefix = text.strip().toLowerCase(Locale.ROOT);
        if (prefix.isEmpty()) {
            suggestions.hide();
            return;
        }
        List<String> matches = known.stream()
                .filter(t -> t.toLowerCase(Locale.ROOT).contains(prefix) && !tags.contains(t))
                .sorted((a, b) -> Boolean.compare(!a.toLowerCase(Locale.ROOT).startsWith(prefix),
                        !b.toLowerCase(Locale.ROOT).startsWith(prefix)))
                .limit(MAX_SUGGESTIONS).toList();
        if (matches.isEmpty()) {
            suggestions.hide();
            return;
        }
        suggestions.getItems().setAll(matches.stream().map(match -> {
            CustomMenuItem item = new CustomMenuItem(new Label(match), true);
            item.setOnAction(e -> {
                add(match);
                input.clear();
            });
            return item;
        }).toList());
        if (!suggestions.isShowing() && input.getScene() != null) {
            suggestions.show(input, Side.BOTTOM, 0, 0);
        }
    }

    private void rebuild() {
        List<javafx.scene.Node> chips = new java.util.ArrayList<>();
        for (String tag : tags) {
            Label name = new Label(tag);
            Button remove = new Button("\u2715");
            remove.getStyleClass().addAll("chip-remove", "flat");
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> tags.remove(tag));
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("tag-chip");
            chips.add(chip);
        }
        // The input stays in place (replacing it would take the focus away while typing tags).
        if (getChildren().isEmpty()) {
            getChildren().add(input);
        }
        getChildren().remove(0, getChildren().size() - 1);
        getChildren().addAll(0, chips);
    }
}
