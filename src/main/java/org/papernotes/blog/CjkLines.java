package org.papernotes.blog;

/**
 * Chinese (and Japanese, Korean) text needs no spaces, but kramdown turns a single line break inside a
 * paragraph into one ({@code hard_wrap: false}), which shows as a stray gap. Lines are joined where one ends
 * and the next begins with such a character.
 */
final class CjkLines {

    private CjkLines() {
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0x3000 && codePoint <= 0x303F) // CJK punctuation: 。、「」
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF); // full-width forms: ，：（）
    }

    /** Whether the break between these two lines of one paragraph should go. */
    static boolean shouldJoin(String line, String next) {
        if (line.endsWith("  ") || line.endsWith("\\") || line.isBlank() || next.isBlank()) {
            return false; // a hard line break, which the author asked for
        }
        if (line.stripLeading().startsWith("#")) {
            return false; // a heading is one line; the next line is a paragraph of its own
        }
        String end = line.stripTrailing();
        String start = next.stripLeading();
        return isCjk(end.codePointBefore(end.length())) && isCjk(start.codePointAt(0));
    }
}
