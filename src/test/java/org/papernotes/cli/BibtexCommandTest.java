package org.papernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.bibliography.BibtexReader;
import org.papernotes.bibliography.Fixtures;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperIdentity;
import org.papernotes.store.Library;

/** {@code papernotes bibtex} on a library filled by {@code papernotes add} from a real dblp .bib. */
class BibtexCommandTest {

    @TempDir
    Path dir;

    private String library;
    /** The papers of the .bib that the library stored (two repeat an earlier title), as the importer reads them. */
    private List<Paper> imported;

    @BeforeEach
    void fillTheLibrary() throws Exception {
        library = dir.resolve("l.db").toString();
        Path bib = Files.writeString(dir.resolve("dblp.bib"), Fixtures.text("jabref-authors.bib"));
        assertThat(CliRunner.run("add", "--library", library, bib.toString()).exitCode()).isZero();
        Set<String> keys = identities().stream().map(PaperIdentity::citationKey).collect(Collectors.toSet());
        imported = BibtexReader.read(Fixtures.text("jabref-authors.bib")).papers().stream()
                .filter(paper -> keys.contains(paper.citationKey())).toList();
        assertThat(imported).hasSize(210);
    }

    private List<PaperIdentity> identities() {
        try (Library opened = Library.open(Path.of(library))) {
            return opened.papers().identities().stream()
                    .sorted(java.util.Comparator.comparingLong(PaperIdentity::id)).toList();
        }
    }

    private CliRunner.Result bibtex(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "bibtex";
        all[1] = "--library";
        all[2] = library;
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRunner.run(all);
    }

    @Test
    void allIsReadBackByTheImporterUnchanged() {
        CliRunner.Result result = bibtex("--all");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(BibtexReader.read(result.out()).problems()).isEmpty();
        assertThat(BibtexReader.read(result.out()).papers()).containsExactlyElementsOf(imported);
    }

    @Test
    void asciiWritesAccentsAsLatexAndReadsBackUnchanged() {
        CliRunner.Result result = bibtex("--all", "--ascii");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("H{\\aa}kan Johansson").doesNotContain("Håkan");
        assertThat(result.out().chars().allMatch(c -> c < 128)).isTrue();
        assertThat(BibtexReader.read(result.out()).papers()).containsExactlyElementsOf(imported);
    }

    @Test
    void aTagGivesItsPapersOnly() {
        List<PaperIdentity> papers = identities();
        try (Library opened = Library.open(Path.of(library))) {
            opened.papers().setTags(papers.get(3).id(), List.of("fft"));
            opened.papers().setTags(papers.get(7).id(), List.of("fft", "other"));
            opened.papers().setTags(papers.get(9).id(), List.of("other"));
        }

        CliRunner.Result result = bibtex("--tag", "fft");

        assertThat(result.exitCode()).isZero();
        assertThat(BibtexReader.read(result.out()).papers()).extracting(Paper::citationKey)
                .containsExactly(papers.get(3).citationKey(), papers.get(7).citationKey());
    }

    @Test
    void idsGiveThosePapersInTheGivenOrder() {
        List<PaperIdentity> papers = identities();

        CliRunner.Result result = bibtex(Long.toString(papers.get(5).id()), Long.toString(papers.get(1).id()));

        assertThat(result.exitCode()).isZero();
        assertThat(BibtexReader.read(result.out()).papers()).containsExactly(imported.get(5), imported.get(1));
    }

    @Test
    void anUnknownIdIsAnErrorAndPrintsNothing() {
        CliRunner.Result result = bibtex(Long.toString(identities().get(0).id()), "99999");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("No paper with some of the ids");
    }

    @Test
    void outputToAFileWritesWhatTheTerminalWouldShow() throws Exception {
        Path file = dir.resolve("out").resolve("refs.bib");
        Files.createDirectories(file.getParent());

        CliRunner.Result result = bibtex("--all", "-o", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("papernotes: wrote 210 entries to " + file + "\n");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(bibtex("--all").out());
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // no temporary file left beside it
        }
    }

    @Test
    void aPaperWithoutAKeyGetsOneOnceAndKeepsIt() {
        String id = CliRunner.run("new", "--library", library, "--title", "Hand typed", "--author", "Ada Lovelace",
                "--year", "1843").out().strip();

        CliRunner.Result first = bibtex(id);
        CliRunner.Result second = bibtex(id);

        assertThat(first.out()).startsWith("@misc{lovelace1843HandTyped,");
        assertThat(first.err()).contains("made citation keys for 1 papers that had none");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
    }

    @Test
    void withoutASelectionItSaysWhatToGive() {
        CliRunner.Result result = bibtex();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--all").contains("--tag").contains("see 'papernotes bibtex --help'");
    }
}
