package org.papernotes.bibliography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papernotes.model.Paper;

class BibtexReaderTest {

    @Test
    void aRealDblpBibImportsEveryEntry() {
        BibtexImport read = BibtexReader.read(Fixtures.text("jabref-authors.bib"));
        assertThat(read.problems()).isEmpty();
        assertThat(read.papers()).hasSize(212);
        Paper first = read.papers().get(0);
        assertThat(first.citationKey()).isEqualTo("GarridoKallstromKummEtAl2016");
        assertThat(first.title()).isEqualTo("CORDIC II: A New Improved CORDIC Algorithm");
        assertThat(first.authors()).containsExactly("Mario Garrido", "Petter Kallstrom", "Martin Kumm", "Oscar Gustafsson");
        assertThat(first.venue()).isEqualTo("IEEE Trans. on Circuits and Systems");
        assertThat(first.year()).isEqualTo(2016);
        assertThat(first.doi()).isEqualTo("10.1109/TCSII.2015.2483422");
        assertThat(first.entryType()).isEqualTo("article");
        assertThat(first.bibFields()).containsEntry("pages", "186--190").containsEntry("volume", "63-II");
    }

    @Test
    void latexAccentsBecomeLettersAndMathStaysMath() {
        List<Paper> papers = BibtexReader.read(Fixtures.text("jabref-authors.bib")).papers();
        Paper grajal = papers.stream().filter(p -> "GarridoGrajalMarcosEtAl2013".equals(p.citationKey())).findFirst().orElseThrow();
        assertThat(grajal.authors()).contains("Jesús Grajal", "Miguel A. Sánchez Marcos");
        Paper sigma = papers.stream().filter(p -> "SadeghifarWiknerGustafsson2014".equals(p.citationKey())).findFirst().orElseThrow();
        assertThat(sigma.title()).contains("$\\Sigma$$\\Delta$ modulator");
        assertThat(papers.stream().flatMap(p -> p.authors().stream())).contains("Håkan Johansson");
    }

    @Test
    void brokenEntriesAreReportedWithTheirLineAndTheOthersImport() {
        String bib = """
                @article{good1, title={First}, year=2020}

                @article{unbalanced,
                  title={Never closed,
                  year=2021}

                @inproceedings{good2, title = {Second}, author = {Ada Lovelace}}
                @article{missingComma title={x}}
                @misc{notitle, author={Nobody}}
                @article{good3, title="Third, quoted"}
                """;
        BibtexImport read = BibtexReader.read(bib);
        assertThat(read.papers()).extracting(Paper::title).containsExactly("First", "Second", "Third, quoted");
        assertThat(read.problems()).extracting(BibtexProblem::line).containsExactly(3, 8, 9);
        assertThat(read.problems()).extracting(BibtexProblem::key).containsExactly("unbalanced", "missingComma", "notitle");
        assertThat(read.problems().get(2).message()).contains("no title");
    }

    /** One parser reads every entry of a text: nothing of one entry may reach the next. */
    @Test
    void eachEntryReadsAsIfItWereAlone() {
        String bib = Fixtures.text("jabref-authors.bib");
        List<Paper> alone = new ArrayList<>();
        for (String entry : bib.split("(?m)^(?=@)")) {
            alone.addAll(BibtexReader.read(entry).papers());
        }
        assertThat(BibtexReader.read(bib).papers()).hasSize(212).containsExactlyElementsOf(alone);
    }

    @Test
    void brokenEntriesBetweenEveryGoodOneChangeNoGoodOne() {
        String bib = Fixtures.text("jabref-authors.bib");
        String[] broken = {"@article{open, title = {never closed\n", "@article{lexer, title = {x}, year = ~2020}\n",
            "@string{half = {a}\n", "@misc{quote, title = \"unterminated}\n", "@article{comma, title = {x} year = {2020}}\n"};
        StringBuilder mixed = new StringBuilder();
        List<Integer> brokenLines = new ArrayList<>();
        for (String entry : bib.split("(?m)^(?=@)")) {
            mixed.append(entry);
            brokenLines.add((int) mixed.chars().filter(c -> c == '\n').count() + 1);
            mixed.append(broken[brokenLines.size() % broken.length]);
        }
        BibtexImport read = BibtexReader.read(mixed.toString());
        assertThat(read.papers()).containsExactlyElementsOf(BibtexReader.read(bib).papers());
        assertThat(read.problems()).extracting(BibtexProblem::line).containsExactlyElementsOf(brokenLines);
    }

    @Test
    void aValueNeverClosedOrAnEntryCutShortSaysSo() {
        BibtexImport read = BibtexReader.read("@article{a, title = {open\n@article{b, title = \"open\n"
                + "@article{c, title = {x}\n@article{d, title = {x} year = 2020}\n");
        assertThat(read.problems()).extracting(BibtexProblem::toString).containsExactly(
                "line 1 (a): not valid BibTeX (a brace or quote is never closed)",
                "line 2 (b): not valid BibTeX (a brace or quote is never closed)",
                "line 3 (c): not valid BibTeX (the entry ends before its closing brace)",
                "line 4 (d): not valid BibTeX (unexpected \"year\" <NAME>); check for a missing comma, brace or quote");
    }

    @Test
    void stringMacrosCarryOverToLaterEntries() {
        BibtexImport read = BibtexReader.read("@string{nips = {Advances in Neural Information Processing Systems}}\n"
                + "@inproceedings{v, title={Attention Is All You Need}, booktitle=nips, year=2017}\n");
        assertThat(read.papers().get(0).venue()).isEqualTo("Advances in Neural Information Processing Systems");
    }

    @Test
    void arxivEprintsBecomeTheArxivId() {
        Paper paper = BibtexReader.read("@misc{vaswani2017attention, title={Attention Is All You Need}, "
                + "author={Ashish Vaswani and Noam Shazeer}, year={2017}, eprint={1706.03762}, archivePrefix={arXiv}, "
                + "primaryClass={cs.CL}}").papers().get(0);
        assertThat(paper.arxivId()).isEqualTo("1706.03762");
        assertThat(paper.bibFields()).containsOnlyKeys("primaryclass");
    }

    @Test
    void chineseAuthorsKeepTheirCharactersAndOrder() {
        Paper paper = BibtexReader.read("@article{z, title={机器遗忘综述}, author={张三 and 欧阳修 and Li, Wei}}").papers().get(0);
        assertThat(paper.authors()).containsExactly("张三", "欧阳修", "Li, Wei");
        assertThat(paper.title()).isEqualTo("机器遗忘综述");
    }

    @Test
    void garbageGivesProblemsNotExceptions() {
        BibtexImport read = BibtexReader.read("@@@ {{{ }}} @article{ \u0000 @");
        assertThat(read.papers()).isEmpty();
        assertThat(read.problems()).isNotEmpty();
    }
}
