package org.papernotes.blog;

/**
 * Protects Liquid syntax, which Jekyll runs over the whole post before Markdown: every {@code {{ … }}} and
 * {@code {% … %}} is wrapped in {@code {% raw %}…{% endraw %}}, so that it reaches the page as written (in
 * text, math and code alike). A tag is delimited as Liquid's own tokenizer does: {@code {{} up to the first
 * {@code }} (and one more {@code }} if there is one), {@code {%} up to the first {@code %}}. Text already inside
 * a {@code {% raw %}} block is left alone, so that escaping twice changes nothing.
 */
final class LiquidEscaper {

    static final String RAW = "{% raw %}";
    static final String END_RAW = "{% endraw %}";

    private LiquidEscaper() {
    }

    static String escape(String text) {
        if (text.indexOf("{{") < 0 && text.indexOf("{%") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int open = nextOpener(text, i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            if (isRawTag(text, open)) {
                int end = text.indexOf(END_RAW, open + RAW.length());
                int stop = end < 0 ? text.length() : end + END_RAW.length();
                if (end < 0) {
                    // An unclosed raw block would swallow the rest of the page; close it at the end.
                    out.append(text, open, stop).append(END_RAW);
                } else {
                    out.append(text, open, stop);
                }
                i = stop;
                continue;
            }
            int end = tokenEnd(text, open);
            String token = text.substring(open, end);
            if (token.contains("endraw")) {
                // "{% endraw %}" itself cannot sit inside a raw block; only its opening "{%" needs protection.
                out.append(RAW).append("{%").append(END_RAW);
                i = open + 2;
            } else {
                out.append(RAW).append(token).append(END_RAW);
                i = end;
            }
        }
        return out.toString();
    }

    private static int nextOpener(String text, int from) {
        int variable = text.indexOf("{{", from);
        int tag = text.indexOf("{%", from);
        if (variable < 0) {
            return tag;
        }
        return tag < 0 ? variable : Math.min(variable, tag);
    }

    private static boolean isRawTag(String text, int open) {
        return text.startsWith("{%", open) && text.substring(open, Math.min(text.length(), open + 20))
                .matches("(?s)\\{%-?\\s*raw\\s*-?%}.*");
    }

    private static int tokenEnd(String text, int open) {
        if (text.startsWith("{%", open)) {
            int close = text.indexOf("%}", open + 2);
            return close < 0 ? open + 2 : close + 2;
        }
        int close = text.indexOf('}', open + 2);
        if (close < 0) {
            return open + 2;
        }
        return close + 1 < text.length() && text.charAt(close + 1) == '}' ? close + 2 : close + 1;
    }
}
