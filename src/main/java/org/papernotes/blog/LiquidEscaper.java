package org.papernotes.blog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquid's tags in a post, which Jekyll runs over the whole text before Markdown: {@code {{ … }}} and
 * {@code {% … %}}, delimited as Liquid's own tokenizer does ({@code {{} up to the first {@code }}} (and one more
 * {@code }} if there is one), {@code {%} up to the first {@code %}}). Wrapping one in {@code {% raw %}…{% endraw %}}
 * makes it reach the page as written. Everything from a {@code {% raw %}} to its {@code {% endraw %}} is already
 * protected.
 */
final class LiquidEscaper {

    static final String RAW = "{% raw %}";
    static final String END_RAW = "{% endraw %}";
    private static final Pattern RAW_TAG = Pattern.compile("\\{%-?\\s*raw\\s*-?%}");
    private static final Pattern END_RAW_TAG = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");

    /**
     * One Liquid tag.
     *
     * @param protectedAlready inside (or one of the tags of) a {@code {% raw %}} block
     */
    record Token(int start, int end, String text, boolean protectedAlready) {
    }

    private LiquidEscaper() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text.indexOf("{{") < 0 && text.indexOf("{%") < 0) {
            return tokens;
        }
        int i = 0;
        while (i < text.length()) {
            int open = nextOpener(text, i);
            if (open < 0) {
                break;
            }
            Matcher raw = RAW_TAG.matcher(text).region(open, text.length());
            if (raw.lookingAt()) {
                Matcher end = END_RAW_TAG.matcher(text).region(raw.end(), text.length());
                int stop = end.find() ? end.end() : text.length();
                tokens.add(new Token(open, stop, text.substring(open, stop), true));
                i = stop;
                continue;
            }
            int end = tokenEnd(text, open);
            tokens.add(new Token(open, end, text.substring(open, end), false));
            i = end;
        }
        return tokens;
    }

    private static int nextOpener(String text, int from) {
        int variable = text.indexOf("{{", from);
        int tag = text.indexOf("{%", from);
        if (variable < 0) {
            return tag;
        }
        return tag < 0 ? variable : Math.min(variable, tag);
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
