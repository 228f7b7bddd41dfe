package org.papernotes.ui.editor;

/** What the note pane shows: the editor, editor and preview side by side, or the preview. */
public enum ViewMode {
    EDITOR, SPLIT, PREVIEW
}
