package org.papernotes.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.papernotes.markdown.StyleRange;

class HighlightSpansTest {

    @Test
    void nestedRangesCombineTheirClasses() {
        StyleSpans<Collection<String>> spans = HighlightSpans.from(List.of(
                new StyleRange(0, 10, "md-heading"), new StyleRange(4, 7, "md-math"), new StyleRange(4, 5, "md-marker")),
                12);
        assertThat(spans.length()).isEqualTo(12);
        assertThat(HighlightSpans.classesAt(spans, 0)).containsExactly("md-heading");
        assertThat(HighlightSpans.classesAt(spans, 4)).containsExactlyInAnyOrder("md-heading", "md-math", "md-marker");
        assertThat(HighlightSpans.classesAt(spans, 5)).containsExactlyInAnyOrder("md-heading", "md-math");
        assertThat(HighlightSpans.classesAt(spans, 10)).isEmpty();
    }

    @Test
    void noRangesGiveOneUnstyledSpan() {
        StyleSpans<Collection<String>> spans = HighlightSpans.from(List.of(), 5);
        assertThat(spans.getSpanCount()).isEqualTo(1);
        assertThat(spans.length()).isEqualTo(5);
    }

    @Test
    void emptyTextStillHasValidSpans() {
        assertThat(HighlightSpans.from(List.of(), 0).length()).isZero();
    }

    @Test
    void rangesBeyondTheTextAreClipped() {
        assertThat(HighlightSpans.from(List.of(new StyleRange(2, 50, "md-code")), 4).length()).isEqualTo(4);
    }
}
