package org.papernotes.store.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papernotes.model.SnippetPart;

/**
 * Short extracts of a note around the hits, computed in Java from the original text (the index holds only the
 * segmented form). The window is the one with the most hits; hits are marked; runs of white space are shown
 * as one space; an ellipsis marks text left out.
 */
final class Snippets {

    /** Chars shown: about two lines of English or one of Chinese in the result list. */
    static final int LENGTH = 140;
    /** Context kept before the first hit of the window. */
    private static final int BEFORE = 30;
    /** How far to look for a space so that words are not cut. */
    private static final int WORD_SLACK = 12;
    private static final String ELLIPSIS = "…";
    /** An HTML tag or comment: {@code <span …>}, {@code </p>}, {@code <br/>}, {@code <!-- … -->}. */
    private static final Pattern HTML_TAG = Pattern.compile("<!--.*?-->|</?[A-Za-z][^<>]*>", Pattern.DOTALL);

    private Snippets() {
    }

    static List<SnippetPart> of(String note, List<TermPattern> patterns) {
        if (note == null || note.isBlank()) {
            return List.of();
        }
        String text = withoutTags(note);
        List<Token> tokens = TextTokenizer.tokens(text);
        List<int[]> spans = new ArrayList<>();
        for (TermPattern pattern : patterns) {
            spans.addAll(pattern.findIn(tokens));
        }
        spans = merged(spans);
        int start = 0;
        if (!spans.isEmpty()) {
            int[] anchor = densest(spans);
            start = wordStart(text, Math.max(0, anchor[0] - BEFORE), anchor[0]);
        }
        int end = wordEnd(text, Math.min(text.length(), start + LENGTH));
        boolean cutBefore = start > 0;
        boolean cutAfter = end < text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        List<SnippetPart> parts = new ArrayList<>();
        if (cutBefore) {
            add(parts, ELLIPSIS, false);
        }
        int at = start;
        for (int[] span : spans) {
            if (span[1] <= start || span[0] >= end) {
                continue;
            }
            int from = Math.max(span[0], start);
            int to = Math.min(span[1], end);
            add(parts, text.substring(at, from), false);
            add(parts, text.substring(from, to), true);
            at = to;
        }
        add(parts, text.substring(at, end), false);
        if (cutAfter) {
            add(parts, ELLIPSIS, false);
        }
        return parts;
    }

    /**
     * The text with its HTML tags (an imported post's {@code <span style="…">}) blanked out, so that a snippet shows
     * the words a reader sees; spaces of the same length keep every offset where it was.
     */
    static String withoutTags(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        Matcher tag = HTML_TAG.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (tag.find()) {
            for (int i = tag.start(); i < tag.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** Sorted, with overlapping or touching spans joined. */
    private static List<int[]> merged(List<int[]> spans) {
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        List<int[]> result = new ArrayList<>();
        for (int[] span : spans) {
            int[] last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                result.add(new int[] {span[0], span[1]});
            }
        }
        return result;
    }

    /** The span that starts the window holding the most hits; the first such. */
    private static int[] densest(List<int[]> spans) {
        int best = 0;
        int bestCount = 0;
        int j = 0;
        for (int i = 0; i < spans.size(); i++) {
            j = Math.max(j, i);
            while (j < spans.size() && spans.get(j)[1] <= spans.get(i)[0] + LENGTH - BEFORE) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = i;
            }
        }
        return spans.get(best);
    }

    /** Moves {@code start} forward to the start of a word, if a space is near, but never past {@code limit}. */
    private static int wordStart(String text, int start, int limit) {
        if (start == 0) {
            return 0;
        }
        for (int i = start; i < Math.min(limit, start + WORD_SLACK); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isLowSurrogate(text.charAt(start)) ? start - 1 : start;
    }

    /** Moves {@code end} back to the end of a word, if a space is near. */
    private static int wordEnd(String text, int end) {
        if (end >= text.length()) {
            return text.length();
        }
        for (int i = end; i > Math.max(0, end - WORD_SLACK); i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i - 1;
            }
        }
        return Character.isHighSurrogate(text.charAt(end - 1)) ? end + 1 : end;
    }

    private static void add(List<SnippetPart> parts, String raw, boolean hit) {
        String text = raw.replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return;
        }
        SnippetPart last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last != null && last.hit() == hit) {
            parts.set(parts.size() - 1, new SnippetPart(last.text() + text, hit));
        } else {
            parts.add(new SnippetPart(text, hit));
        }
    }
}
