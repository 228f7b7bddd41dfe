package org.papernotes.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkTextTest {

    @Test
    void chineseJapaneseAndTheirPunctuationAreWrittenWithoutSpaces() {
        for (String text : new String[] {"遗", "か", "カ", "。", "「", "，", "（", "𠀀"}) {
            assertThat(CjkText.isWrittenWithoutSpaces(text.codePointAt(0))).as(text).isTrue();
        }
    }

    @Test
    void latinAndKoreanSeparateWordsWithSpaces() {
        for (String text : new String[] {"a", "1", ".", "한", " "}) {
            assertThat(CjkText.isWrittenWithoutSpaces(text.codePointAt(0))).as(text).isFalse();
        }
    }
}
