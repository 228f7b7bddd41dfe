package org.papernotes.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @Test
    void englishTitleBecomesLowercaseHyphenatedWords() {
        assertThat(Slugs.fromTitle("Attention Is All You Need!")).isEqualTo("attention-is-all-you-need");
    }

    @Test
    void chineseTitleBecomesPinyinSyllables() {
        assertThat(Slugs.fromTitle("注意力机制")).isEqualTo("zhu-yi-li-ji-zhi");
    }

    @Test
    void mixedTitleKeepsEnglishWordsAndSpellsChinese() {
        assertThat(Slugs.fromTitle("APO背景知识")).isEqualTo("apo-bei-jing-zhi-shi");
    }

    @Test
    void accentsAreDroppedAndApostrophesJoin() {
        assertThat(Slugs.fromTitle("Café: Bayes' rule")).isEqualTo("cafe-bayes-rule");
    }

    @Test
    void pathTraversalTitleCannotLeaveTheFolder() {
        assertThat(Slugs.fromTitle("../../x")).isEqualTo("x");
        assertThat(Slugs.fromTitle("..\\..\\etc/passwd")).isEqualTo("etc-passwd");
    }

    @Test
    void emojiOnlyTitleFallsBackToPost() {
        assertThat(Slugs.fromTitle("🎉🚀")).isEqualTo(Slugs.FALLBACK);
        assertThat(Slugs.fromTitle("")).isEqualTo(Slugs.FALLBACK);
    }

    @Test
    void longTitleIsCutAtAWordBoundary() {
        String slug = Slugs.fromTitle("word ".repeat(60));

        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).endsWith("word").doesNotEndWith("-");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x", "CON", "NUL", "😀 emoji 😀", "只有中文标题", "  ", "-_-", "a/b\\c:d*e?f"})
    void everyTitleGivesAValidSlug(String title) {
        assertThat(Slugs.isValid(Slugs.fromTitle(title))).isTrue();
    }

    @Test
    void threeHundredCharacterTitleGivesAValidSlug() {
        assertThat(Slugs.isValid(Slugs.fromTitle("a".repeat(300)))).isTrue();
    }

    @Test
    void collisionsGetANumber() {
        assertThat(Slugs.unique("retnet", Set.of("retnet", "retnet-2"))).isEqualTo("retnet-3");
        assertThat(Slugs.unique("retnet", Set.of("other"))).isEqualTo("retnet");
    }

    @Test
    void numberedSlugStaysWithinTheLengthLimit() {
        String base = "a".repeat(Slugs.MAX_LENGTH);

        assertThat(Slugs.unique(base, Set.of(base))).hasSize(Slugs.MAX_LENGTH).endsWith("-2");
    }

    @Test
    void userTypedSlugIsCleanedToTheRule() {
        assertThat(Slugs.clean("My Own Slug")).isEqualTo("my-own-slug");
        assertThat(Slugs.clean("  ")).isEmpty();
        assertThat(Slugs.isValid("Has-Capitals")).isFalse();
    }
}
