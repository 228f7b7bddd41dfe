package org.papernotes.bibliography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.papernotes.model.Paper;

class CitationKeyPatternTest {

    private final CitationKeyPattern pattern = CitationKeyPattern.of(CitationKeyPattern.DEFAULT);

    @Test
    void theDefaultIsSurnameYearAndShortTitle() {
        Paper paper = Paper.titled("Attention Is All You Need").withAuthors(List.of("Ashish Vaswani")).withYear(2017);
        assertThat(pattern.baseKey(paper)).isEqualTo("vaswani2017AttentionIsAll");
    }

    @Test
    void functionWordsAndAccentsAreLeftOut() {
        Paper paper = Paper.titled("On the Théorie of Ñandú").withAuthors(List.of("Müller, Jürgen")).withYear(2020);
        assertThat(pattern.baseKey(paper)).isEqualTo("muller2020TheorieNandu");
    }

    @Test
    void chineseNamesGiveSurnamePinyinAndGivenInitial() {
        Paper paper = Paper.titled("机器遗忘综述").withAuthors(List.of("欧阳修", "张三")).withYear(2024);
        assertThat(pattern.baseKey(paper)).isEqualTo("ouyangx2024JiqiYiwangZongshu");
        assertThat(pattern.baseKey(paper.withAuthors(List.of("曾小明")))).startsWith("zengx2024");
    }

    @Test
    void clashesGetALetter() {
        Paper paper = Paper.titled("Attention Is All You Need").withAuthors(List.of("Ashish Vaswani")).withYear(2017);
        assertThat(pattern.uniqueKey(paper, Set.of("vaswani2017attentionisall"))).isEqualTo("vaswani2017AttentionIsAlla");
        assertThat(pattern.uniqueKey(paper, Set.of("vaswani2017attentionisall", "vaswani2017attentionisalla")))
                .isEqualTo("vaswani2017AttentionIsAllb");
    }

    @Test
    void aPaperWithNothingToSpellGetsAUsableKey() {
        assertThat(pattern.baseKey(Paper.titled("!!!"))).isEqualTo("paper");
    }

    @Test
    void unknownFieldsAreRefused() {
        assertThatThrownBy(() -> CitationKeyPattern.of("[auth][journal]")).hasMessageContaining("[journal]");
        assertThat(CitationKeyPattern.of("[authors2][year]").baseKey(Paper.titled("x")
                .withAuthors(List.of("A One", "B Two", "C Three")).withYear(2001))).isEqualTo("OneTwoEtAl2001");
    }
}
