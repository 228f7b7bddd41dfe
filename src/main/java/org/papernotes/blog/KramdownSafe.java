package org.papernotes.blog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a note (Markdown as the preview renders it, with {@code $…$} and {@code $$…$$} math) into a post body
 * that kramdown, Jekyll's Markdown, renders the same way. It changes only what kramdown would get wrong:
 * <ul>
 *   <li>inline {@code $x$} becomes {@code $$x$$} (kramdown knows only {@code $$}); in raw HTML blocks, which
 *       kramdown does not touch, it becomes {@code \(x\)} for MathJax;</li>
 *   <li>{@code |} inside inline math becomes {@code \vert}, so that the line cannot become a table;</li>
 *   <li>a display {@code $$} block gets blank lines around it, so that it stays display math;</li>
 *   <li>a line starting with {@code {:} (kramdown attribute syntax) is escaped as {@code \{:};</li>
 *   <li>a single line break between two Chinese characters in a paragraph is removed (it would show as a
 *       space);</li>
 *   <li>Liquid ({@code {{ }}}, {@code {% %}}) is wrapped in {@code {% raw %}}, in code too, so that code
 *       reaches the page exactly as written.</li>
 * </ul>
 * Code blocks and code spans are otherwise copied byte for byte. Applying this twice gives the same text as
 * applying it once, so an exported and re-imported post exports unchanged.
 */
public final class KramdownSafe {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern HTML_START = Pattern.compile("^ {0,3}<(!--|/?([A-Za-z][A-Za-z0-9-]*))");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-+*]|\\d{1,9}[.)])(\\s|$)");
    private static final Pattern TABLE_DELIMITER = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern KRAMDOWN_ATTRIBUTE = Pattern.compile("^(\\s*)\\{:");
    /** kramdown's span elements: a line starting with one of these is a paragraph, not an HTML block. */
    private static final Set<String> SPAN_ELEMENTS = Set.of("a", "abbr", "acronym", "b", "big", "bdo", "br", "button",
            "cite", "code", "del", "dfn", "em", "i", "img", "input", "ins", "kbd", "label", "mark", "option", "q", "rb",
            "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small", "span", "strong", "sub", "sup", "tt", "u", "var");
    private static final Set<String> WITHOUT_BODY = Set.of("area", "base", "br", "col", "command", "embed", "hr", "img",
            "input", "keygen", "link", "meta", "param", "source", "track", "wbr");

    private KramdownSafe() {
    }

    /** The post body for a note. */
    public static String apply(String note) {
        List<String> lines = List.of(note.split("\n", -1));
        List<String> out = new ArrayList<>(lines.size() + 8);
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                out.add(line);
                i++;
            } else if (FENCE.matcher(line).find()) {
                i = copyFencedCode(lines, i, out);
            } else if (isIndentedCode(lines, i)) {
                i = copyIndentedCode(lines, i, out);
            } else if (htmlBlockTag(line) != null) {
                i = rewriteHtmlBlock(lines, i, out);
            } else if (isDisplayMathStart(line)) {
                i = copyDisplayMath(lines, i, out);
            } else {
                i = rewriteText(lines, i, out);
            }
        }
        return LiquidEscaper.escape(String.join("\n", out));
    }

    private static int copyFencedCode(List<String> lines, int start, List<String> out) {
        Matcher opening = FENCE.matcher(lines.get(start));
        opening.find();
        String fence = opening.group(1);
        out.add(lines.get(start));
        int i = start + 1;
        Pattern closing = Pattern.compile("^ {0,3}" + Pattern.quote(fence.substring(0, 1)) + "{" + fence.length() + ",}\\s*$");
        while (i < lines.size()) {
            String line = lines.get(i++);
            out.add(line);
            if (closing.matcher(line).matches()) {
                break;
            }
        }
        return i;
    }

    /** Four spaces after a blank line outside a list: a code block, as in kramdown. */
    private static boolean isIndentedCode(List<String> lines, int i) {
        String line = lines.get(i);
        if (!(line.startsWith("    ") || line.startsWith("\t"))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        if (!lines.get(i - 1).isBlank()) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            String previous = lines.get(j);
            if (!previous.isBlank()) {
                return !Character.isWhitespace(previous.charAt(0)) && !LIST_ITEM.matcher(previous).find();
            }
        }
        return true;
    }

    private static int copyIndentedCode(List<String> lines, int start, List<String> out) {
        int i = start;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("    ") || line.startsWith("\t")) {
                out.add(line);
                i++;
            } else if (line.isBlank() && i + 1 < lines.size() && lines.get(i + 1).startsWith("    ")) {
                out.add(line);
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The element name (lower case) or "!--" when kramdown would start an HTML block here; else null. */
    private static String htmlBlockTag(String line) {
        Matcher matcher = HTML_START.matcher(line);
        if (!matcher.find()) {
            return null;
        }
        if (matcher.group(1).equals("!--")) {
            return "!--";
        }
        String name = matcher.group(2).toLowerCase(Locale.ROOT);
        return SPAN_ELEMENTS.contains(name) ? null : name;
    }

    /** Copies an HTML block up to the line that closes its first element, rewriting its math for MathJax. */
    private static int rewriteHtmlBlock(List<String> lines, int start, List<String> out) {
        String name = htmlBlockTag(lines.get(start));
        int end = htmlBlockEnd(lines, start, name);
        String block = String.join("\n", lines.subList(start, end + 1));
        out.addAll(List.of(InlineMath.rewriteHtml(block).split("\n", -1)));
        return end + 1;
    }

    private static int htmlBlockEnd(List<String> lines, int start, String name) {
        if (name.equals("!--")) {
            for (int i = start; i < lines.size(); i++) {
                if (lines.get(i).contains("-->")) {
                    return i;
                }
            }
            return lines.size() - 1;
        }
        if (lines.get(start).stripLeading().startsWith("</") || WITHOUT_BODY.contains(name)) {
            return start;
        }
        Pattern open = Pattern.compile("<" + Pattern.quote(name) + "(?=[\\s>/])[^>]*?(/?)>", Pattern.CASE_INSENSITIVE);
        Pattern close = Pattern.compile("</" + Pattern.quote(name) + "\\s*>", Pattern.CASE_INSENSITIVE);
        int depth = 0;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher opens = open.matcher(line);
            while (opens.find()) {
                if (opens.group(1).isEmpty()) {
                    depth++;
                }
            }
            Matcher closes = close.matcher(line);
            while (closes.find()) {
                depth--;
            }
            if (depth <= 0) {
                return i;
            }
        }
        // kramdown closes an unclosed element at the end of the text, leaving all of it raw.
        return lines.size() - 1;
    }

    private static boolean isDisplayMathStart(String line) {
        String text = line.strip();
        if (!text.startsWith("$$")) {
            return false;
        }
        int close = text.indexOf("$$", 2);
        return close < 0 || close + 2 == text.length();
    }

    /** Copies a {@code $$} block unchanged, with a blank line before and after it. */
    private static int copyDisplayMath(List<String> lines, int start, List<String> out) {
        String first = lines.get(start).strip();
        int end = start;
        if (first.length() < 4 || first.indexOf("$$", 2) < 0) {
            end = start + 1;
            while (end < lines.size() && !lines.get(end).contains("$$")) {
                end++;
            }
            if (end == lines.size()) {
                return rewriteText(lines, start, out); // a "$$" that never closes is text, as kramdown reads it
            }
        }
        if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
            out.add("");
        }
        out.addAll(lines.subList(start, end + 1));
        if (end + 1 < lines.size() && !lines.get(end + 1).isBlank()) {
            out.add("");
        }
        return end + 1;
    }

    /** A paragraph, list, heading, quote or table: up to a blank line or the start of another kind of block. */
    private static int rewriteText(List<String> lines, int start, List<String> out) {
        boolean table = start + 1 < lines.size() && lines.get(start).contains("|")
                && TABLE_DELIMITER.matcher(lines.get(start + 1)).matches() && lines.get(start + 1).contains("-");
        List<String> block = new ArrayList<>();
        block.add(lines.get(start));
        int i = start + 1;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || FENCE.matcher(line).find() || htmlBlockTag(line) != null || isDisplayMathStart(line)) {
                break;
            }
            if (!table && CjkLines.shouldJoin(block.get(block.size() - 1), line)) {
                String previous = block.remove(block.size() - 1);
                block.add(previous.stripTrailing() + line.stripLeading());
            } else {
                block.add(line);
            }
            i++;
        }
        String rewritten = InlineMath.rewriteMarkdown(String.join("\n", block));
        for (String line : rewritten.split("\n", -1)) {
            out.add(KRAMDOWN_ATTRIBUTE.matcher(line).replaceFirst("$1\\\\{:"));
        }
        return i;
    }
}
