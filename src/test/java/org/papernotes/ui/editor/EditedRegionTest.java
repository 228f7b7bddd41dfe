package org.papernotes.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditedRegionTest {

    @Test
    void nothingEditedLeavesAllUntouched() {
        EditedRegion region = new EditedRegion();
        assertThat(region.untouchedStart(10)).isEqualTo(10);
        assertThat(region.untouchedEnd(10)).isZero();
    }

    @Test
    void oneInsertionSplitsTheTextAroundIt() {
        EditedRegion region = new EditedRegion();
        region.edited(4, 0, 2, 12); // "abcd" + 2 new + "efghij"
        assertThat(region.untouchedStart(12)).isEqualTo(4);
        assertThat(region.untouchedEnd(12)).isEqualTo(6);
    }

    @Test
    void editsGrowTheRegionToCoverAll() {
        EditedRegion region = new EditedRegion();
        region.edited(4, 0, 1, 11);
        region.edited(8, 2, 0, 9); // a deletion after the first edit
        assertThat(region.untouchedStart(9)).isEqualTo(4);
        assertThat(region.untouchedEnd(9)).isEqualTo(1);
        region.edited(0, 1, 1, 9);
        assertThat(region.untouchedStart(9)).isZero();
    }

    @Test
    void replacingEverythingLeavesNothingUntouched() {
        EditedRegion region = new EditedRegion();
        region.edited(0, 10, 20, 20);
        assertThat(region.untouchedStart(20)).isZero();
        assertThat(region.untouchedEnd(20)).isZero();
    }

    @Test
    void clearMeansTheHighlightingMatchesAgain() {
        EditedRegion region = new EditedRegion();
        region.edited(3, 0, 1, 5);
        region.clear();
        assertThat(region.untouchedStart(5)).isEqualTo(5);
    }
}
