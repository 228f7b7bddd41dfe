package org.papernotes.store;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The edits that turn one text into another, found by java-diff-utils (Myers) in two passes: on the text's pieces
 * (each ends after a line feed or a sentence's end), then on the characters of each run of changed pieces. So edits
 * spread over a long note, as between two versions a week apart, cost what the edits cost and not what lies between
 * them. Myers' work grows with the square of the number of edits it finds: a pass that finds more than
 * {@link #MOST_EDITS} gives up, and its run is written as replaced whole.
 */
final class TextDiff {

    /** {@code deleted} characters of the old text at {@code at} become the new text's {@code inserted} at {@code toAt}. */
    record Edit(int at, int deleted, int toAt, int inserted) {
    }

    static final int MOST_EDITS = 1_000;
    /** Runs of changed pieces fewer than this many characters apart are compared character by character as one. */
    static final int JOINED_WITHIN = 50;
    private static final String PIECE_ENDS = "\n.!?;。！？；";

    private TextDiff() {
    }

    /** The edits, in order, that turn {@code from} into {@code to}. */
    static List<Edit> between(String from, String to) {
        List<Edit> edits = new ArrayList<>();
        byPieces(new Span(from, 0, from.length()), new Span(to, 0, to.length()), edits);
        return edits;
    }

    private static void byPieces(Span from, Span to, List<Edit> edits) {
        Span[] middle = Span.changedMiddle(from, to);
        from = middle[0];
        to = middle[1];
        if (from.isEmpty() || to.isEmpty()) {
            replaced(from, to, edits);
            return;
        }
        int[] fromCuts = from.pieceStarts();
        int[] toCuts = to.pieceStarts();
        Optional<List<AbstractDelta<String>>> runs = myers(from.pieces(fromCuts), to.pieces(toCuts));
        if (runs.isEmpty()) {
            replaced(from, to, edits);
            return;
        }
        Span fromRun = null;
        Span toRun = null;
        for (AbstractDelta<String> run : runs.get()) {
            int source = run.getSource().getPosition();
            int target = run.getTarget().getPosition();
            Span nextFrom = new Span(from.text, fromCuts[source], fromCuts[source + run.getSource().size()]);
            Span nextTo = new Span(to.text, toCuts[target], toCuts[target + run.getTarget().size()]);
            if (fromRun != null && nextFrom.start - fromRun.end < JOINED_WITHIN) {
                // Runs this close are compared as one: a short piece in common (a blank line, "$.") may match wrongly.
                fromRun = new Span(from.text, fromRun.start, nextFrom.end);
                toRun = new Span(to.text, toRun.start, nextTo.end);
                continue;
            }
            if (fromRun != null) {
                byCharacters(fromRun, toRun, edits);
            }
            fromRun = nextFrom;
            toRun = nextTo;
        }
        if (fromRun != null) {
            byCharacters(fromRun, toRun, edits);
        }
    }

    private static void byCharacters(Span from, Span to, List<Edit> edits) {
        Span[] middle = Span.changedMiddle(from, to);
        from = middle[0];
        to = middle[1];
        if (from.isEmpty() || to.isEmpty()) {
            replaced(from, to, edits);
            return;
        }
        Optional<List<AbstractDelta<Character>>> changes = myers(from.characters(), to.characters());
        if (changes.isEmpty()) {
            replaced(from, to, edits);
            return;
        }
        for (AbstractDelta<Character> change : changes.get()) {
            edits.add(new Edit(from.start + change.getSource().getPosition(), change.getSource().size(),
                    to.start + change.getTarget().getPosition(), change.getTarget().size()));
        }
    }

    private static void replaced(Span from, Span to, List<Edit> edits) {
        if (!from.isEmpty() || !to.isEmpty()) {
            edits.add(new Edit(from.start, from.length(), to.start, to.length()));
        }
    }

    private static <T> Optional<List<AbstractDelta<T>>> myers(List<T> from, List<T> to) {
        try {
            return Optional.of(DiffUtils.diff(from, to, GIVE_UP_AFTER_MOST_EDITS).getDeltas());
        } catch (TooManyEdits e) {
            return Optional.empty();
        }
    }

    /** Myers reports each number of edits it has tried; past the limit, stop it. */
    private static final DiffAlgorithmListener GIVE_UP_AFTER_MOST_EDITS = new DiffAlgorithmListener() {
        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int edits, int most) {
            if (edits > MOST_EDITS) {
                throw TooManyEdits.INSTANCE;
            }
        }

        @Override
        public void diffEnd() {
        }
    };

    private static final class TooManyEdits extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final TooManyEdits INSTANCE = new TooManyEdits();

        private TooManyEdits() {
            super("too many edits", null, false, false);
        }
    }

    /** The characters {@code [start, end)} of a text. */
    private record Span(String text, int start, int end) {

        boolean isEmpty() {
            return start == end;
        }

        int length() {
            return end - start;
        }

        /** Both spans without the characters they start and end with in common. */
        static Span[] changedMiddle(Span a, Span b) {
            int prefix = 0;
            int most = Math.min(a.length(), b.length());
            while (prefix < most && a.text.charAt(a.start + prefix) == b.text.charAt(b.start + prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < most - prefix && a.text.charAt(a.end - 1 - suffix) == b.text.charAt(b.end - 1 - suffix)) {
                suffix++;
            }
            return new Span[] {new Span(a.text, a.start + prefix, a.end - suffix),
                new Span(b.text, b.start + prefix, b.end - suffix)};
        }

        /** Where each piece starts, and the span's end last. */
        int[] pieceStarts() {
            List<Integer> starts = new ArrayList<>();
            starts.add(start);
            for (int i = start; i < end - 1; i++) {
                if (PIECE_ENDS.indexOf(text.charAt(i)) >= 0) {
                    starts.add(i + 1);
                }
            }
            starts.add(end);
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }

        List<String> pieces(int[] starts) {
            List<String> pieces = new ArrayList<>(starts.length - 1);
            for (int i = 0; i + 1 < starts.length; i++) {
                pieces.add(text.substring(starts[i], starts[i + 1]));
            }
            return pieces;
        }

        List<Character> characters() {
            List<Character> characters = new ArrayList<>(length());
            for (int i = start; i < end; i++) {
                characters.add(text.charAt(i));
            }
            return characters;
        }
    }
}
