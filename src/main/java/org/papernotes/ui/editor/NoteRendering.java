package org.papernotes.ui.editor;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * What one background parse of the note produced: highlighting for the editor and, when the preview is showing,
 * its sanitized HTML (null otherwise).
 */
record NoteRendering(String text, StyleSpans<Collection<String>> highlighting, String previewHtml) {
}
