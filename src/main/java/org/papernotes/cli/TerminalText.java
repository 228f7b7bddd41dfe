package org.papernotes.cli;

/**
 * Text from the library made safe to print to a terminal: control characters (ESC, BEL, NUL, …, C1 controls) and
 * the bidirectional overrides and isolates, which can rewrite or reorder what the terminal shows, become visible
 * escapes such as {@code \x1b} and {@code \u202e}. Line breaks and tabs of a note stay as they are.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** For one-line values (titles, tags): line breaks are escaped too. */
    static String line(String text) {
        return escape(text, false);
    }

    /** For the note: its line breaks and tabs are kept. */
    static String block(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kept = keepLines && (c == '\n' || c == '\t');
            if (!kept && unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean unsafe(char c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)
                || c == '\u061c' || c == '\u200e' || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
