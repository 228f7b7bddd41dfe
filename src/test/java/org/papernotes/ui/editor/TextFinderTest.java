package org.papernotes.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFinderTest {

    @Test
    void nextWrapsAroundToTheStart() {
        assertThat(TextFinder.next("隐私 a 隐私", "隐私", 1, true)).isEqualTo(new TextFinder.Match(5, 7));
        assertThat(TextFinder.next("隐私 a 隐私", "隐私", 6, true)).isEqualTo(new TextFinder.Match(0, 2));
    }

    @Test
    void previousWrapsAroundToTheEnd() {
        assertThat(TextFinder.previous("ab ab ab", "ab", 6, true)).isEqualTo(new TextFinder.Match(3, 5));
        assertThat(TextFinder.previous("ab ab ab", "ab", 0, true)).isEqualTo(new TextFinder.Match(6, 8));
    }

    @Test
    void ignoringCaseFindsEveryVariant() {
        assertThat(TextFinder.all("Bias bias BIAS", "bias", false)).hasSize(3);
        assertThat(TextFinder.all("Bias bias BIAS", "bias", true)).containsExactly(new TextFinder.Match(5, 9));
    }

    @Test
    void emptyQueryOrNoMatchGivesNothing() {
        assertThat(TextFinder.next("text", "", 0, false)).isNull();
        assertThat(TextFinder.next("text", "z", 0, false)).isNull();
        assertThat(TextFinder.all("text", "", false)).isEmpty();
    }

    @Test
    void matchesDoNotOverlap() {
        assertThat(TextFinder.all("aaaa", "aa", true))
                .containsExactly(new TextFinder.Match(0, 2), new TextFinder.Match(2, 4));
    }
}
