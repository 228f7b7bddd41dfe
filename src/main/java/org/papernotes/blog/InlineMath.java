package org.papernotes.blog;

/**
 * Rewrites the math of one run of Markdown text (a paragraph, a list, a heading, a table row) for kramdown,
 * which knows only {@code $$}: {@code $x$} becomes {@code $$x$$}, and {@code |} inside inline math becomes
 * {@code \vert} ({@code \|} becomes {@code \Vert}) so that the line cannot start a table. Code spans and
 * escaped dollars are copied as they are.
 *
 * <p>A single {@code $} opens math only when a non-space follows it, and closes it only when a non-space comes
 * before it and no digit after it (pandoc's rule), so that "costs $5 and $6" stays text.
 */
final class InlineMath {

    private InlineMath() {
    }

    /** Markdown text: single-dollar math to {@code $$}, pipes in math protected. */
    static String rewriteMarkdown(String text) {
        return rewrite(text, false);
    }

    /**
     * The inside of a raw HTML block, which kramdown passes through untouched: single-dollar math becomes
     * {@code \(x\)}, the delimiter MathJax finds by default; {@code $$} (which MathJax finds too) stays.
     */
    static String rewriteHtml(String text) {
        return rewrite(text, true);
    }

    private static String rewrite(String text, boolean html) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < length) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
            } else if (c == '`' && !html) {
                i = copyCodeSpan(text, i, out);
            } else if (c == '$' && i + 1 < length && text.charAt(i + 1) == '$') {
                int close = findDoubleClose(text, i + 2);
                if (close < 0) {
                    out.append("$$");
                    i += 2;
                } else {
                    String content = text.substring(i + 2, close);
                    out.append("$$").append(html ? content : protectPipes(content)).append("$$");
                    i = close + 2;
                }
            } else if (c == '$') {
                int close = findSingleClose(text, i);
                if (close < 0) {
                    out.append(c);
                    i++;
                } else {
                    String content = text.substring(i + 1, close);
                    if (html) {
                        out.append("\\(").append(content).append("\\)");
                    } else {
                        out.append("$$").append(protectPipes(content)).append("$$");
                    }
                    i = close + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Copies a code span (or a backtick run without a partner) and returns the index after it. */
    private static int copyCodeSpan(String text, int start, StringBuilder out) {
        int runEnd = start;
        while (runEnd < text.length() && text.charAt(runEnd) == '`') {
            runEnd++;
        }
        int run = runEnd - start;
        int search = runEnd;
        while (search < text.length()) {
            int next = text.indexOf('`', search);
            if (next < 0) {
                break;
            }
            int end = next;
            while (end < text.length() && text.charAt(end) == '`') {
                end++;
            }
            if (end - next == run) {
                out.append(text, start, end);
                return end;
            }
            search = end;
        }
        out.append(text, start, runEnd);
        return runEnd;
    }

    private static int findDoubleClose(String text, int from) {
        for (int i = from; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$' && text.charAt(i + 1) == '$') {
                return i;
            }
        }
        return -1;
    }

    private static int findSingleClose(String text, int open) {
        int first = open + 1;
        if (first >= text.length() || Character.isWhitespace(text.charAt(first)) || text.charAt(first) == '$') {
            return -1;
        }
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return -1;
            } else if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(text.charAt(i - 1));
                boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
                boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == '$';
                if (spaceBefore || digitAfter || doubled) {
                    return -1;
                }
                return i;
            }
        }
        return -1;
    }

    /** {@code |} and {@code \|} written as macros, which render the same but are no table cell separator. */
    static String protectPipes(String math) {
        if (math.indexOf('|') < 0) {
            return math;
        }
        StringBuilder out = new StringBuilder(math.length() + 16);
        for (int i = 0; i < math.length(); i++) {
            char c = math.charAt(i);
            if (c == '\\' && i + 1 < math.length()) {
                char next = math.charAt(i + 1);
                if (next == '|') {
                    out.append("\\Vert");
                    i++;
                    spaceBeforeLetter(math, i + 1, out);
                } else {
                    out.append(c).append(next);
                    i++;
                }
            } else if (c == '|') {
                out.append("\\vert");
                spaceBeforeLetter(math, i + 1, out);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "|x" must become "\vert x", not the unknown macro "\vertx". */
    private static void spaceBeforeLetter(String math, int next, StringBuilder out) {
        if (next < math.length() && Character.isLetter(math.charAt(next))) {
            out.append(' ');
        }
    }
}
