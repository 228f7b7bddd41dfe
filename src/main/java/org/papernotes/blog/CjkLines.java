package org.papernotes.blog;

import org.papernotes.model.CjkText;

/**
 * Chinese and Japanese text needs no spaces, but kramdown turns a single line break inside a
 * paragraph into one ({@code hard_wrap: false}), which shows as a stray gap. Lines are joined where one ends
 * and the next begins with such a character.
 */
final class CjkLines {

    private CjkLines() {
    }

    /** Whether the break between these two lines of one paragraph should go. */
    static boolean shouldJoin(String line, String next) {
        if (line.endsWith("  ") || line.endsWith("\\") || line.isBlank() || next.isBlank()) {
            return false; // a hard line break, which the author asked for
        }
        if (line.stripLeading().startsWith("#")) {
            return false; // a heading is one line; the next line is a paragraph of its own
        }
        String end = line.stripTrailing();
        String start = next.stripLeading();
        return CjkText.isWrittenWithoutSpaces(end.codePointBefore(end.length()))
                && CjkText.isWrittenWithoutSpaces(start.codePointAt(0));
    }
}
