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

    @Test
    void aLongPostWithChangesAllOverIsDiffedWithoutATableOfItsLengthSquared() {
        // 60,000 lines: a line-by-line table would need 60,000² cells (far beyond the test JVM's heap)
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            before.append("line ").append(i).append('\n');
            after.append(i % 1000 == 0 ? "changed " : "line ").append(i).append('\n');
        }

        assertThat(LineDiff.summary(before.toString(), after.toString())).isEqualTo(new LineDiff.Summary(60, 60));
    }
}
