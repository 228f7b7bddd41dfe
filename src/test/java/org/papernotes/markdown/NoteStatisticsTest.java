package org.papernotes.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteStatisticsTest {

    @Test
    void eachChineseCharacterIsAWord() {
        assertThat(NoteStatistics.count("遗忘与隐私")).isEqualTo(new NoteStatistics.Counts(5, 5));
    }

    @Test
    void englishWordsAreRunsOfLetters() {
        assertThat(NoteStatistics.count("Direct preference  optimization\n")).isEqualTo(new NoteStatistics.Counts(3, 28));
    }

    @Test
    void mixedSentenceCountsBoth() {
        // 我们提出 (4) a state-of-the-art model don't (4) 遗忘 (2)
        assertThat(NoteStatistics.count("我们提出 a state-of-the-art model, don't 遗忘。").words()).isEqualTo(10);
    }

    @Test
    void punctuationCountsAsCharactersNotWords() {
        assertThat(NoteStatistics.count("你好，世界！")).isEqualTo(new NoteStatistics.Counts(4, 6));
    }

    @Test
    void numbersAreWordsAndWhitespaceIsNoCharacter() {
        assertThat(NoteStatistics.count(" 2024 年 \t")).isEqualTo(new NoteStatistics.Counts(2, 5));
    }

    @Test
    void emptyAndNullCountNothing() {
        assertThat(NoteStatistics.count("")).isEqualTo(new NoteStatistics.Counts(0, 0));
        assertThat(NoteStatistics.count(null)).isEqualTo(new NoteStatistics.Counts(0, 0));
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnce() {
        assertThat(NoteStatistics.count("𠀀x")).isEqualTo(new NoteStatistics.Counts(2, 2));
    }
}
