package org.papernotes.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * What kramdown makes of the text between two single dollars, which it reads as ordinary Markdown: MathJax on
 * a blog that finds {@code $…$} receives the result. kramdown removes the backslash of its escapes
 * ({@code \_ \* \| \{ \} \\ …}, so {@code $E\_\mathrm{kin}$} reaches MathJax as {@code E_\mathrm{kin}}) and decodes
 * HTML entities; and where the text holds emphasis, a code span, a link, a footnote, HTML or a kramdown extension,
 * the formula is cut by an element and MathJax typesets nothing ("damaged").
 *
 * <p>kramdown's typographic replacements (smart quotes, dashes, ellipses) are not applied: they turn TeX such as
 * {@code f'(x)} into {@code f’(x)} by accident, and a formula written out for kramdown keeps the author's ASCII.
 */
public final class KramdownText {

    /** kramdown's escapable characters with the GFM parser (ESCAPED_CHARS_GFM). */
    private static final String ESCAPABLE = "\\.*_+`<>()[]{}#!:|\"'$=-~";
    private static final Pattern ENTITY = Pattern.compile("&(?:([A-Za-z][A-Za-z0-9]*)|#(\\d+)|#[xX]([0-9a-fA-F]+));");
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?|/[A-Za-z][A-Za-z0-9-]*\\s*|!--)>|<!--|<[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>]*>|<[^\\s<>@]+@[^\\s<>@]+>");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\](?:\\(|\\[)|\\[\\^");

    /**
     * One change kramdown makes, at {@code index} of the text: {@code length} characters become {@code replacement}.
     */
    public record Edit(int index, int length, String replacement) {
    }

    /**
     * @param text   what MathJax receives
     * @param edits  how to get there from the text as written, in order
     * @param damage why kramdown cuts the formula ("emphasis", "code", …), or null when it does not
     */
    public record Reading(String text, List<Edit> edits, String damage) {
        public boolean damaged() {
            return damage != null;
        }
    }

    private KramdownText() {
    }

    /**
     * @param paragraph the paragraph's text as written (emphasis may reach into the formula from around it)
     * @param from      where the formula's text starts in {@code paragraph}
     * @param to        where it ends
     */
    public static Reading of(CharSequence written, int from, int to) {
        CharSequence paragraph = masked(written, from, to);
        List<Edit> edits = new ArrayList<>();
        StringBuilder text = new StringBuilder(to - from);
        String damage = null;
        for (int i = from; i < to; i++) {
            char c = paragraph.charAt(i);
            if (c == '\\' && i + 1 < to && ESCAPABLE.indexOf(paragraph.charAt(i + 1)) >= 0) {
                edits.add(new Edit(i - from, 1, ""));
                text.append(paragraph.charAt(i + 1));
                i++;
                continue;
            }
            if (c == '&') {
                Matcher entity = ENTITY.matcher(paragraph).region(i, to);
                if (entity.lookingAt()) {
                    String decoded = Parser.unescapeEntities(entity.group(), false);
                    if (!decoded.equals(entity.group())) {
                        edits.add(new Edit(i - from, entity.end() - i, decoded));
                        text.append(decoded);
                        i = entity.end() - 1;
                        continue;
                    }
                }
            }
            if (damage == null) {
                damage = damageAt(paragraph, i, from, to);
            }
            text.append(c);
        }
        return new Reading(text.toString(), List.copyOf(edits), damage);
    }

    /**
     * The paragraph with the inside of its code spans and {@code $$…$$} formulas outside {@code [from, to)} blanked
     * out: kramdown reads those first, so their characters never open or close emphasis.
     */
    private static CharSequence masked(CharSequence text, int from, int to) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\\') {
                i += 2;
                continue;
            } else if (c == '`') {
                int run = i;
                while (run < text.length() && text.charAt(run) == '`') {
                    run++;
                }
                int close = text.toString().indexOf(text.subSequence(i, run).toString(), run);
                end = close < 0 ? -1 : close + (run - i);
                if (end < 0) {
                    i = run;
                    continue;
                }
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                int close = text.toString().indexOf("$$", i + 2);
                end = close < 0 ? -1 : close + 2;
            }
            if (end > 0 && (end <= from || i >= to)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int j = i + 1; j < end - 1; j++) {
                    out.setCharAt(j, '$');
                }
                i = end;
            } else {
                i++;
            }
        }
        return out == null ? text : out;
    }

    /** Whether kramdown makes an element starting (or ending) at {@code i}, which would cut the formula. */
    private static String damageAt(CharSequence paragraph, int i, int from, int to) {
        char c = paragraph.charAt(i);
        switch (c) {
            case '`':
                return indexOf(paragraph, '`', i + 1, paragraph.length()) >= 0 ? "code" : null;
            case '*':
            case '_':
                return emphasisAt(paragraph, i) ? "emphasis" : null;
            case '<':
                return HTML_TAG.matcher(paragraph).region(i, paragraph.length()).lookingAt() ? "html" : null;
            case '[':
                return LINK.matcher(paragraph).region(i, paragraph.length()).lookingAt() ? "link" : null;
            case '~':
                return i + 1 < to && paragraph.charAt(i + 1) == '~'
                        && paragraph.toString().indexOf("~~", i + 2) >= 0 ? "strikethrough" : null;
            case '{':
                return i + 1 < paragraph.length() && paragraph.charAt(i + 1) == ':' ? "extension" : null;
            default:
                return null;
        }
    }

    /**
     * kramdown's emphasis rule: a {@code *} or {@code _} opens if no space follows it (and a {@code _} not inside
     * a word), and is closed by the same character after a non-space (a {@code _} not before a letter or digit).
     * A delimiter inside the formula that could open with a closer after it, or close an opener before it, cuts it.
     */
    private static boolean emphasisAt(CharSequence text, int i) {
        char delimiter = text.charAt(i);
        if (isEscaped(text, i)) {
            return false;
        }
        if (canOpen(text, i)) {
            for (int j = i + 1; j < text.length(); j++) {
                if (text.charAt(j) == delimiter && !isEscaped(text, j) && canClose(text, j) && j > i + 1) {
                    return true;
                }
            }
        }
        if (canClose(text, i)) {
            for (int j = i - 1; j >= 0; j--) {
                if (text.charAt(j) == delimiter && !isEscaped(text, j) && canOpen(text, j) && j < i - 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean canOpen(CharSequence text, int i) {
        char delimiter = text.charAt(i);
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        return delimiter != '_' || i == 0 || !Character.isLetter(text.charAt(i - 1));
    }

    private static boolean canClose(CharSequence text, int i) {
        char delimiter = text.charAt(i);
        if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        return delimiter != '_' || i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean isEscaped(CharSequence text, int i) {
        int backslashes = 0;
        for (int j = i - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int indexOf(CharSequence text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c && !isEscaped(text, i)) {
                return i;
            }
        }
        return -1;
    }
}
