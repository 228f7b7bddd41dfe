package org.papernotes.ui.editor;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;

/** The small find/replace bar above the editor (Ctrl+H). Matches are selected in the editor. */
final class FindReplaceBar extends HBox {

    private final CodeArea area;
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final CheckBox matchCase = new CheckBox(EditorMessages.get("find.matchCase"));
    private final Label status = new Label();
    private Runnable beforeReplaceAll = () -> { };

    FindReplaceBar(CodeArea area) {
        this.area = area;
        getStyleClass().add("find-replace-bar");
        setSpacing(6);
        setPadding(new Insets(4, 6, 4, 6));
        setAlignment(Pos.CENTER_LEFT);

        findField.setPromptText(EditorMessages.get("find.prompt"));
        findField.setId("find-field");
        replaceField.setPromptText(EditorMessages.get("replace.prompt"));
        replaceField.setId("replace-field");
        HBox.setHgrow(findField, Priority.SOMETIMES);
        HBox.setHgrow(replaceField, Priority.SOMETIMES);

        Button previous = button("find.previous", "find-previous", this::findPrevious);
        previous.setTooltip(new Tooltip(EditorMessages.get("find.previous.tooltip")));
        Button next = button("find.next", "find-next", this::findNext);
        next.setTooltip(new Tooltip(EditorMessages.get("find.next.tooltip")));
        Button replace = button("find.replace", "replace-one", this::replaceCurrent);
        Button replaceAll = button("find.replaceAll", "replace-all", this::replaceAll);
        Button close = button(null, "find-close", this::hide);
        close.setText("\u2715");
        close.setTooltip(new Tooltip(EditorMessages.get("find.close.tooltip")));
        status.getStyleClass().add("find-status");
        status.setMinWidth(Region.USE_PREF_SIZE);

        findField.setOnAction(e -> findNext());
        findField.textProperty().addListener((obs, old, query) -> findFrom(area.getSelection().getStart()));
        matchCase.selectedProperty().addListener((obs, old, value) -> findFrom(area.getSelection().getStart()));
        replaceField.setOnAction(e -> replaceCurrent());
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                hide();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && event.isShiftDown() && event.getTarget() == findField) {
                findPrevious();
                event.consume();
            }
        });
        getChildren().addAll(findField, previous, next, replaceField, replace, replaceAll, matchCase, status, close);
        setVisible(false);
        setManaged(false);
    }

    /** Shows the bar with the editor's selection (if one line) as the query, and focuses the find field. */
    void show() {
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            findField.setText(selected);
        }
        setVisible(true);
        setManaged(true);
        findField.requestFocus();
        findField.selectAll();
        updateStatus();
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    TextField findField() {
        return findField;
    }

    TextField replaceField() {
        return replaceField;
    }

    CheckBox matchCase() {
        return matchCase;
    }

    Label status() {
        return status;
    }

    void findNext() {
        findFrom(area.getSelection().getEnd());
    }

    void findPrevious() {
        select(TextFinder.previous(area.getText(), findField.getText(), area.getSelection().getStart(),
                matchCase.isSelected()));
    }

    /** Replaces the selected match (if the selection is one) and moves to the next match. */
    void replaceCurrent() {
        String query = findField.getText();
        if (query.isEmpty()) {
            return;
        }
        String selected = area.getSelectedText();
        boolean selectionMatches = matchCase.isSelected() ? selected.equals(query) : selected.equalsIgnoreCase(query);
        if (selectionMatches) {
            int start = area.getSelection().getStart();
            area.replaceSelection(replaceField.getText());
            findFrom(start + replaceField.getText().length());
        } else {
            findNext();
        }
    }

    /** Runs just before Replace all changes the text (the paper's history keeps the note as it was). */
    void setBeforeReplaceAll(Runnable hook) {
        beforeReplaceAll = hook;
    }

    /** Replaces every match as one undoable change. */
    void replaceAll() {
        String text = area.getText();
        List<TextFinder.Match> matches = TextFinder.all(text, findField.getText(), matchCase.isSelected());
        if (matches.isEmpty()) {
            updateStatus();
            return;
        }
        String replacement = replaceField.getText();
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        for (TextFinder.Match match : matches) {
            out.append(text, position, match.start()).append(replacement);
            position = match.end();
        }
        out.append(text, position, text.length());
        int first = matches.get(0).start();
        int last = matches.get(matches.size() - 1).end();
        // replace only the span that changed, so the undo step and restyling stay small
        int delta = out.length() - text.length();
        beforeReplaceAll.run();
        area.replaceText(first, last, out.substring(first, last + delta));
        status.setText(EditorMessages.format("find.replaced", matches.size()));
    }

    private void findFrom(int from) {
        select(TextFinder.next(area.getText(), findField.getText(), from, matchCase.isSelected()));
    }

    private void select(TextFinder.Match match) {
        if (match != null) {
            area.selectRange(match.start(), match.end());
            area.requestFollowCaret();
        }
        updateStatus();
    }

    private void updateStatus() {
        String query = findField.getText();
        if (query.isEmpty()) {
            status.setText("");
            return;
        }
        List<TextFinder.Match> matches = TextFinder.all(area.getText(), query, matchCase.isSelected());
        if (matches.isEmpty()) {
            status.setText(EditorMessages.get("find.none"));
            return;
        }
        int selectionStart = area.getSelection().getStart();
        int index = 0;
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).start() == selectionStart) {
                index = i + 1;
                break;
            }
        }
        status.setText(index == 0 ? String.valueOf(matches.size())
                : EditorMessages.format("find.count", index, matches.size()));
    }

    private static Button button(String key, String id, Runnable action) {
        Button button = new Button(key == null ? "" : EditorMessages.get(key));
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
