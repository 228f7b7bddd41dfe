package org.papernotes.workflow;

/**
 * Text PaperNotes writes into a post itself (citations, references, the paper card) made safe for kramdown: read as
 * the words they are, never as Markdown, math, Liquid or an attribute list, and links whose address kramdown cannot
 * cut short.
 */
final class KramdownWriting {

    /** Characters that would start Markdown, math or kramdown syntax inside a line of text. */
    private static final String MARKUP = "\\`*_[]<>|${}~";

    private KramdownWriting() {
    }

    /** The text as literal kramdown on one line: white space folded, markup characters escaped. */
    static String text(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (MARKUP.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Text that starts a list item's or a paragraph's line: as {@link #text}, and a start that would make a list, a
     * heading or a quote of it ("1999. A year", "# 1", "+ more") escaped.
     */
    static String lineStart(String text) {
        String escaped = text(text);
        java.util.regex.Matcher ordered = java.util.regex.Pattern.compile("^(\\d+)([.)])").matcher(escaped);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + escaped.substring(ordered.group(1).length());
        }
        if (!escaped.isEmpty() && "#>+-=:".indexOf(escaped.charAt(0)) >= 0) {
            return "\\" + escaped;
        }
        return escaped;
    }

    /** An address for a link: what would end it early or break it (spaces, brackets, parentheses) percent-encoded. */
    static String url(String address) {
        StringBuilder out = new StringBuilder(address.length() + 8);
        for (char c : address.strip().toCharArray()) {
            switch (c) {
                case ' ' -> out.append("%20");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '[' -> out.append("%5B");
                case ']' -> out.append("%5D");
                case '"' -> out.append("%22");
                case '{' -> out.append("%7B");
                case '}' -> out.append("%7D");
                case '|' -> out.append("%7C");
                case '\\' -> out.append("%5C");
                default -> {
                    if (c < ' ') {
                        out.append(String.format("%%%02X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** {@code <address>}, shown as the address: only what would end it (spaces, angle brackets) percent-encoded. */
    static String autolink(String address) {
        StringBuilder out = new StringBuilder("<");
        for (char c : address.strip().toCharArray()) {
            switch (c) {
                case ' ' -> out.append("%20");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                default -> {
                    if (c < ' ') {
                        out.append(String.format("%%%02X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('>').toString();
    }

    /** {@code [text](address)}, or the text alone without an address. */
    static String link(String text, String address) {
        String shown = text(text);
        return address == null || address.isBlank() ? shown : "[" + shown + "](" + url(address) + ")";
    }
}
