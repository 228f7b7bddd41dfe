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
