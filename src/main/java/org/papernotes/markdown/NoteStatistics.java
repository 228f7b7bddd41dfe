package org.papernotes.markdown;

/**
 * Word and character counts for notes that mix Chinese and English. Every CJK ideograph, kana or hangul syllable
 * counts as one word (as Chinese word processors count 字); a run of other letters and digits counts as one word,
 * with inner apostrophes and hyphens ("don't", "state-of-the-art") kept in the word. Characters are Unicode code
 * points other than whitespace. The raw text is counted, Markdown syntax included.
 */
public final class NoteStatistics {

    /** The counts of one text. */
    public record Counts(int words, int characters) {
    }

    private NoteStatistics() {
    }

    public static Counts count(String text) {
        if (text == null || text.isEmpty()) {
            return new Counts(0, 0);
        }
        int words = 0;
        int characters = 0;
        boolean inWord = false;
        int length = text.length();
        for (int i = 0; i < length; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                inWord = false;
            } else {
                characters++;
                if (isCjk(cp)) {
                    words++;
                    inWord = false;
                } else if (Character.isLetterOrDigit(cp)) {
                    if (!inWord) {
                        words++;
                        inWord = true;
                    }
                } else if (!(inWord && isJoiner(cp) && next < length && isWordChar(text.codePointAt(next)))) {
                    inWord = false;
                }
            }
            i = next;
        }
        return new Counts(words, characters);
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '-' || cp == '\u2019';
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) && !isCjk(cp);
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }
}
