package org.papernotes.bibliography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.papernotes.model.Paper;

class BibtexWriterTest {

    @ParameterizedTest
    @EnumSource(BibtexWriter.Charset.class)
    void aRealBibRoundTripsThroughTheReaderUnchanged(BibtexWriter.Charset charset) {
        List<Paper> papers = BibtexReader.read(Fixtures.text("jabref-authors.bib")).papers();
        String written = new BibtexWriter(charset).write(papers);
        BibtexImport again = BibtexReader.read(written);
        assertThat(again.problems()).isEmpty();
        assertThat(again.papers()).containsExactlyElementsOf(papers);
    }

    @ParameterizedTest
    @EnumSource(BibtexWriter.Charset.class)
    void specialCharactersRoundTrip(BibtexWriter.Charset charset) {
        Paper paper = Paper.titled("50% of {braces} & #tags_x ~ ^ \\ back -- two; $\\pi_\\theta(y|x)$ and $5")
                .withAuthors(List.of("Müller, Jürgen", "Jean-Marc Azaïs", "张三", "{Google Research}", "van der Ploeg, Atze",
                        "Łukasz Kaiser", "François Çelik"))
                .withVenue("Café & Co.").withYear(2024).withCitationKey("muller2024").withEntryType("article")
                .withAbstract("An abstract with\n\n\"quotes\" and 100% {odd} braces } {")
                .withBibFields(Map.of("pages", "1--10", "note", "See § 3"));
        String written = new BibtexWriter(charset).write(List.of(paper));
        assertThat(LatexText.balanced(written.substring(written.indexOf('{') + 1, written.lastIndexOf('}')))).isTrue();
        assertThat(BibtexReader.read(written).papers()).containsExactly(paper);
    }

    @ParameterizedTest
    @EnumSource(BibtexWriter.Charset.class)
    void quotesAndApostrophesRoundTripAsTyped(BibtexWriter.Charset charset) {
        Paper paper = Paper.titled("Don't panic: ``rules'', `ticks`, ’curly’ “double” and $f''(x)$ a--b")
                .withAuthors(List.of("Conan O'Brien", "D'Arcy, Jean")).withCitationKey("obrien").withEntryType("misc");
        assertThat(BibtexReader.read(new BibtexWriter(charset).write(List.of(paper))).papers()).containsExactly(paper);
    }

    @Test
    void latexEscapesWriteCurlyQuotesAsCommands() {
        String written = new BibtexWriter(BibtexWriter.Charset.LATEX_ESCAPES)
                .write(List.of(Paper.titled("’curly’ “double”").withCitationKey("k")));
        assertThat(written).contains("{\\textquoteright}curly{\\textquoteright} {\\textquotedblleft}double{\\textquotedblright}");
    }

    @Test
    void latexEscapesWriteAccentsAsCommandsAndKeepChineseAsUtf8() {
        Paper paper = Paper.titled("Über Café").withAuthors(List.of("Jürgen Müller", "张三")).withCitationKey("k");
        String written = new BibtexWriter(BibtexWriter.Charset.LATEX_ESCAPES).write(List.of(paper));
        assertThat(written).contains("{\\\"U}ber Caf{\\'e}").contains("J{\\\"u}rgen M{\\\"u}ller and 张三");
    }

    @Test
    void wordsWithInnerCapitalsAreProtected() {
        String written = new BibtexWriter(BibtexWriter.Charset.UTF8)
                .write(List.of(Paper.titled("BERT and GPT-3 on iPhone").withCitationKey("k")));
        assertThat(written).contains("title = {{BERT} and {GPT-3} on {iPhone}}");
    }

    @Test
    void arxivPapersGetEprintFields() {
        String written = new BibtexWriter(BibtexWriter.Charset.UTF8).write(List.of(Paper.titled("Attention")
                .withLinks(null, "1706.03762", "https://arxiv.org/abs/1706.03762").withCitationKey("v2017")));
        assertThat(written).startsWith("@misc{v2017,\n").contains("eprint        = {1706.03762}")
                .contains("archiveprefix = {arXiv}");
    }

    @Test
    void aPaperWithoutAKeyIsRefused() {
        assertThatThrownBy(() -> new BibtexWriter(BibtexWriter.Charset.UTF8).write(List.of(Paper.titled("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no citation key");
    }
}
