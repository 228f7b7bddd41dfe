package org.papernotes.ui.editor;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;
import org.papernotes.model.CitationKey;

/**
 * Completion of citation keys in the note editor: typing {@code [@} (or {@code ; @} inside such a bracket) opens a
 * list of the library's papers, each with its key, title and year, narrowed as the key is typed; Up/Down choose,
 * Enter or Tab write the key (and the closing {@code ]} if it is missing), Esc or typing on leaves it. The editor
 * keeps the focus throughout, so that typing (and an input method) goes on as usual.
 */
public final class CitationCompletion {

    /** Papers listed at most. */
    static final int LIMIT = 50;
    /** A citation being typed, up to the caret: an open bracket, maybe earlier keys, then {@code @} and key text. */
    private static final Pattern TYPING = Pattern.compile("\\[\\s*(?:@" + CitationKey.SYNTAX + "\\s*;\\s*)*@("
            + "[A-Za-z0-9_:.+/-]*)$");
    private static final Pattern KEY_CHARACTER = Pattern.compile("[A-Za-z0-9_:.+/-]");

    private final CodeArea area;
    private final CitationSuggestions source;
    private final Popup popup = new Popup();
    private final ListView<CitationSuggestions.Suggestion> list = new ListView<>();
    /** Where the typed key starts (after its {@code @}); -1 while no citation is being typed. */
    private int keyStart = -1;
    /** True while a chosen key is written (its own text changes must not open the list again). */
    private boolean accepting;

    private CitationCompletion(CodeArea area, CitationSuggestions source) {
        this.area = area;
        this.source = source;
        list.setId("citation-completion");
        list.getStyleClass().add("citation-completion");
        list.setPrefSize(480, 240);
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new SuggestionCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                accept();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setAutoFix(true);
        popup.setHideOnEscape(false);

        area.plainTextChanges().subscribe(change -> update());
        area.caretPositionProperty().addListener((o, old, now) -> Platform.runLater(this::update));
        area.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                hide();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Completes citation keys from {@code source} in {@code area}. */
    public static CitationCompletion install(CodeArea area, CitationSuggestions source) {
        return new CitationCompletion(area, source);
    }

    /** Whether the list is showing (for tests). */
    public boolean isShowing() {
        return popup.isShowing();
    }

    /** The list of papers offered. */
    public ListView<CitationSuggestions.Suggestion> list() {
        return list;
    }

    private void keyPressed(KeyEvent event) {
        if (!popup.isShowing()) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            int at = list.getSelectionModel().getSelectedIndex() + (code == KeyCode.DOWN ? 1 : -1);
            int index = Math.max(0, Math.min(list.getItems().size() - 1, at));
            list.getSelectionModel().select(index);
            list.scrollTo(Math.max(0, index - 3));
            event.consume();
        } else if ((code == KeyCode.ENTER || code == KeyCode.TAB) && !event.isShortcutDown()) {
            accept();
            event.consume();
        } else if (code == KeyCode.ESCAPE) {
            hide();
            event.consume();
        }
    }

    /** Shows, narrows or hides the list for the text before the caret. */
    private void update() {
        if (accepting) {
            return;
        }
        int caret = area.getCaretPosition();
        int paragraph = area.getCurrentParagraph();
        int column = area.getCaretColumn();
        String before = area.getParagraph(paragraph).getText().substring(0, Math.min(column,
                area.getParagraph(paragraph).length()));
        Matcher typing = TYPING.matcher(before);
        if (!typing.find() || area.getSelection().getLength() > 0) {
            hide();
            return;
        }
        keyStart = caret - typing.group(1).length();
        List<CitationSuggestions.Suggestion> papers = source.complete(typing.group(1), LIMIT);
        if (papers.isEmpty()) {
            hide();
            return;
        }
        if (!papers.equals(list.getItems())) {
            list.getItems().setAll(papers);
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        }
        if (!popup.isShowing()) {
            Bounds caretBounds = area.getCaretBounds().orElse(null);
            if (caretBounds == null || area.getScene() == null) {
                return;
            }
            popup.getScene().getStylesheets().setAll(area.getScene().getStylesheets());
            popup.show(area, caretBounds.getMinX(), caretBounds.getMaxY() + 2);
        }
    }

    /** Writes the chosen key over what was typed of it, closes the bracket, and puts the caret after it. */
    private void accept() {
        CitationSuggestions.Suggestion chosen = list.getSelectionModel().getSelectedItem();
        int start = keyStart;
        hide();
        if (chosen == null || start < 0) {
            return;
        }
        int end = area.getCaretPosition();
        String text = area.getText();
        while (end < text.length() && KEY_CHARACTER.matcher(String.valueOf(text.charAt(end))).matches()) {
            end++;
        }
        boolean closed = end < text.length() && (text.charAt(end) == ']' || text.charAt(end) == ';');
        int after = start + chosen.key().length();
        accepting = true;
        try {
            area.replaceText(start, end, chosen.key() + (closed ? "" : "]"));
            area.moveTo(closed && text.charAt(end) == ';' ? after : after + 1);
        } finally {
            accepting = false;
        }
        area.requestFollowCaret();
    }

    private void hide() {
        keyStart = -1;
        if (popup.isShowing()) {
            popup.hide();
        }
    }

    /** The key in bold, then the title and year, cut to the list's width. */
    private static final class SuggestionCell extends ListCell<CitationSuggestions.Suggestion> {
        private final Label key = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(1, key, details);

        SuggestionCell() {
            key.setStyle("-fx-font-weight: bold;");
            details.getStyleClass().add("text-muted");
            key.setMinWidth(0);
            details.setMinWidth(0);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CitationSuggestions.Suggestion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            key.setText(item.key());
            String year = item.year() == null ? "" : " (" + item.year() + ")";
            String authors = item.authors() == null || item.authors().isBlank() ? "" : " \u2014 " + item.authors();
            details.setText(item.title() + year + authors);
            setGraphic(box);
        }
    }
}
