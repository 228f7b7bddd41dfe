package org.papernotes.ui.editor;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;
import org.papernotes.markdown.MarkdownHighlighter;
import org.papernotes.markdown.ParsedNote;

/** Access for the editor benchmark to the pane's package-private highlighting conversion. */
public final class NotePaneBench {

    private NotePaneBench() {
    }

    public static StyleSpans<Collection<String>> spans(ParsedNote parsed) {
        return HighlightSpans.from(MarkdownHighlighter.ranges(parsed), parsed.text().length());
    }
}
