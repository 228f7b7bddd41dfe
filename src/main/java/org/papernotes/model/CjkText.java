package org.papernotes.model;

/**
 * Facts about text in scripts written without spaces between words. The preview and the blog exporter both
 * decide from this one rule whether a line break inside a paragraph disappears, so they cannot drift apart.
 */
public final class CjkText {

    private CjkText() {
    }

    /**
     * Chinese characters, Japanese kana, CJK punctuation (。、「」) and full-width forms (，：（）). Not Hangul:
     * Korean separates words with spaces, so a line break there stays a space.
     */
    public static boolean isWrittenWithoutSpaces(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }
}
