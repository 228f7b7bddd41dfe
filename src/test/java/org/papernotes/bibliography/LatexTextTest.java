package org.papernotes.bibliography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.Test;

class LatexTextTest {

    /**
     * Plain text skips jbibtex's parser. "{}" before a text makes the parser read it (an empty group prints as
     * nothing), so the two must agree for every value of a real .bib and for the characters at the edge of the rule.
     */
    @Test
    void textWithoutLatexReadsAsTheParserReadsIt() throws Exception {
        List<String> values = new ArrayList<>(List.of("2016", "63-II", "Mon, 08 Feb 2016 00:00:00 +0100",
                "http://dblp.org/rec/bib/x", "机器遗忘综述 and 隐私", "Jürgen Müller", "Ame\u0301lie", "tab\there\nand  spaces",
                "a - b", "-leading", "trailing-", "\"quoted\"", "(a) [b] <c> | d / e * f + g = h ! i ? j ; k : l , m . n @ o",
                "Ω ≤ ∑ — – “” ‘’", "   ", ""));
        BibTeXParser parser = new BibTeXParser() {
            @Override
            public void checkStringResolution(org.jbibtex.Key key, org.jbibtex.BibTeXString string) {
            }
        };
        for (BibTeXEntry entry : parser.parse(new StringReader(Fixtures.text("jabref-authors.bib"))).getEntries().values()) {
            entry.getFields().values().forEach(value -> values.add(value.toUserString()));
        }
        for (String value : values) {
            assertThat(LatexText.decode(value)).as(value).isEqualTo(LatexText.decode("{}" + value));
        }
    }

    @Test
    void dashesAndTexDoubleQuotesStillBecomeTypography() {
        assertThat(LatexText.decode("pages 1--10, a---b")).isEqualTo("pages 1–10, a—b");
        assertThat(LatexText.decode("``Attention'' is all")).isEqualTo("“Attention” is all");
    }

    @Test
    void aQuoteOnItsOwnIsReadAsTyped() {
        assertThat(LatexText.decode("Don't: O'Brien's `x' {\\'E}cole")).isEqualTo("Don't: O'Brien's `x' École");
        assertThat(LatexText.decode("{O'Brien}, \\`a la")).isEqualTo("O'Brien, à la");
    }

    @Test
    void aTextThatBreaksTheParserDoesNotBreakTheNextOne() {
        String broken = LatexText.decode("\\unknowncommand{unclosed");
        assertThat(broken).isNotNull();
        assertThat(LatexText.decode("Gr{\\\"o}{\\ss}e {\\'E}cole")).isEqualTo("Größe École");
    }
}
