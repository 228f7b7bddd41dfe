package org.papernotes.store.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Token}s the same way for the index, for queries and for snippets, so that what
 * the index matches is what a snippet marks. Words are maximal runs of letters, digits and combining marks;
 * CJK text is cut into single characters, grouped into runs; everything else (spaces, punctuation, symbols,
 * emoji) separates tokens.
 */
final class TextTokenizer {

    private TextTokenizer() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int length = text.length();
        int run = -1;
        int lastCjkEnd = -1;
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isCjk(cp)) {
                if (lastCjkEnd != i) {
                    run++;
                }
                tokens.add(new Token(i, next, new String(Character.toChars(cp)), true, run));
                lastCjkEnd = next;
                i = next;
            } else if (isWordChar(cp)) {
                int end = next;
                while (end < length) {
                    int c = text.codePointAt(end);
                    if (isCjk(c) || !(isWordChar(c) || isMark(c))) {
                        break;
                    }
                    end += Character.charCount(c);
                }
                tokens.add(new Token(i, end, fold(text.substring(i, end)), false, -1));
                i = end;
            } else {
                i = next;
            }
        }
        return tokens;
    }

    /** Full-width Latin to ASCII, ligatures apart, lower case: what the index's unicode61 tokenizer also folds. */
    static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> Character.isLetter(cp);
            // ー (prolonged sound mark) and 々 (iteration mark) belong to the script of their neighbours.
            default -> cp == 0x30FC || cp == 0x3005;
        };
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
