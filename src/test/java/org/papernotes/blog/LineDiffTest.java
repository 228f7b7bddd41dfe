package org.papernotes.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void showsTheChangedLineWithItsContext() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String after = "a\nb\nc\nd\nE\nf\ng\nh\n";

        assertThat(LineDiff.unified("x.md", before, after))
                .isEqualTo("--- x.md\n+++ x.md\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
        assertThat(LineDiff.summary(before, after)).isEqualTo(new LineDiff.Summary(1, 1));
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(LineDiff.unified("x.md", "same\n", "same\n")).isEmpty();
    }

    @Test
    void farApartChangesAreTwoHunks() {
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            before.append(i).append('\n');
        }
        String after = before.toString().replace("2\n", "two\n").replace("17\n", "seventeen\n");

        assertThat(LineDiff.unified("x.md", before.toString(), after).split("\n@@", -1)).hasSize(3);
    }
}
