package org.papernotes.store.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The "segmented" form of a text that goes into the index, where FTS5's unicode61 tokenizer reads it.
 * unicode61 would treat a whole run of Chinese as one token, so the text is re-written in Java:
 * <ul>
 *   <li>words stay words;</li>
 *   <li>a CJK run of two or more characters becomes its overlapping bigrams ({@code 反学 学习 习的 …}), so a
 *       two-character query is one token lookup and a longer one a phrase of bigrams;</li>
 *   <li>a run of one character stays that character;</li>
 *   <li>after the main stream come the single characters of the longer runs, so that a one-character query
 *       (a token of one character) finds any character anywhere.</li>
 * </ul>
 * Two bigram runs with nothing but punctuation between them ({@code 学习，习惯}) get a {@link #RUN_BREAK}
 * token between them, or the phrase for {@code 学习惯} would match across the comma. Queries are built with the
 * same rules ({@link #stream}), so a quoted {@code "学习，习惯"} still matches.
 */
final class IndexedText {

    /** A private-use character: a token for unicode61, and never in a query, which drops such characters. */
    static final String RUN_BREAK = "\uE000";

    private IndexedText() {
    }

    /** The text to store in one index column. */
    static String of(String text) {
        List<Token> tokens = TextTokenizer.tokens(text);
        if (tokens.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (String token : stream(tokens)) {
            out.append(token).append(' ');
        }
        // The single characters of the longer runs (single-character runs are already in the stream).
        int i = 0;
        while (i < tokens.size()) {
            int length = tokens.get(i).cjk() ? runLength(tokens, i) : 1;
            if (length > 1) {
                for (int k = i; k < i + length; k++) {
                    out.append(tokens.get(k).text()).append(' ');
                }
            }
            i += length;
        }
        return out.toString();
    }

    /** The main token stream: words, bigrams of longer runs, single-character runs, and run breaks. */
    static List<String> stream(List<Token> tokens) {
        List<String> stream = new ArrayList<>();
        boolean lastWasBigram = false;
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (!token.cjk()) {
                stream.add(token.text());
                lastWasBigram = false;
                i++;
                continue;
            }
            int length = runLength(tokens, i);
            if (length == 1) {
                stream.add(token.text());
                lastWasBigram = false;
            } else {
                if (lastWasBigram) {
                    stream.add(RUN_BREAK);
                }
                for (int k = i; k < i + length - 1; k++) {
                    stream.add(tokens.get(k).text() + tokens.get(k + 1).text());
                }
                lastWasBigram = true;
            }
            i += length;
        }
        return stream;
    }

    /** How many characters of the CJK run starting at {@code index} follow, itself included. */
    static int runLength(List<Token> tokens, int index) {
        int run = tokens.get(index).run();
        int end = index;
        while (end < tokens.size() && tokens.get(end).cjk() && tokens.get(end).run() == run) {
            end++;
        }
        return end - index;
    }
}
