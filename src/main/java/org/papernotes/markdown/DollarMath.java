package org.papernotes.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for where dollar math is in a note: the preview's parser, the export's rewriting and the scan of
 * raw HTML all use it, so that what the preview shows as a formula is what the blog receives as one.
 *
 * <ul>
 *   <li>{@code $$tex$$}: from {@code $$} to the next {@code $$}, as kramdown reads it (no escapes inside);
 *       {@code $$$} opens nothing.</li>
 *   <li>{@code $tex$}: from a {@code $} to the next {@code $} that no backslash escapes. The formula must not be
 *       blank; written tight ({@code $x$}) the closing {@code $} must follow a non-space, written padded
 *       ({@code $ t > 0 $}, which MathJax also reads as math) it must follow a space; and it must not be followed
 *       by a digit, so that "costs $5 and $6" stays text (pandoc's rule). The closing {@code $} may be followed
 *       by another formula: {@code $x$$y$} is two, as MathJax reads it.</li>
 * </ul>
 */
public final class DollarMath {

    /**
     * A formula in a text: {@code [start, end)} with its delimiters, {@code [contentStart, contentEnd)} the TeX.
     *
     * @param doubleDollar written {@code $$…$$}
     */
    public record Span(int start, int contentStart, int contentEnd, int end, boolean doubleDollar) {
        public String content(CharSequence text) {
            return text.subSequence(contentStart, contentEnd).toString();
        }
    }

    private DollarMath() {
    }

    /**
     * The formula whose opening {@code $} is at {@code open}, ending before {@code limit}, or null. The caller has
     * made sure that no backslash escapes that {@code $}.
     */
    public static Span at(CharSequence text, int open, int limit) {
        if (open + 1 >= limit || text.charAt(open) != '$') {
            return null;
        }
        if (text.charAt(open + 1) == '$') {
            return doubleAt(text, open, limit);
        }
        int contentStart = open + 1;
        boolean padded = Character.isWhitespace(text.charAt(contentStart));
        for (int i = contentStart; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(text.charAt(i - 1));
                boolean digitAfter = i + 1 < limit && Character.isDigit(text.charAt(i + 1));
                if (i == contentStart || spaceBefore != padded || digitAfter || isBlank(text, contentStart, i)) {
                    return null;
                }
                return new Span(open, contentStart, i, i + 1, false);
            }
        }
        return null;
    }

    private static Span doubleAt(CharSequence text, int open, int limit) {
        int contentStart = open + 2;
        if (contentStart < limit && text.charAt(contentStart) == '$') {
            return null;
        }
        for (int i = contentStart; i + 1 < limit; i++) {
            if (text.charAt(i) == '$' && text.charAt(i + 1) == '$') {
                return isBlank(text, contentStart, i) ? null : new Span(open, contentStart, i, i + 2, true);
            }
        }
        return null;
    }

    /**
     * Every formula in text that is not Markdown (a raw HTML block, {@code {::nomarkdown}}), where a backslash
     * before a dollar keeps it from opening one.
     */
    public static List<Span> findAll(CharSequence text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '$') {
                Span span = at(text, i, to);
                if (span != null) {
                    spans.add(span);
                    i = span.end();
                } else {
                    i += text.charAt(Math.min(i + 1, to - 1)) == '$' && i + 1 < to ? 2 : 1;
                }
            } else {
                i++;
            }
        }
        return spans;
    }

    private static boolean isBlank(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
