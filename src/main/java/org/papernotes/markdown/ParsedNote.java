package org.papernotes.markdown;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Objects;

/**
 * One parse of a note: the text and its flexmark document. Both the editor's highlighting and the preview's HTML
 * are computed from the same parse. A document is not safe to walk from two threads at once: use it on the thread
 * that parsed it (or hand it over, never share it).
 */
public record ParsedNote(String text, Document document) {

    public ParsedNote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(document, "document");
    }
}
