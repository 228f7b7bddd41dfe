package org.papernotes.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitationTest {

    private static final CitationResolver LIBRARY = new CitationResolver() {
        private final Map<String, Cited> papers = Map.of(
                "vaswani2017", new Cited(12, "Vaswani et al., 2017", "Attention Is All You Need"),
                "devlin2019", new Cited(7, "Devlin et al., 2019", "BERT"));

        @Override
        public Optional<Cited> resolve(String key) {
            return Optional.ofNullable(papers.get(key.toLowerCase(java.util.Locale.ROOT)));
        }

        @Override
        public String unknownTitle(String key) {
            return "No paper has the key " + key;
        }
    };

    private static List<List<String>> cited(String markdown) {
        return Citations.of(MarkdownConfig.standard().parse(markdown)).stream().map(Citation::keys).toList();
    }

    private static String preview(String markdown) {
        StringBuilder html = new StringBuilder();
        PreviewHtml.renderBlocks(MarkdownConfig.standard().parse(markdown), PreviewMath.NOTE, LIBRARY)
                .forEach(block -> html.append(block.html()));
        return html.toString();
    }

    @Test
    void aBracketedKeyIsACitation() {
        assertThat(cited("As shown [@vaswani2017], attention works.")).containsExactly(List.of("vaswani2017"));
    }

    @Test
    void severalKeysSeparatedBySemicolonsAreOneCitation() {
        assertThat(cited("Both [@vaswani2017; @devlin2019] and [ @a:b.c ;@x-y ].")).containsExactly(
                List.of("vaswani2017", "devlin2019"), List.of("a:b.c", "x-y"));
    }

    @Test
    void codeMathLinksAndFootnotesAreNotCitations() {
        assertThat(cited("`[@code]` $[@math]$ [@linked](https://example.org) [^1] [text @inside]\n\n"
                + "    [@indented]\n\n[^1]: a note")).isEmpty();
    }

    @Test
    void aCitationInsideEmphasisOrAListIsFound() {
        assertThat(cited("- *see [@vaswani2017]*\n- 中文[@devlin2019]。")).containsExactly(
                List.of("vaswani2017"), List.of("devlin2019"));
    }

    @Test
    void thePreviewLinksACitedPaperWithItsAuthorsAndYear() {
        assertThat(preview("See [@Vaswani2017].")).contains("<span class=\"citation\">(<a href=\"papernotes:paper/12\" "
                + "title=\"Attention Is All You Need\">Vaswani et al., 2017</a>)</span>");
    }

    @Test
    void thePreviewMarksAnUnknownKey() {
        assertThat(preview("See [@vaswani2017; @nobody].")).contains("Vaswani et al., 2017</a>; <span class=\"citation-unknown\" "
                + "title=\"No paper has the key nobody\">@nobody</span>)");
    }

    @Test
    void withoutTheLibraryACitationIsShownAsWritten() {
        assertThat(PreviewHtml.render(MarkdownConfig.standard().parse("See [@vaswani2017]."))).contains("See [@vaswani2017].");
    }

    @Test
    void citationsAreHighlightedInTheEditor() {
        ParsedNote note = MarkdownConfig.standard().parse("See [@vaswani2017].");
        assertThat(MarkdownHighlighter.ranges(note)).contains(new StyleRange(4, 18, MarkdownHighlighter.CITATION));
    }

    @Test
    void onlyABracketBeforeTheAtSignMayBeACitation() {
        assertThat(Citations.mayCite("Mail ada@example.org; @Override; @article{x,")).isFalse();
        assertThat(Citations.mayCite("As shown [@vaswani2017].")).isTrue();
        assertThat(Citations.mayCite("> As shown [\n> @vaswani2017].")).isTrue();
        assertThat(cited("Mail ada@example.org; @Override")).isEmpty();
    }
}
