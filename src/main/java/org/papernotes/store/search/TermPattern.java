package org.papernotes.store.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One query term compiled twice from the same tokens: into an FTS5 expression that only ever quotes text
 * (so no user input is read as an FTS5 operator), and into a matcher that finds the same hits in a note's
 * text for the snippet.
 * <p>
 * A term is a sequence of segments that must all match. A segment is a run of tokens that must follow one
 * another. A single CJK character cannot sit inside an FTS phrase (it is its own token only in the
 * single-character part of the index), so it becomes a segment of its own.
 */
final class TermPattern {

    /** Shorter words are matched whole: the index keeps prefixes of 2 and 3 characters, and a 1-letter prefix would scan every term. */
    private static final int MIN_PREFIX_LENGTH = 2;

    private record Segment(List<Token> tokens, boolean prefix) {
    }

    private final List<Segment> segments;

    private TermPattern(List<Segment> segments) {
        this.segments = segments;
    }

    static TermPattern of(SearchQuery.Term term) {
        List<Token> tokens = TextTokenizer.tokens(term.text());
        List<List<Token>> groups = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            int length = token.cjk() ? IndexedText.runLength(tokens, i) : 1;
            if (token.cjk() && length == 1) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
                groups.add(List.of(token));
            } else {
                current.addAll(tokens.subList(i, i + length));
            }
            i += length;
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<Segment> segments = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Token> group = groups.get(g);
            Token last = group.get(group.size() - 1);
            boolean prefix = term.open() && g == groups.size() - 1 && !last.cjk()
                    && last.text().codePointCount(0, last.text().length()) >= MIN_PREFIX_LENGTH;
            segments.add(new Segment(List.copyOf(group), prefix));
        }
        return new TermPattern(segments);
    }

    /** True when the term has nothing searchable (only punctuation, symbols or emoji). */
    boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The FTS5 expression: quoted strings joined by AND, a {@code *} only where this class puts one. */
    String toFts() {
        List<String> parts = new ArrayList<>();
        for (Segment segment : segments) {
            String phrase = String.join(" ", IndexedText.stream(segment.tokens()));
            parts.add("\"" + phrase.replace("\"", "\"\"") + "\"" + (segment.prefix() ? " *" : ""));
        }
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(" AND ", parts) + ")";
    }

    /** Where this term matches in {@code text}'s tokens, as [start, end) offsets of the original text. */
    List<int[]> findIn(List<Token> text) {
        List<int[]> spans = new ArrayList<>();
        for (Segment segment : segments) {
            for (int start = 0; start < text.size(); start++) {
                int end = matchAt(segment, text, start);
                if (end > start) {
                    spans.add(new int[] {text.get(start).start(), text.get(end - 1).end()});
                }
            }
        }
        return spans;
    }

    /** The index after the match of {@code segment} at {@code start}, or {@code start} if none. */
    private static int matchAt(Segment segment, List<Token> text, int start) {
        List<Token> wanted = segment.tokens();
        if (start + wanted.size() > text.size()) {
            return start;
        }
        for (int k = 0; k < wanted.size(); k++) {
            Token want = wanted.get(k);
            Token have = text.get(start + k);
            if (want.cjk() != have.cjk()) {
                return start;
            }
            if (want.cjk()) {
                boolean sameRunAsBefore = k > 0 && wanted.get(k - 1).cjk() && wanted.get(k - 1).run() == want.run();
                if (!have.text().equals(want.text())
                        || (sameRunAsBefore && text.get(start + k - 1).run() != have.run())) {
                    return start;
                }
            } else {
                boolean last = k == wanted.size() - 1;
                boolean matches = last && segment.prefix() ? have.text().startsWith(want.text())
                        : have.text().equals(want.text());
                if (!matches) {
                    return start;
                }
            }
        }
        return start + wanted.size();
    }
}
