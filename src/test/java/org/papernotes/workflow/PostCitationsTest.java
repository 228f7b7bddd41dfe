package org.papernotes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;

/** Citations, the references list and the paper card in exported posts. */
class PostCitationsTest {

    @TempDir
    Path temp;
    Path blog;
    Library library;
    ExportPosts exporter;

    @BeforeEach
    void open() throws IOException {
        library = Library.open(temp.resolve("library.db"));
        blog = Files.createDirectories(temp.resolve("blog/_posts")).getParent();
        exporter = new ExportPosts(library, Clock.fixed(Instant.parse("2024-03-05T10:00:00Z"), ZoneOffset.UTC));
        library.papers().insert(Paper.titled("Attention Is All You Need").withAuthors(List.of("Ashish Vaswani",
                "Noam Shazeer", "Niki Parmar")).withYear(2017).withVenue("NeurIPS")
                .withLinks("10.5555/3295222.3295349", "1706.03762", null).withCitationKey("vaswani2017"));
        library.papers().insert(Paper.titled("Direct Preference Optimization").withAuthors(List.of("Rafael Rafailov",
                "Archit Sharma")).withYear(2023).withLinks(null, "2305.18290", null).withCitationKey("rafailov2023dpo"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Paper note(String title, String text) {
        return library.papers().insert(Paper.titled(title).withNote(text));
    }

    private String exported(Paper paper) throws IOException {
        ExportReport report = exporter.export(List.of(paper.id()), blog, false, OverwritePolicy.ALWAYS, BlogProgress.NONE);
        assertThat(report.failed()).isZero();
        Paper stored = library.papers().get(paper.id());
        return Files.readString(blog.resolve(stored.blog().lastExportPath()));
    }

    private static String body(String post) {
        return post.substring(post.indexOf("\n---\n", 4) + 5);
    }

    @Test
    void aCitationBecomesLinkedAuthorYearTextAndTheReferencesFollowTheNote() throws IOException {
        Paper paper = note("Reading", "Transformers [@vaswani2017] changed NLP.\n");

        assertThat(body(exported(paper))).isEqualTo("""

                Transformers ([Vaswani et al., 2017](https://doi.org/10.5555/3295222.3295349)) changed NLP.

                ## References

                - Ashish Vaswani, Noam Shazeer, Niki Parmar (2017). Attention Is All You Need. NeurIPS. <https://doi.org/10.5555/3295222.3295349>
                """);
    }

    @Test
    void severalKeysAreOneCitationAndEachPaperIsListedOnceInOrder() throws IOException {
        Paper paper = note("Reading", "Both [@rafailov2023dpo; @Vaswani2017], again [@vaswani2017].\n");

        String body = body(exported(paper));

        assertThat(body).contains("Both ([Rafailov & Sharma, 2023](https://arxiv.org/abs/2305.18290); "
                + "[Vaswani et al., 2017](https://doi.org/10.5555/3295222.3295349)), again ([Vaswani et al., 2017](");
        assertThat(body.substring(body.indexOf("## References"))).isEqualTo("""
                ## References

                - Ashish Vaswani, Noam Shazeer, Niki Parmar (2017). Attention Is All You Need. NeurIPS. <https://doi.org/10.5555/3295222.3295349>
                - Rafael Rafailov, Archit Sharma (2023). Direct Preference Optimization. <https://arxiv.org/abs/2305.18290>
                """);
    }

    @Test
    void aKeyNoPaperHasStaysAsWritten() throws IOException {
        Paper paper = note("Reading", "Nobody [@nobody2020] and `[@vaswani2017]` in code.\n");

        assertThat(body(exported(paper))).isEqualTo("\nNobody [@nobody2020] and `[@vaswani2017]` in code.\n");
    }

    @Test
    void markdownInATitleIsWrittenAsText() throws IOException {
        library.papers().insert(Paper.titled("Costs of $5 *and* {{ site.x }} | more_of_it").withYear(2020)
                .withAuthors(List.of("Ada Lovelace")).withCitationKey("lovelace2020"));
        Paper paper = note("Reading", "See [@lovelace2020].\n");

        assertThat(body(exported(paper))).contains(
                "- Ada Lovelace (2020). Costs of \\$5 \\*and\\* \\{\\{ site.x \\}\\} \\| more\\_of\\_it.\n");
    }

    @Test
    void aChineseNoteHeadsItsReferencesInChinese() throws IOException {
        Paper paper = note("阅读", "本文提出了 Transformer 模型[@vaswani2017]，影响深远。\n");

        assertThat(body(exported(paper))).contains("\n## 参考文献\n\n- Ashish Vaswani");
    }

    @Test
    void thePaperCardStartsAPostWrittenInPaperNotesWhenChosen() throws IOException {
        Paper paper = library.papers().findAll(PaperFilter.ALL).stream()
                .filter(p -> "vaswani2017".equals(p.citationKey())).findFirst().orElseThrow();
        library.papers().saveNote(paper.id(), "My note.\n");

        ExportPosts.Plan plan = exporter.plan(List.of(paper.id()), blog, false, PaperCard.Choice.WRITTEN_HERE);

        assertThat(body(plan.posts().get(0).post().text())).isEqualTo("""

                > **Attention Is All You Need**
                >
                > Ashish Vaswani, Noam Shazeer, Niki Parmar · *NeurIPS* · 2017
                >
                > [DOI](https://doi.org/10.5555/3295222.3295349) · [arXiv](https://arxiv.org/abs/1706.03762)

                My note.
                """);
    }

    @Test
    void thePaperCardWritesBibtexOrderedNamesAsTheyAreRead() {
        Paper paper = Paper.titled("Attention Is All You Need").withYear(2017)
                .withAuthors(List.of("Vaswani, Ashish", "Shazeer, Noam"));

        assertThat(PaperCard.of(paper)).contains("> Ashish Vaswani, Noam Shazeer · 2017");
    }

    @Test
    void theCardChoiceIsRememberedByTheExportThatRan() throws IOException {
        Paper paper = note("Reading", "x\n");
        exporter.export(exporter.plan(List.of(paper.id()), blog, false, PaperCard.Choice.WRITTEN_HERE),
                OverwritePolicy.NEVER, BlogProgress.NONE);

        assertThat(PaperCard.remembered(library)).isEqualTo(PaperCard.Choice.WRITTEN_HERE);
        assertThat(exporter.previewPost(library.papers().get(paper.id()), null, false)).contains("> **Reading**");
    }

    @Test
    void anUneditedImportedPostStaysByteIdenticalWithCitationsAndCardsForNotesWrittenHere() throws IOException {
        byte[] original = "---\ntitle: \"Old post\"\ndate: 2021-05-01\n---\n\nCiting [@vaswani2017] by hand.\n"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(blog.resolve("_posts/2021-05-01-old-post.md"), original);
        new ImportPosts(library).importPosts(List.of(blog.resolve("_posts")), BlogProgress.NONE);
        Paper imported = library.papers().findAll(PaperFilter.ALL).stream()
                .filter(p -> p.title().equals("Old post")).findFirst().orElseThrow();

        ExportPosts.Plan plan = exporter.plan(List.of(imported.id()), blog, false, PaperCard.Choice.WRITTEN_HERE);

        assertThat(plan.posts().get(0).status()).isEqualTo(ExportPosts.Status.UNCHANGED);
        assertThat(plan.posts().get(0).post().bytes()).isEqualTo(original);
    }

    @Test
    void anImportedPostGetsTheCardOnlyWhenAskedForImportedPostsToo() throws IOException {
        Files.write(blog.resolve("_posts/2021-05-01-old-post.md"),
                "---\ntitle: \"Old post\"\ndate: 2021-05-01\n---\n\nText.\n".getBytes(StandardCharsets.UTF_8));
        new ImportPosts(library).importPosts(List.of(blog.resolve("_posts")), BlogProgress.NONE);
        Paper imported = library.papers().findAll(PaperFilter.ALL).stream()
                .filter(p -> p.title().equals("Old post")).findFirst().orElseThrow();

        String text = exporter.plan(List.of(imported.id()), blog, false, PaperCard.Choice.ALL).posts().get(0).post().text();

        assertThat(text).isEqualTo("---\ntitle: \"Old post\"\ndate: 2021-05-01\n---\n\n> **Old post**\n>\n> 2021\n\nText.\n");
    }

    @Test
    void anEditedImportedPostHasItsCitationsWrittenOut() throws IOException {
        Files.write(blog.resolve("_posts/2021-05-01-old-post.md"),
                "---\ntitle: \"Old post\"\ndate: 2021-05-01\n---\n\nText.\n".getBytes(StandardCharsets.UTF_8));
        new ImportPosts(library).importPosts(List.of(blog.resolve("_posts")), BlogProgress.NONE);
        Paper imported = library.papers().findAll(PaperFilter.ALL).stream()
                .filter(p -> p.title().equals("Old post")).findFirst().orElseThrow();
        library.papers().saveNote(imported.id(), "\nText [@rafailov2023dpo].\n");

        String text = exporter.plan(List.of(imported.id()), blog, false).posts().get(0).post().text();

        assertThat(text).contains("Text ([Rafailov & Sharma, 2023](https://arxiv.org/abs/2305.18290)).\n\n## References\n");
    }
}
