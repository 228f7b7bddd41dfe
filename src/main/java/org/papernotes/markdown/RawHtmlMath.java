package org.papernotes.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Formulas in HTML that kramdown passes through untouched (an HTML block without {@code markdown="1"},
 * {@code {::nomarkdown}}): the page's MathJax finds them in the text, outside tags, comments and the elements it
 * skips (code, pre, script, style, textarea, noscript). Each formula is one MathJax would find: {@code \(…\)},
 * {@code \[…\]}, {@code $$…$$}, or {@code $…$} by {@link DollarMath} (which only a blog configured for it shows).
 */
public final class RawHtmlMath {

    private static final Set<String> SKIPPED = Set.of("code", "pre", "script", "style", "textarea", "noscript");

    /**
     * @param start        offset of the whole formula in the text given
     * @param contentStart offset of its TeX
     * @param singleDollar written {@code $…$}
     */
    public record Formula(int start, int contentStart, int contentEnd, int end, boolean display, boolean singleDollar) {
        public String tex(CharSequence text) {
            return text.subSequence(contentStart, contentEnd).toString();
        }
    }

    private RawHtmlMath() {
    }

    /** The formulas in {@code html[from, to)}, in order. */
    public static List<Formula> find(CharSequence html, int from, int to) {
        List<Formula> formulas = new ArrayList<>();
        int runStart = from;
        int i = from;
        int skipDepth = 0;
        String skipping = null;
        while (i < to) {
            char c = html.charAt(i);
            if (c != '<') {
                i++;
                continue;
            }
            int tagEnd = tagEnd(html, i, to);
            if (tagEnd < 0) {
                i++;
                continue;
            }
            if (skipDepth == 0) {
                findInRun(html, runStart, i, formulas);
            }
            String name = tagName(html, i, tagEnd);
            boolean closing = i + 1 < to && html.charAt(i + 1) == '/';
            if (name != null && SKIPPED.contains(name)) {
                if (!closing && skipDepth == 0) {
                    skipping = name;
                    skipDepth = 1;
                } else if (name.equals(skipping)) {
                    skipDepth += closing ? -1 : 1;
                }
            }
            i = tagEnd;
            runStart = i;
        }
        if (skipDepth == 0) {
            findInRun(html, runStart, to, formulas);
        }
        return formulas;
    }

    /** One run of text between tags: MathJax's string. */
    private static void findInRun(CharSequence html, int from, int to, List<Formula> out) {
        int i = from;
        while (i < to) {
            char c = html.charAt(i);
            if (c == '\\' && i + 1 < to) {
                char next = html.charAt(i + 1);
                if (next == '(' || next == '[') {
                    String close = next == '(' ? "\\)" : "\\]";
                    int end = indexOf(html, close, i + 2, to);
                    if (end >= 0) {
                        out.add(new Formula(i, i + 2, end, end + 2, next == '[', false));
                        i = end + 2;
                        continue;
                    }
                }
                i += 2;
            } else if (c == '$') {
                DollarMath.Span span = DollarMath.at(html, i, to);
                if (span == null) {
                    i += i + 1 < to && html.charAt(i + 1) == '$' ? 2 : 1;
                } else {
                    out.add(new Formula(span.start(), span.contentStart(), span.contentEnd(), span.end(),
                            span.doubleDollar(), !span.doubleDollar()));
                    i = span.end();
                }
            } else {
                i++;
            }
        }
    }

    /** The end of the tag or comment starting at {@code i}, or -1 when {@code <} starts none. */
    private static int tagEnd(CharSequence html, int i, int to) {
        if (startsWith(html, i, "<!--")) {
            int end = indexOf(html, "-->", i + 4, to);
            return end < 0 ? to : end + 3;
        }
        int j = i + 1;
        if (j < to && (html.charAt(j) == '/' || html.charAt(j) == '!' || html.charAt(j) == '?')) {
            j++;
        }
        if (j >= to || !Character.isLetter(html.charAt(j))) {
            return -1;
        }
        char quote = 0;
        for (int k = j; k < to; k++) {
            char c = html.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k + 1;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static String tagName(CharSequence html, int i, int end) {
        int j = i + 1;
        if (j < end && html.charAt(j) == '/') {
            j++;
        }
        int k = j;
        while (k < end && (Character.isLetterOrDigit(html.charAt(k)) || html.charAt(k) == '-')) {
            k++;
        }
        return k > j ? html.subSequence(j, k).toString().toLowerCase(Locale.ROOT) : null;
    }

    private static boolean startsWith(CharSequence text, int at, String prefix) {
        return at + prefix.length() <= text.length() && text.subSequence(at, at + prefix.length()).toString().equals(prefix);
    }

    private static int indexOf(CharSequence text, String what, int from, int to) {
        int limit = to - what.length();
        for (int i = from; i <= limit; i++) {
            if (startsWith(text, i, what)) {
                return i;
            }
        }
        return -1;
    }
}
