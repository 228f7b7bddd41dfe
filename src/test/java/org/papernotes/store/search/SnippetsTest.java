package org.papernotes.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papernotes.model.SnippetPart;

class SnippetsTest {

    private static List<SnippetPart> snippet(String text, String query) {
        return Snippets.of(text, MatchExpression.of(SearchQuery.parse(query)).patterns());
    }

    private static List<String> hits(List<SnippetPart> parts) {
        return parts.stream().filter(SnippetPart::hit).map(SnippetPart::text).toList();
    }

    @Test
    void windowWithTheMostHitsIsShown() {
        String text = "遗忘 once here. " + "filler words ".repeat(30) + "遗忘 and 隐私 and 遗忘 together. " + "end ".repeat(40);

        List<SnippetPart> parts = snippet(text, "遗忘 隐私");

        assertThat(hits(parts)).containsExactly("遗忘", "隐私", "遗忘");
    }

    @Test
    void hitsKeepTheirOriginalCaseAndWidth() {
        assertThat(hits(snippet("We use ＤＰＯ and Unlearning.", "dpo unlearn"))).containsExactly("ＤＰＯ", "Unlearning");
    }

    @Test
    void phraseIsMarkedAsOneSpan() {
        assertThat(hits(snippet("so direct preference optimization works", "\"direct preference\"")))
                .containsExactly("direct preference");
    }

    @Test
    void chineseSubstringIsNotMarkedAcrossPunctuation() {
        assertThat(hits(snippet("学习，习惯", "学习惯"))).isEmpty();
    }

    @Test
    void noteWithoutHitsShowsItsBeginning() {
        assertThat(snippet("Only the title matched.\n\nSecond paragraph.", "title2"))
                .containsExactly(new SnippetPart("Only the title matched. Second paragraph.", false));
    }

    @Test
    void emptyNoteHasNoSnippet() {
        assertThat(snippet("", "x")).isEmpty();
        assertThat(snippet("  \n ", "x")).isEmpty();
    }

    @Test
    void supplementaryCharactersAreNeverCut() {
        String text = "𠀀".repeat(200) + "遗忘" + "𠀀".repeat(200);

        String shown = String.join("", snippet(text, "遗忘").stream().map(SnippetPart::text).toList());

        assertThat(shown.codePoints().filter(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)).isEmpty();
        assertThat(shown).contains("遗忘");
    }

    @Test
    void htmlTagsOfTheNoteAreLeftOutOfTheSnippet() {
        String text = "filler ".repeat(20) + "<span style=\"color: red;\">在训练时</span> 遗忘 <br/>of data";

        String shown = String.join("", snippet(text, "遗忘").stream().map(SnippetPart::text).toList());

        assertThat(shown).contains("在训练时 遗忘 of data").doesNotContain("<", ">", "style", ";\"");
    }
}
