package org.papernotes.ui.editor;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;

/**
 * The small find/replace bar above the editor (Ctrl+H). Matches are selected in the editor. Finding and replacing
 * share one row when the editor is wide enough and take a row each when it is not; the fields take the width left
 * and nothing is cut (previous, next and match case are small buttons with tooltips).
 */
final class FindReplaceBar extends Region {

    /** The narrowest a field gets before the bar goes to two rows. */
    private static final double FIELD_MIN_WIDTH = 90;
    private static final double GAP = 4;
    private static final double ROW_GAP = 12;

    private final CodeArea area;
    private final EditorMessages messages;
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final ToggleButton matchCase = new ToggleButton();
    private final Label status = new Label();
    private final HBox findPart;
    private final HBox replacePart;
    private boolean oneRow;
    private Runnable beforeReplaceAll = () -> { };

    FindReplaceBar(CodeArea area, EditorMessages messages) {
        this.area = area;
        this.messages = messages;
        matchCase.setText(messages.text("find.matchCase.short"));
        getStyleClass().add("find-replace-bar");
        setPadding(new Insets(4, 6, 4, 6));

        findField.setPromptText(messages.text("find.prompt"));
        findField.setId("find-field");
        replaceField.setPromptText(messages.text("replace.prompt"));
        replaceField.setId("replace-field");
        for (TextField field : List.of(findField, replaceField)) {
            field.setMinWidth(FIELD_MIN_WIDTH);
            field.setPrefColumnCount(14);
            HBox.setHgrow(field, Priority.ALWAYS);
        }

        Button previous = button("find.previous", "find-previous", this::findPrevious);
        previous.setText("\u2191");
        previous.setTooltip(new Tooltip(messages.text("find.previous.tooltip")));
        Button next = button("find.next", "find-next", this::findNext);
        next.setText("\u2193");
        next.setTooltip(new Tooltip(messages.text("find.next.tooltip")));
        matchCase.setId("find-match-case");
        matchCase.setFocusTraversable(false);
        matchCase.setMinWidth(Region.USE_PREF_SIZE);
        matchCase.getStyleClass().add("small-button");
        matchCase.setTooltip(new Tooltip(messages.text("find.matchCase")));
        Button replace = button("find.replace", "replace-one", this::replaceCurrent);
        Button replaceAll = button("find.replaceAll", "replace-all", this::replaceAll);
        Button close = button(null, "find-close", this::hide);
        close.setText("\u2715");
        close.setTooltip(new Tooltip(messages.text("find.close.tooltip")));
        for (Button small : List.of(previous, next, close)) {
            small.getStyleClass().add("small-button");
        }
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
        findPart = group(findField, status, previous, next, matchCase);
        replacePart = group(replaceField, replace, replaceAll);
        // The close button ends the first row, whichever layout.
        findPart.getChildren().add(close);
        getChildren().addAll(findPart, replacePart);
        setVisible(false);
        setManaged(false);
    }

    // Laid out here rather than by nested boxes, so that going from one row to two never moves a focused field
    // to another parent (which would take the focus from it).

    private boolean fitsOnOneRow(double width) {
        return width >= snappedLeftInset() + findPart.prefWidth(-1) + ROW_GAP + replacePart.prefWidth(-1)
                + snappedRightInset();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(findPart.minWidth(-1), replacePart.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + findPart.prefWidth(-1) + ROW_GAP + replacePart.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double rows = width < 0 || fitsOnOneRow(width)
                ? Math.max(findPart.prefHeight(-1), replacePart.prefHeight(-1))
                : findPart.prefHeight(-1) + GAP + replacePart.prefHeight(-1);
        return snappedTopInset() + rows + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        oneRow = fitsOnOneRow(getWidth());
        if (oneRow) {
            double height = Math.max(findPart.prefHeight(-1), replacePart.prefHeight(-1));
            double extra = width - findPart.prefWidth(-1) - ROW_GAP - replacePart.prefWidth(-1);
            double findWidth = findPart.prefWidth(-1) + extra / 2;
            findPart.resizeRelocate(left, top, findWidth, height);
            replacePart.resizeRelocate(left + findWidth + ROW_GAP, top, width - findWidth - ROW_GAP, height);
        } else {
            double findHeight = findPart.prefHeight(-1);
            findPart.resizeRelocate(left, top, width, findHeight);
            replacePart.resizeRelocate(left, top + findHeight + GAP, width, replacePart.prefHeight(-1));
        }
    }

    /** Whether finding and replacing share one row (for tests). */
    boolean isOneRow() {
        return oneRow;
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

    ToggleButton matchCase() {
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
        status.setText(messages.formatted("find.replaced", matches.size()));
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
            status.setText(messages.text("find.none"));
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
                : messages.formatted("find.count", index, matches.size()));
    }

    private static HBox group(javafx.scene.Node... nodes) {
        HBox group = new HBox(GAP, nodes);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(key == null ? "" : messages.text(key));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
