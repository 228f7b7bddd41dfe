package org.papernotes.ui.editor;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.papernotes.markdown.PreviewBlock;

/**
 * What one background parse of the note produced: the highlighting for the text, the part of it the editor needs
 * set (null: nothing), and, when the preview is showing, its sanitized blocks (null otherwise).
 */
record NoteRendering(String text, StyleSpans<Collection<String>> highlighting, HighlightSpans.Change change,
        List<PreviewBlock> previewBlocks) {
}
