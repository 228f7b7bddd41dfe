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
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.papernotes.ui.common.Messages;

/**
 * A paper's tags as chips, each with a remove button, and a field to add more that completes from the
 * library's tags. Enter, Tab or a comma adds what was typed, also while suggestions are shown (Down, then Enter,
 * takes a suggestion). Backspace in the empty field first marks the last chip, and a second Backspace removes it;
 * Ctrl+Z in the empty field brings back the chip removed last.
 */
public final class TagChipsField extends FlowPane {

    private static final int MAX_SUGGESTIONS = 8;
    private static final javafx.css.PseudoClass CHOSEN = javafx.css.PseudoClass.getPseudoClass("chosen");
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final ObservableList<String> tags;
    private final ObservableList<String> known;
    private final TextField input = new TextField();
    private final ContextMenu suggestions = new ContextMenu();
    /** The last chip, marked by a Backspace in the empty field: the next Backspace removes it. */
    private boolean lastMarked;
    /** The suggestions shown, and which one Up and Down have moved to (-1: none; Enter adds the typed text). */
    private List<String> shownSuggestions = List.of();
    private int chosen = -1;
    private String removedTag;
    private boolean removing;
    private int removedAt;

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
        // A filter, so that Backspace is seen before the field deletes a character: only a press in a field that is
        // already empty acts on the chips.
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        // While suggestions are shown they get the keys first: Up and Down choose one, Enter adds it (or, with none
        // chosen, what was typed), Tab adds what was typed.
        suggestions.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                choose(Math.floorMod(chosen + (e.getCode() == KeyCode.DOWN ? 1 : -1) + 1,
                        shownSuggestions.size() + 1) - 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && chosen >= 0) {
                add(shownSuggestions.get(chosen));
                input.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER || (e.getCode() == KeyCode.TAB && !input.getText().isBlank())) {
                commitTyped();
                e.consume();
            }
        });
        input.focusedProperty().addListener((o, old, focused) -> {
            if (!focused) {
                suggestions.hide();
                markLast(false);
            }
        });
        tags.addListener((ListChangeListener<String>) c -> {
            lastMarked = false;
            if (!removing) {
                removedTag = null; // another paper's tags, or tags changed elsewhere: nothing here to bring back
            }
            rebuild();
        });
        rebuild();
    }

    public TextField input() {
        return input;
    }

    private void keyPressed(KeyEvent e) {
        boolean empty = input.getText().isEmpty();
        if (e.getCode() == KeyCode.ENTER || (e.getCode() == KeyCode.TAB && !input.getText().isBlank())) {
            commitTyped();
            e.consume();
        } else if (e.getCode() == KeyCode.BACK_SPACE && empty && !tags.isEmpty()) {
            if (lastMarked) {
                remove(tags.size() - 1);
            } else {
                markLast(true);
            }
            e.consume();
            return;
        } else if (UNDO.match(e) && empty && removedTag != null) {
            String tag = removedTag;
            removedTag = null;
            tags.add(Math.min(removedAt, tags.size()), tag);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            suggestions.hide();
        }
        markLast(false);
    }

    private void commitTyped() {
        add(input.getText());
        input.clear();
    }

    private void remove(int index) {
        removing = true;
        try {
            removedAt = index;
            removedTag = tags.remove(index);
        } finally {
            removing = false;
        }
        lastMarked = false;
    }

    private void markLast(boolean marked) {
        if (lastMarked == marked) {
            return;
        }
        lastMarked = marked;
        rebuild();
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
        shownSuggestions = matches;
        chosen = -1;
        suggestions.getItems().setAll(matches.stream().map(match -> {
            Label label = new Label(match);
            label.getStyleClass().add("tag-suggestion");
            CustomMenuItem item = new CustomMenuItem(label, true);
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

    private void choose(int index) {
        chosen = index;
        for (int i = 0; i < suggestions.getItems().size(); i++) {
            var content = ((CustomMenuItem) suggestions.getItems().get(i)).getContent();
            content.pseudoClassStateChanged(CHOSEN, i == index);
        }
    }

    private void rebuild() {
        List<javafx.scene.Node> chips = new java.util.ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            int index = i;
            Label name = new Label(tag);
            Button remove = new Button("\u2715");
            remove.getStyleClass().addAll("chip-remove", "flat");
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> remove(index));
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("tag-chip");
            if (lastMarked && i == tags.size() - 1) {
                chip.getStyleClass().add("marked");
                chip.setId("tag-chip-marked");
            }
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
