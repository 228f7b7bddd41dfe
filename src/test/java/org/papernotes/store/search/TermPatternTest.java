package org.papernotes.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermPatternTest {

    private static String fts(String text, boolean phrase, boolean open) {
        return TermPattern.of(new SearchQuery.Term(text, phrase, false, open)).toFts();
    }

    @Test
    void twoChineseCharactersAreOneBigramToken() {
        assertThat(fts("遗忘", false, true)).isEqualTo("\"遗忘\"");
    }

    @Test
    void longerChineseIsAPhraseOfBigrams() {
        assertThat(fts("学习的遗", false, true)).isEqualTo("\"学习 习的 的遗\"");
    }

    @Test
    void oneChineseCharacterIsItsOwnToken() {
        assertThat(fts("忘", false, true)).isEqualTo("\"忘\"");
    }

    @Test
    void englishWordIsAPrefixOnlyWhenOpenAndLongEnough() {
        assertThat(fts("Unlearn*", false, true)).isEqualTo("\"unlearn\" *");
        assertThat(fts("unlearning", true, false)).isEqualTo("\"unlearning\"");
        assertThat(fts("u", false, true)).isEqualTo("\"u\"");
    }

    @Test
    void operatorsAndQuotesOnlyEverAppearInsideQuotedStrings() {
        assertThat(fts("NEAR(a\"b) AND ^xy:", false, true)).isEqualTo("\"near a b and xy\" *");
        assertThat(TermPattern.of(new SearchQuery.Term("*()\"^:", false, false, true)).isEmpty()).isTrue();
    }

    @Test
    void singleChineseCharacterBetweenWordsSplitsThePhrase() {
        assertThat(fts("GPU的TPU", false, true)).isEqualTo("(\"gpu\" AND \"的\" AND \"tpu\" *)");
    }

    @Test
    void fullWidthLatinIsFolded() {
        assertThat(fts("ＤＰＯ", false, false)).isEqualTo("\"dpo\"");
    }

    @Test
    void indexedTextHoldsBigramsThenSingleCharacters() {
        assertThat(IndexedText.of("反学习 DPO 遗忘，方法")).isEqualTo(
                "反学 学习 dpo 遗忘 \uE000 方法 反 学 习 遗 忘 方 法 ");
    }
}
