package org.papernotes.bibliography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;

/**
 * Our .bib judged by real BibTeX consumers from TeX Live: {@code bibtex} on a tiny .aux citing every entry, and
 * {@code biber --tool} (which parses and checks a .bib with biblatex's data model). Skipped when they are absent.
 */
class BibtexConsumersTest {

    @TempDir
    Path dir;

    private static List<Paper> papers() {
        List<Paper> papers = new ArrayList<>(BibtexReader.read(Fixtures.text("jabref-authors.bib")).papers());
        papers.add(Paper.titled("机器遗忘综述: 50% & {odd} #1 $\\pi_\\theta$").withAuthors(List.of("张三", "欧阳修"))
                .withYear(2024).withVenue("计算机学报").withEntryType("article").withCitationKey("zhangs2024JiqiYiwang"));
        papers.add(Paper.titled("Attention Is All You Need").withAuthors(List.of("Ashish Vaswani", "Łukasz Kaiser"))
                .withLinks(null, "1706.03762", "https://arxiv.org/abs/1706.03762?x=1%202#frag").withYear(2017)
                .withCitationKey("vaswani2017AttentionIsAll"));
        papers.add(Paper.titled("Don't panic: ``rules'', ’curly’ “double” and $f''(x)$").withAuthors(List.of("Conan O'Brien"))
                .withYear(2020).withCitationKey("obrien2020DontPanic"));
        return papers;
    }

    @Test
    void bibtexReadsTheExportWithoutErrorsOrWarnings() throws Exception {
        assumeTrue(onPath("bibtex"), "bibtex is not installed (Debian: texlive-binaries); skipped");
        List<Paper> papers = papers();
        Files.writeString(dir.resolve("refs.bib"), new BibtexWriter(BibtexWriter.Charset.UTF8).write(papers));
        StringBuilder aux = new StringBuilder();
        for (Paper paper : papers) {
            aux.append("\\citation{").append(paper.citationKey()).append("}\n");
        }
        aux.append("\\bibstyle{plain}\n\\bibdata{refs}\n");
        Files.writeString(dir.resolve("doc.aux"), aux);
        Result result = run("bibtex", "doc");
        assertThat(result.output).doesNotContain("error message").doesNotContain("Warning--I didn't find");
        assertThat(result.exitCode).as(result.output).isZero();
        String bbl = Files.readString(dir.resolve("doc.bbl"), StandardCharsets.UTF_8);
        assertThat(bbl.split("\\\\bibitem").length - 1).isEqualTo(papers.size());
        assertThat(bbl).contains("张三").contains("Kaiser");
    }

    @Test
    void biberParsesTheExportWithoutErrors() throws Exception {
        assumeTrue(onPath("biber"), "biber is not installed (Debian: biber); skipped");
        List<Paper> papers = papers();
        Files.writeString(dir.resolve("refs.bib"), new BibtexWriter(BibtexWriter.Charset.UTF8).write(papers));
        Result result = run("biber", "--tool", "--output-file=out.bib", "refs.bib");
        assertThat(result.output).doesNotContain("ERROR").doesNotContain("BibTeX subsystem");
        assertThat(result.exitCode).as(result.output).isZero();
        String out = Files.readString(dir.resolve("out.bib"), StandardCharsets.UTF_8);
        for (Paper paper : papers) {
            assertThat(out).containsIgnoringCase("{" + paper.citationKey() + ",");
        }
    }

    @Test
    void bibtexReadsTheLatexEscapedExportToo() throws Exception {
        assumeTrue(onPath("bibtex"), "bibtex is not installed (Debian: texlive-binaries); skipped");
        List<Paper> papers = papers();
        Files.writeString(dir.resolve("refs.bib"), new BibtexWriter(BibtexWriter.Charset.LATEX_ESCAPES).write(papers));
        Files.writeString(dir.resolve("doc.aux"), "\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n");
        Result result = run("bibtex", "doc");
        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(Files.readString(dir.resolve("doc.bbl"), StandardCharsets.UTF_8)).contains("H{\\aa}kan")
                .doesNotContain("Håkan").doesNotContain("Ł").doesNotContain("’");
    }

    private record Result(int exitCode, String output) {
    }

    private Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String log = Files.exists(dir.resolve("doc.blg")) ? Files.readString(dir.resolve("doc.blg"), StandardCharsets.UTF_8) : "";
        return new Result(process.exitValue(), output + log);
    }

    private static boolean onPath(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }
}
