package org.papernotes.markdown;

import com.vladsch.flexmark.util.data.DataKey;

/**
 * What the preview needs to show a note's math as its blog will: whom the note was written for, whether the
 * blog's MathJax finds {@code $…$}, and whether to mark the formulas the blog will not show (in an imported post
 * exported unchanged, nothing is rewritten, so what the blog cannot show stays so).
 *
 * @param writtenForKramdown the note is an imported post: kramdown reads the text between single dollars first,
 *                           so its escapes apply ({@link KramdownText})
 * @param blogShowsDollars   the blog's MathJax is configured to find {@code $…$} (older forks' MathJax 2)
 * @param markUnshown        mark the formulas the blog will not show instead of typesetting them
 * @param unshownTitle       the tooltip of a marked formula, in the interface's language
 */
public record PreviewMath(boolean writtenForKramdown, boolean blogShowsDollars, boolean markUnshown,
                          String unshownTitle) {

    /** A note written in PaperNotes: export writes every formula so that any blog shows it. */
    public static final PreviewMath NOTE = new PreviewMath(false, true, false, "");

    /** Set on a document before it is rendered; {@link #NOTE} when not set. */
    static final DataKey<PreviewMath> KEY = new DataKey<>("PAPERNOTES_PREVIEW_MATH", NOTE);

    public PreviewMath {
        unshownTitle = unshownTitle == null ? "" : unshownTitle;
    }

    /** Whether a single-dollar formula is typeset rather than marked. */
    boolean showsSingleDollar() {
        return blogShowsDollars || !markUnshown;
    }
}
