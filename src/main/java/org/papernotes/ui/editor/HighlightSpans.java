package org.papernotes.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.papernotes.markdown.StyleRange;

/** Turns possibly nested style ranges into RichTextFX style spans, each span with the classes of all ranges over it. */
final class HighlightSpans {

    private HighlightSpans() {
    }

    static StyleSpans<Collection<String>> from(List<StyleRange> ranges, int length) {
        // boundary offset -> classes starting (+) and ending (-) there
        TreeMap<Integer, List<String[]>> boundaries = new TreeMap<>();
        for (StyleRange range : ranges) {
            int start = Math.min(range.start(), length);
            int end = Math.min(range.end(), length);
            if (start < end) {
                boundaries.computeIfAbsent(start, k -> new ArrayList<>()).add(new String[] {"+", range.styleClass()});
                boundaries.computeIfAbsent(end, k -> new ArrayList<>()).add(new String[] {"-", range.styleClass()});
            }
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>(boundaries.size() + 1);
        TreeMap<String, Integer> active = new TreeMap<>();
        Collection<String> current = Collections.emptyList();
        int position = 0;
        for (var boundary : boundaries.entrySet()) {
            int offset = boundary.getKey();
            if (offset > position) {
                builder.add(current, offset - position);
                position = offset;
            }
            for (String[] change : boundary.getValue()) {
                if (change[0].equals("+")) {
                    active.merge(change[1], 1, Integer::sum);
                } else {
                    active.computeIfPresent(change[1], (k, count) -> count == 1 ? null : count - 1);
                }
            }
            current = active.isEmpty() ? Collections.emptyList() : List.copyOf(active.keySet());
        }
        builder.add(Collections.emptyList(), Math.max(0, length - position)); // every range has ended here
        return builder.create();
    }

    /** Spans to set from offset {@code from}. */
    record Change(int from, StyleSpans<Collection<String>> spans) {
    }

    /**
     * The part of {@code next} that differs from what the editor shows, given that the editor last got
     * {@code applied} and has since been edited only between its first {@code untouchedStart} and last
     * {@code untouchedEnd} characters (which keep their applied styles). Returns null when nothing needs to be
     * set; all of {@code next} when there is nothing to compare with.
     */
    static Change changedRegion(StyleSpans<Collection<String>> applied, int untouchedStart, int untouchedEnd,
            StyleSpans<Collection<String>> next) {
        if (applied == null) {
            return new Change(0, next);
        }
        int from = sameStylesFromStart(applied, next, untouchedStart);
        int to = next.length() - sameStylesFromEnd(applied, next, untouchedEnd);
        if (from >= to) {
            return null;
        }
        return new Change(from, next.subView(from, to));
    }

    /** How many characters from the start (at most limit) have the same classes in both. */
    private static int sameStylesFromStart(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b,
            int limit) {
        int i = 0;
        int j = 0;
        int endA = a.getSpanCount() > 0 ? a.getStyleSpan(0).getLength() : 0;
        int endB = b.getSpanCount() > 0 ? b.getStyleSpan(0).getLength() : 0;
        int position = 0;
        while (position < limit && i < a.getSpanCount() && j < b.getSpanCount()) {
            if (!a.getStyleSpan(i).getStyle().equals(b.getStyleSpan(j).getStyle())) {
                return position;
            }
            position = Math.min(endA, endB);
            if (position == endA && ++i < a.getSpanCount()) {
                endA += a.getStyleSpan(i).getLength();
            }
            if (position == endB && ++j < b.getSpanCount()) {
                endB += b.getStyleSpan(j).getLength();
            }
        }
        return Math.min(position, limit);
    }

    /** How many characters from the end (at most limit) have the same classes in both. */
    private static int sameStylesFromEnd(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b,
            int limit) {
        int i = a.getSpanCount() - 1;
        int j = b.getSpanCount() - 1;
        int endA = i >= 0 ? a.getStyleSpan(i).getLength() : 0;
        int endB = j >= 0 ? b.getStyleSpan(j).getLength() : 0;
        int position = 0;
        while (position < limit && i >= 0 && j >= 0) {
            if (!a.getStyleSpan(i).getStyle().equals(b.getStyleSpan(j).getStyle())) {
                return position;
            }
            position = Math.min(endA, endB);
            if (position == endA && --i >= 0) {
                endA += a.getStyleSpan(i).getLength();
            }
            if (position == endB && --j >= 0) {
                endB += b.getStyleSpan(j).getLength();
            }
        }
        return Math.min(position, limit);
    }

    /** For tests and debugging: the classes at an offset. */
    static List<String> classesAt(StyleSpans<Collection<String>> spans, int offset) {
        int position = 0;
        for (var span : spans) {
            if (offset < position + span.getLength()) {
                return new ArrayList<>(span.getStyle());
            }
            position += span.getLength();
        }
        return Arrays.asList();
    }
}
