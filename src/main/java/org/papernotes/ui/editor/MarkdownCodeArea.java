package org.papernotes.ui.editor;

import javafx.geometry.Point2D;
import javafx.scene.input.InputMethodRequests;
import org.fxmisc.richtext.CodeArea;

/**
 * The note editor's text area. RichTextFX installs its input-method handling (Chinese, Japanese, Korean IMEs:
 * composed text shown in place, committed text inserted) only if the platform reports input-method support when
 * the area is built; this area installs the same handling whenever that did not happen, so composition works
 * wherever the platform delivers input-method events.
 */
final class MarkdownCodeArea extends CodeArea {

    MarkdownCodeArea() {
        if (getInputMethodRequests() == null) {
            setOnInputMethodTextChanged(this::handleInputMethodEvent);
            setInputMethodRequests(new CaretInputMethodRequests());
        }
    }

    /** Places the IME's candidate window below the caret. */
    private final class CaretInputMethodRequests implements InputMethodRequests {
        @Override
        public Point2D getTextLocation(int offset) {
            return getCaretBounds()
                    .map(bounds -> new Point2D(bounds.getMinX(), bounds.getMaxY()))
                    .orElseGet(() -> localToScreen(0, 0));
        }

        @Override
        public int getLocationOffset(int x, int y) {
            return 0;
        }

        @Override
        public void cancelLatestCommittedText() {
            // committed text stays; the undo history can take it back
        }

        @Override
        public String getSelectedText() {
            return MarkdownCodeArea.this.getSelectedText();
        }
    }
}
