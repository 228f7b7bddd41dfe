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

    @Test
    void changedRegionIsOnlyWhereStylesDiffer() {
        // "# T\nab" -> "# T\nab*c*": the heading keeps its styles, only the new emphasis is set
        StyleSpans<Collection<String>> applied = HighlightSpans.from(List.of(new StyleRange(0, 3, "md-heading")), 6);
        StyleSpans<Collection<String>> next = HighlightSpans.from(List.of(
                new StyleRange(0, 3, "md-heading"), new StyleRange(6, 9, "md-emphasis")), 9);
        HighlightSpans.Change change = HighlightSpans.changedRegion(applied, 6, 0, next);
        assertThat(change.from()).isEqualTo(6);
        assertThat(change.spans().length()).isEqualTo(3);
    }

    @Test
    void insertionInsideAStyledRunIsSetEvenWithEqualStylesAround() {
        StyleSpans<Collection<String>> applied = HighlightSpans.from(List.of(new StyleRange(0, 6, "md-code")), 6);
        StyleSpans<Collection<String>> next = HighlightSpans.from(List.of(new StyleRange(0, 7, "md-code")), 7);
        HighlightSpans.Change change = HighlightSpans.changedRegion(applied, 3, 3, next);
        assertThat(change.from()).isEqualTo(3);
        assertThat(change.spans().length()).isEqualTo(1);
    }

    @Test
    void unchangedTextAndStylesNeedNothing() {
        StyleSpans<Collection<String>> spans = HighlightSpans.from(List.of(new StyleRange(1, 4, "md-math")), 8);
        assertThat(HighlightSpans.changedRegion(spans, 8, 0, spans)).isNull();
    }

    @Test
    void withoutEarlierHighlightingEverythingIsSet() {
        StyleSpans<Collection<String>> next = HighlightSpans.from(List.of(new StyleRange(1, 4, "md-math")), 8);
        assertThat(HighlightSpans.changedRegion(null, 0, 0, next)).isEqualTo(new HighlightSpans.Change(0, next));
    }

    @Test
    void anOpenedCodeFenceRestylesTheRestOfTheText() {
        StyleSpans<Collection<String>> applied = HighlightSpans.from(List.of(), 20);
        StyleSpans<Collection<String>> next = HighlightSpans.from(List.of(new StyleRange(5, 23, "md-code-block")), 23);
        HighlightSpans.Change change = HighlightSpans.changedRegion(applied, 5, 15, next);
        assertThat(change.from()).isEqualTo(5);
        assertThat(change.spans().length()).isEqualTo(18);
    }
}
