package org.papernotes.blog.oracle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a rendered page as MathJax's TeX input finds math in it, written after MathJax's own code: version 2's
 * {@code tex2jax} preprocessor and version 3's {@code FindTeX} over {@code HTMLDomStrings}.
 *
 * <p>The page is cut into strings: runs of text nodes that only {@code <br>}, {@code <wbr>} and comments may join;
 * any other element starts a new string, and the skipped elements (script, noscript, style, textarea, pre, code,
 * annotation) and those with the ignore class are not searched. In each string the start pattern is every
 * delimiter (longest first), {@code \begin{…}}, the escapes and {@code \ref}/{@code \eqref}; the end of a formula
 * is its closing delimiter at brace depth 0, skipping {@code \x}. Where the versions differ this follows each: after
 * an opening delimiter without a close, version 3 searches on after it and version 2 gives up on the rest of the
 * string; version 3 also skips whole control words while looking for the close.
 */
public final class MathJaxReader {

    /** One formula as MathJax typesets it. */
    public record Formula(String tex, boolean display) {
        @Override
        public String toString() {
            return (display ? "display " : "inline ") + tex;
        }
    }

    /**
     * @param formulas     in page order
     * @param text         the page's visible text with each formula replaced by {@link #FORMULA}
     */
    public record Reading(List<Formula> formulas, String text) {
    }

    /** Stands for a typeset formula in {@link Reading#text()}. */
    public static final String FORMULA = "\u27e6math\u27e7";

    private final MathJaxSetup setup;
    private final Pattern start;
    private final int envGroup;
    private final int subGroup;
    private final Pattern skipped;

    public MathJaxReader(MathJaxSetup setup) {
        this.setup = setup;
        List<String> starts = new ArrayList<>();
        setup.inline.forEach(pair -> starts.add(pair.get(0)));
        MathJaxSetup.DISPLAY.forEach(pair -> starts.add(pair.get(0)));
        starts.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String delimiters = starts.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        if (setup.version == 3) {
            // FindTeX.getPatterns: delimiters | \begin{env} (group 1) | (escape | ref) (group 2)
            start = Pattern.compile(delimiters + "|\\\\begin\\s*\\{([^}]*)\\}"
                    + "|(\\\\([\\\\$])|\\\\(?:eq)?ref\\s*\\{[^}]*\\})");
        } else {
            // tex2jax.createPatterns: delimiters | \begin{env} (group 1) | \\*\$ | \(eq)?ref{…}
            start = Pattern.compile(delimiters + "|\\\\begin\\{([^}]*)\\}|(\\\\*\\\\\\$)|\\\\(eq)?ref\\{[^}]*\\}");
        }
        envGroup = 1;
        subGroup = 2;
        skipped = Pattern.compile("^(" + String.join("|", MathJaxSetup.SKIPPED_TAGS) + ")$", Pattern.CASE_INSENSITIVE);
    }

    public Reading read(Element body) {
        List<Formula> formulas = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder current = new StringBuilder();
        walk(body, false, current, formulas, text);
        flush(current, formulas, text);
        return new Reading(formulas, text.toString());
    }

    private void walk(Element element, boolean ignore, StringBuilder current, List<Formula> formulas,
                      StringBuilder text) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode node) {
                if (ignore) {
                    text.append(node.getWholeText());
                } else {
                    current.append(node.getWholeText());
                }
            } else if (child instanceof Comment) {
                continue; // joins the text around it, as <br> does
            } else if (child instanceof Element el) {
                String tag = el.tagName().toLowerCase(Locale.ROOT);
                if (tag.equals("br")) {
                    current.append('\n');
                    continue;
                }
                if (tag.equals("wbr")) {
                    continue;
                }
                flush(current, formulas, text);
                text.append(' ');
                boolean process = el.hasClass(setup.processClass());
                if (!process && skipped.matcher(tag).matches()) {
                    text.append(el.wholeText()); // shown as it is, never typeset
                } else {
                    walk(el, (ignore || el.hasClass(setup.ignoreClass())) && !process, current, formulas, text);
                    flush(current, formulas, text);
                }
                text.append(' ');
            }
        }
    }

    private void flush(StringBuilder current, List<Formula> formulas, StringBuilder text) {
        if (current.length() > 0) {
            findMath(current.toString(), formulas, text);
            current.setLength(0);
        }
    }

    /** Finds the formulas of one string; appends its text with each formula replaced by {@link #FORMULA}. */
    void findMath(String string, List<Formula> formulas, StringBuilder text) {
        if (setup.version == 3) {
            findMath3(string, formulas, text);
        } else {
            findMath2(string, formulas, text);
        }
    }

    private void findMath3(String string, List<Formula> formulas, StringBuilder text) {
        Matcher matcher = start.matcher(string);
        int copied = 0;
        int from = 0;
        while (from <= string.length() && matcher.find(from)) {
            int[] found; // formula start, end, content start, content end, display (1/0)
            if (matcher.group(envGroup) != null) {
                Pattern end = endPattern3("\\\\end\\s*(\\{" + Pattern.quote(matcher.group(envGroup)) + "\\})");
                found = findEnd(string, matcher.end(), "{" + matcher.group(envGroup) + "}", end, true);
                if (found != null) {
                    found = new int[] {matcher.start(), found[1], matcher.start(), found[1], 1};
                }
            } else if (matcher.group(subGroup) != null) {
                String sub = matcher.group(subGroup);
                if (sub.length() == 2) {
                    // an escape: "\$" shows "$", "\\" shows "\"; nothing to typeset
                    text.append(string, copied, matcher.start()).append(sub.charAt(1));
                    copied = matcher.end();
                    from = matcher.end();
                    continue;
                }
                found = new int[] {matcher.start(), matcher.end(), matcher.start(), matcher.end(), 0};
            } else {
                String open = matcher.group();
                String close = closeOf(open);
                found = findEnd(string, matcher.end(), close, endPattern3(Pattern.quote(close)), isDisplay(open));
                if (found != null) {
                    found = new int[] {matcher.start(), found[1], matcher.end(), found[0], found[2]};
                }
            }
            if (found == null) {
                from = matcher.end();
                continue;
            }
            formulas.add(new Formula(string.substring(found[2], found[3]), found[4] == 1));
            text.append(string, copied, found[0]).append(FORMULA);
            copied = found[1];
            from = found[1];
        }
        text.append(string, copied, string.length());
    }

    private static Pattern endPattern3(String close) {
        return Pattern.compile(close + "|\\\\[a-zA-Z@]+|\\\\.|[{}]");
    }

    /** FindTeX.findEnd: {content end, formula end, display} or null. */
    private static int[] findEnd(String string, int from, String close, Pattern end, boolean display) {
        Matcher matcher = end.matcher(string);
        int braces = 0;
        int at = from;
        while (at <= string.length() && matcher.find(at)) {
            String token = matcher.groupCount() >= 1 && matcher.group(1) != null ? matcher.group(1) : matcher.group();
            if (token.equals(close) && braces == 0) {
                return new int[] {matcher.start(), matcher.end(), display ? 1 : 0};
            } else if (matcher.group().equals("{")) {
                braces++;
            } else if (matcher.group().equals("}") && braces > 0) {
                braces--;
            }
            at = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
        }
        return null;
    }

    private void findMath2(String string, List<Formula> formulas, StringBuilder text) {
        if (string.replaceFirst("\\s+", "").isEmpty()) {
            text.append(string);
            return;
        }
        Matcher matcher = start.matcher(string);
        int copied = 0;
        int from = 0;
        while (from <= string.length() && matcher.find(from)) {
            String token = matcher.group();
            String close;
            boolean display;
            int contentStart;
            boolean beginEnd = false;
            if (matcher.group(envGroup) != null) {
                close = "\\end{" + matcher.group(envGroup) + "}";
                display = true;
                contentStart = matcher.start();
                beginEnd = true;
            } else if (matcher.group(subGroup) != null) {
                // escaped dollars: the "$" is shown and not searched again; pairs of backslashes stay
                String slashes = token.substring(0, token.length() - 1);
                text.append(string, copied, matcher.start());
                if (slashes.length() % 2 == 0) {
                    text.append(slashes.replace("\\\\", "\\"));
                    copied = matcher.end() - 1; // the "$" is searched again
                } else {
                    text.append(slashes.substring(1).replace("\\\\", "\\")).append('$');
                    copied = matcher.end();
                }
                from = copied;
                continue;
            } else if (token.startsWith("\\ref") || token.startsWith("\\eqref")) {
                formulas.add(new Formula(token, false));
                text.append(string, copied, matcher.start()).append(FORMULA);
                copied = matcher.end();
                from = matcher.end();
                continue;
            } else {
                close = closeOf(token);
                display = isDisplay(token);
                contentStart = matcher.end();
            }
            // tex2jax.endMatch: the close delimiter counts at brace depth 0; the first one seen at any depth is
            // kept, and used if the string ends before a close at depth 0 (prevEndMatch)
            Matcher end = Pattern.compile(Pattern.quote(close) + "|\\\\.|[{}]").matcher(string);
            int braces = 0;
            int candidateStart = -1;
            int candidateEnd = -1;
            int at = matcher.end();
            boolean matched = false;
            while (at <= string.length() && end.find(at)) {
                String seen = end.group();
                if (seen.equals(close)) {
                    if (candidateStart < 0 || braces == 0) {
                        candidateStart = end.start();
                        candidateEnd = end.end();
                    }
                    if (braces == 0) {
                        matched = true;
                        break;
                    }
                } else if (seen.equals("{")) {
                    braces++;
                } else if (seen.equals("}") && braces > 0) {
                    braces--;
                }
                at = end.end();
            }
            if (!matched && candidateStart < 0) {
                break; // version 2 searches no further in this string
            }
            int contentEnd = beginEnd ? candidateEnd : candidateStart;
            formulas.add(new Formula(string.substring(contentStart, contentEnd), display));
            text.append(string, copied, matcher.start()).append(FORMULA);
            copied = candidateEnd;
            from = candidateEnd;
            if (!matched) {
                break;
            }
        }
        text.append(string, copied, string.length());
    }

    private String closeOf(String open) {
        for (List<String> pair : setup.inline) {
            if (pair.get(0).equals(open)) {
                return pair.get(1);
            }
        }
        for (List<String> pair : MathJaxSetup.DISPLAY) {
            if (pair.get(0).equals(open)) {
                return pair.get(1);
            }
        }
        throw new IllegalStateException("no delimiter " + open);
    }

    private static boolean isDisplay(String open) {
        return MathJaxSetup.DISPLAY.stream().anyMatch(pair -> pair.get(0).equals(open));
    }
}
