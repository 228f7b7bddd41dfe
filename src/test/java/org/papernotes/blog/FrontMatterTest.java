package org.papernotes.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void readsTheTemplatesFrontMatter() throws PostFormatException {
        FrontMatter fm = FrontMatter.parse("title: 'Blog Post number 1'\ndate: 2012-08-14\n"
                + "permalink: /posts/2012/08/blog-post-1/\ntags:\n  - cool posts\n  - category1\n");

        assertThat(fm.title()).isEqualTo("Blog Post number 1");
        assertThat(fm.date()).isEqualTo(LocalDate.of(2012, 8, 14));
        assertThat(fm.permalink()).isEqualTo("/posts/2012/08/blog-post-1/");
        assertThat(fm.tags()).containsExactly("cool posts", "category1");
        assertThat(fm.kept()).isEmpty();
        assertThat(fm.warnings()).isEmpty();
    }

    @Test
    void tagsMayBeAnInlineList() throws PostFormatException {
        assertThat(FrontMatter.parse("tags: [llm, 'ai alignment']\n").tags()).containsExactly("llm", "ai alignment");
    }

    @Test
    void tagsMayBeOneSpaceSeparatedString() throws PostFormatException {
        assertThat(FrontMatter.parse("tags: ai-alignment llm\n").tags()).containsExactly("ai-alignment", "llm");
    }

    @Test
    void twoDigitYearIsReadAsThisCenturyWithAWarning() throws PostFormatException {
        FrontMatter fm = FrontMatter.parse("date: 23-11-14\n");

        assertThat(fm.date()).isEqualTo(LocalDate.of(2023, 11, 14));
        assertThat(fm.warnings()).containsExactly(BlogMessage.of(BlogMessage.Code.TWO_DIGIT_YEAR, "23-11-14", 2023));
        assertThat(fm.warnings().get(0).english()).isEqualTo("the two-digit year in '23-11-14' is read as 2023");
    }

    @Test
    void dataTypoIsReadAsTheDateWithAWarning() throws PostFormatException {
        FrontMatter fm = FrontMatter.parse("title: x\ndata: 2023-11-27\n");

        assertThat(fm.date()).isEqualTo(LocalDate.of(2023, 11, 27));
        assertThat(fm.warnings()).anyMatch(w -> w.english().contains("'data:'"));
        assertThat(fm.kept()).isEmpty();
    }

    @Test
    void dataIsAnOrdinaryKeptKeyWhenThereIsAlsoADate() throws PostFormatException {
        FrontMatter fm = FrontMatter.parse("date: 2024-01-01\ndata: results.csv\n");

        assertThat(fm.date()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(fm.kept()).isEqualTo("data: results.csv\n");
    }

    @Test
    void dateWithTimeKeepsTheDay() throws PostFormatException {
        assertThat(FrontMatter.parse("date: 2024-01-18 10:30:00 +0800\n").date()).isEqualTo(LocalDate.of(2024, 1, 18));
    }

    @Test
    void otherKeysAndCommentsAreKeptInTheirOrder() throws PostFormatException {
        FrontMatter fm = FrontMatter.parse("title: APO\ndescription: notes for \"APO\"\ntags: a b\ncategory: AI\n"
                + "date: 2024-01-18\n\n# bibliography: x.bib\nauthor:\n  name: Me\n  site: x\n");

        assertThat(fm.kept()).isEqualTo("description: notes for \"APO\"\ncategory: AI\n\n# bibliography: x.bib\n"
                + "author:\n  name: Me\n  site: x\n");
    }

    @Test
    void commentBeforeAManagedKeyIsKept() throws PostFormatException {
        FrontMatter fm = FrontMatter.parse("title: x\n# star: superior\ntags:\n  - a\n");

        assertThat(fm.kept()).isEqualTo("# star: superior\n");
        assertThat(fm.tags()).containsExactly("a");
    }

    @Test
    void brokenYamlIsRefusedWithItsLine() {
        assertThatThrownBy(() -> FrontMatter.parse("title: 'unclosed\ndate: 2024-01-01\n"))
                .isInstanceOf(PostFormatException.class).hasMessageContaining("not valid YAML");
    }

    @Test
    void frontMatterThatIsNotAMappingIsRefused() {
        assertThatThrownBy(() -> FrontMatter.parse("- a\n- b\n"))
                .isInstanceOf(PostFormatException.class).hasMessageContaining("key: value");
    }

    @Test
    void writerQuotesTheTitleAsTheTemplateDoesAndListsTags() {
        String yaml = FrontMatterWriter.write("It's: #1", LocalDate.of(2024, 3, 1), "/posts/2024/03/its-1/",
                List.of("llm", "yes"), "category: AI\n");

        assertThat(yaml).isEqualTo("title: 'It''s: #1'\ndate: 2024-03-01\npermalink: /posts/2024/03/its-1/\n"
                + "tags:\n  - llm\n  - 'yes'\ncategory: AI\n");
    }

    @Test
    void writtenFrontMatterReadsBackToTheSameValues() throws PostFormatException {
        String title = "[RFC] {x}: \"quoted\" & 中文 😀 — 'single'";
        String yaml = FrontMatterWriter.write(title, LocalDate.of(2024, 3, 1), null, List.of("a: b", "#c"), "");

        FrontMatter back = FrontMatter.parse(yaml);
        assertThat(back.title()).isEqualTo(title);
        assertThat(back.tags()).containsExactly("a: b", "#c");
        assertThat(back.permalink()).isNull();
    }

    @Test
    void noTagsAreWrittenAsAnEmptyList() throws PostFormatException {
        String yaml = FrontMatterWriter.write("t", LocalDate.of(2024, 3, 1), null, List.of(), "");

        assertThat(yaml).endsWith("tags: []\n");
        assertThat(FrontMatter.parse(yaml).tags()).isEmpty();
    }
}
