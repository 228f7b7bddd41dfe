package org.papernotes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.blog.BlogMessage;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.ImportReport;
import org.papernotes.blog.ImportReport.Entry;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.blog.PostSource;
import org.papernotes.blog.ImportReport.Outcome;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;

/** Imports src/test/resources/org/papernotes/blog/import/_posts plus a binary and a huge file made here. */
class ImportPostsTest {

    static final List<String> GOOD = List.of("2023-11-27-typo-date.md", "2024-01-18-string-tags.md",
            "2024-03-01-block-tags.md", "2024-03-02-inline-tags.md", "2024-04-04-untitled-post.md");

    @TempDir
    Path temp;
    Path blog;
    Path posts;
    Library library;

    @BeforeEach
    void setUp() throws IOException {
        library = Library.open(temp.resolve("library.db"));
        blog = temp.resolve("blog");
        posts = Files.createDirectories(blog.resolve("_posts"));
        for (String name : List.of("2023-11-27-typo-date.md", "2024-01-18-string-tags.md", "2024-03-01-block-tags.md",
                "2024-03-02-inline-tags.md", "2024-04-01-no-front-matter.md", "2024-04-02-broken-yaml.md",
                "2024-04-03-empty.md", "2024-04-04-untitled-post.md")) {
            try (InputStream in = getClass().getResourceAsStream("/org/papernotes/blog/import/_posts/" + name)) {
                Files.write(posts.resolve(name), in.readAllBytes());
            }
        }
        Files.write(posts.resolve("2024-04-05-binary.md"), new byte[] {'-', '-', '-', '\n', 0, 1, 2});
        Files.write(posts.resolve("2024-04-06-huge.md"), new byte[PostSource.MAX_BYTES + 1]);
        Files.writeString(posts.resolve("notes.txt"), "not a post");
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void importsGoodPostsAndReportsEachBadFileWithItsReason() {
        ImportReport report = importBlog();

        assertThat(report.imported()).isEqualTo(GOOD.size());
        Map<String, String> problems = report.entries().stream().filter(e -> e.outcome() == Outcome.FAILED)
                .collect(Collectors.toMap(e -> e.file().getFileName().toString(), e -> e.problem().english()));
        assertThat(problems).containsOnlyKeys("2024-04-01-no-front-matter.md", "2024-04-02-broken-yaml.md",
                "2024-04-03-empty.md", "2024-04-05-binary.md", "2024-04-06-huge.md");
        assertThat(problems.get("2024-04-01-no-front-matter.md")).contains("no front matter");
        assertThat(problems.get("2024-04-02-broken-yaml.md")).contains("not valid YAML");
        assertThat(problems.get("2024-04-03-empty.md")).contains("empty");
        assertThat(problems.get("2024-04-05-binary.md")).contains("binary");
        assertThat(problems.get("2024-04-06-huge.md")).contains("too large");
        assertThat(library.papers().count()).isEqualTo(GOOD.size());
    }

    @Test
    void readsTagsFromBlockListInlineListAndString() {
        importBlog();

        assertThat(paper("Block Tags").tags()).containsExactly("llm", "alignment");
        assertThat(paper("Inline Tags").tags()).containsExactly("llm", "rl hf");
        assertThat(paper("APO背景知识").tags()).containsExactly("ai-alignment", "llm");
    }

    @Test
    void keepsNoteExactlyAndEveryOtherFrontMatterKey() {
        importBlog();

        Paper apo = paper("APO背景知识");
        assertThat(apo.note()).isEqualTo("## RLHF\n");
        assertThat(apo.blog().keptFrontMatter()).isEqualTo(
                "description: notes for \"Adversarial Policy Optimization\"\ncategory: AI\n\n# bibliography: 2023-11-02-xai.bib\n");
        assertThat(apo.blog().postDate()).isEqualTo(LocalDate.of(2024, 1, 18));
        assertThat(apo.blog().permalink()).isNull();
        assertThat(apo.blog().lastExportPath()).isEqualTo("_posts/2024-01-18-string-tags.md");
        assertThat(paper("Inline Tags").note()).isEqualTo("No blank line and no final newline");
    }

    @Test
    void typoAndTwoDigitYearAreReadAndReported() {
        ImportReport report = importBlog();

        Paper pixel = paper("PixelDance");
        assertThat(pixel.blog().postDate()).isEqualTo(LocalDate.of(2023, 11, 27));
        assertThat(pixel.blog().permalink()).isEqualTo("/post/2023/11/blog-pixeldance");
        assertThat(entry(report, "2023-11-27-typo-date.md").warnings())
                .extracting(BlogMessage::code).contains(BlogMessage.Code.DATA_KEY_AS_DATE, BlogMessage.Code.TWO_DIGIT_YEAR);
    }

    @Test
    void postWithoutTitleIsNamedAsJekyllWould() {
        importBlog();

        assertThat(paper("Untitled Post").blog().slug()).isEqualTo("untitled-post");
    }

    @Test
    void reimportingTheSameFolderUpdatesInsteadOfDuplicating() throws IOException {
        importBlog();
        Path file = posts.resolve("2024-03-01-block-tags.md");
        Files.writeString(file, Files.readString(file).replace("Body with", "Edited body with"));

        ImportReport again = importBlog();

        assertThat(again.imported()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(GOOD.size() - 1);
        assertThat(library.papers().count()).isEqualTo(GOOD.size());
        assertThat(paper("Block Tags").note()).contains("Edited body");
    }

    @Test
    void exportingUnchangedImportsGivesBackTheSameBytes() throws IOException {
        importBlog();
        Map<String, byte[]> before = GOOD.stream().collect(Collectors.toMap(n -> n, n -> read(posts.resolve(n))));

        ExportReport report = new ExportPosts(library).export(allIds(), blog, false, OverwritePolicy.NEVER,
                BlogProgress.NONE);

        assertThat(report.skipped()).isZero();
        assertThat(report.unchanged()).isEqualTo(GOOD.size());
        for (String name : GOOD) {
            assertThat(Files.readAllBytes(posts.resolve(name))).as(name).isEqualTo(before.get(name));
        }
    }

    @Test
    void changedTitleIsWrittenAtItsPlaceAndEveryOtherLineStaysAsWritten() throws IOException {
        importBlog();
        Paper apo = paper("APO背景知识");
        library.papers().update(apo.withTitle("APO: background"));

        new ExportPosts(library).export(List.of(apo.id()), blog, false, OverwritePolicy.ALWAYS, BlogProgress.NONE);

        assertThat(Files.readString(posts.resolve("2024-01-18-string-tags.md"))).isEqualTo("""
                ---
                title: 'APO: background'
                description: notes for "Adversarial Policy Optimization"
                tags: ai-alignment llm
                category: AI
                date: 2024-01-18

                # bibliography: 2023-11-02-xai.bib
                ---
                ## RLHF
                """);
    }

    @Test
    void changedTagsAreWrittenAtTheirPlaceAndTheDateAndPermalinkStayAsWritten() throws IOException {
        importBlog();
        Paper pixel = paper("PixelDance");
        library.papers().setTags(pixel.id(), List.of("论文阅读", "video"));

        new ExportPosts(library).export(List.of(pixel.id()), blog, false, OverwritePolicy.ALWAYS, BlogProgress.NONE);

        assertThat(Files.readString(posts.resolve("2023-11-27-typo-date.md"))).startsWith("""
                ---
                title: 'PixelDance'
                data: 23-11-27
                permalink: '/post/2023/11/blog-pixeldance'
                # star: superior
                tags:
                  - 论文阅读
                  - video
                ---

                正文。
                """);
    }

    @Test
    void aPostKeepsItsOwnSpellingOfATagTheLibrarySpellsOtherwise() throws IOException {
        Files.writeString(posts.resolve("2024-05-01-spelled.md"), "---\ntitle: Spelled\ntags: [Deep Learning, llm]\n---\nx\n");
        library.papers().insert(Paper.titled("Other").withTags(List.of("deep learning")));
        importBlog();
        Paper spelled = paper("Spelled");
        library.papers().setTags(spelled.id(), List.of("deep learning", "llm", "new"));

        new ExportPosts(library).export(List.of(spelled.id()), blog, false, OverwritePolicy.ALWAYS, BlogProgress.NONE);

        assertThat(Files.readString(posts.resolve("2024-05-01-spelled.md")))
                .isEqualTo("---\ntitle: Spelled\ntags:\n  - Deep Learning\n  - llm\n  - new\n---\nx\n");
    }

    @Test
    void unchangedTagsInAnotherSpellingLeaveTheFileAsItIs() throws IOException {
        Files.writeString(posts.resolve("2024-05-01-spelled.md"), "---\ntitle: Spelled\ntags: [Deep Learning]\n---\nx\n");
        library.papers().insert(Paper.titled("Other").withTags(List.of("deep learning")));
        importBlog();

        ExportReport report = new ExportPosts(library).export(List.of(paper("Spelled").id()), blog, false,
                OverwritePolicy.NEVER, BlogProgress.NONE);

        assertThat(report.unchanged()).isEqualTo(1);
    }

    @Test
    void dateKeepsItsTimeAndZoneAndGivesThePapersYearAndTimes() throws IOException {
        Files.writeString(posts.resolve("2024-02-02-timed.md"),
                "---\ntitle: \"Timed\"\ndate: 2024-02-02 10:30:00 +0800\nexcerpt: e\ntags: [a]\nlayout: single\n---\nx\n");
        importBlog();
        Paper timed = paper("Timed");
        library.papers().update(timed.withTitle("Timed again"));

        new ExportPosts(library).export(List.of(timed.id()), blog, false, OverwritePolicy.ALWAYS, BlogProgress.NONE);

        assertThat(timed.year()).isEqualTo(2024);
        assertThat(timed.createdAt()).isEqualTo(java.time.Instant.parse("2024-02-02T02:30:00Z"));
        assertThat(timed.updatedAt()).isEqualTo(java.time.Instant.parse("2024-02-02T02:30:00Z"));
        assertThat(Files.readString(posts.resolve("2024-02-02-timed.md"))).isEqualTo(
                "---\ntitle: 'Timed again'\ndate: 2024-02-02 10:30:00 +0800\nexcerpt: e\ntags: [a]\nlayout: single\n---\nx\n");
    }

    @Test
    void uneditedPostWithWindowsLineEndsAndAByteOrderMarkComesBackByteForByte() throws IOException {
        byte[] original = ("\uFEFF---\r\ntitle: 'Crlf'\r\ntags:\r\n  - a\r\n---\r\n\r\nBody $x$ here.\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(posts.resolve("2024-06-01-crlf.md"), original);
        importBlog();

        ExportReport report = new ExportPosts(library).export(List.of(paper("Crlf").id()), blog, false,
                OverwritePolicy.NEVER, BlogProgress.NONE);

        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(Files.readAllBytes(posts.resolve("2024-06-01-crlf.md"))).isEqualTo(original);
    }

    @Test
    void fixingTheMathOfAPostWithMixedLineEndsKeepsItsLineEnds() throws IOException {
        byte[] original = "---\r\ntitle: 'Mixed'\n---\r\nBody $x$ here.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(posts.resolve("2024-06-02-mixed.md"), original);
        importBlog();
        ExportPosts export = new ExportPosts(library);

        ExportReport unfixed = export.export(List.of(paper("Mixed").id()), blog, false, OverwritePolicy.NEVER, BlogProgress.NONE);
        ExportReport fixed = export.export(List.of(paper("Mixed").id()), blog, true, OverwritePolicy.ALWAYS, BlogProgress.NONE);

        assertThat(unfixed.unchanged()).isEqualTo(1);
        assertThat(fixed.written()).isEqualTo(1);
        assertThat(Files.readString(posts.resolve("2024-06-02-mixed.md"))).isEqualTo(
                "---\r\ntitle: 'Mixed'\r\n---\r\nBody $$x$$ here.\r\n");
    }

    @Test
    void importFromACheckoutIsRememberedAsTheSourceButNotAsTheExportFolder() {
        importBlog();

        assertThat(new BlogSettings(library).importSource()).contains(blog.toAbsolutePath().normalize());
        assertThat(new BlogSettings(library).exportFolder()).isEmpty();
    }

    @Test
    void importedPostsSayWhereTheyCameFrom() {
        importBlog();

        var origin = library.papers().postOrigin(paper("Block Tags").id());
        assertThat(origin.sourcePath()).isEqualTo(posts.resolve("2024-03-01-block-tags.md").toAbsolutePath().toString());
        assertThat(origin.lastExportedAt()).isNull();
    }

    @Test
    void singleFileImportsToo() {
        ImportReport report = new ImportPosts(library).importPosts(List.of(posts.resolve("2024-03-01-block-tags.md")),
                BlogProgress.NONE);

        assertThat(report.imported()).isEqualTo(1);
    }

    @Test
    void missingPathIsReported() {
        ImportReport report = new ImportPosts(library).importPosts(List.of(temp.resolve("nowhere")), BlogProgress.NONE);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.entries().get(0).problem().english()).contains("no file or folder");
    }

    private ImportReport importBlog() {
        return new ImportPosts(library).importPosts(List.of(blog), BlogProgress.NONE);
    }

    private Paper paper(String title) {
        return library.papers().findAll(PaperFilter.ALL).stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper " + title));
    }

    private List<Long> allIds() {
        return library.papers().list(PaperFilter.ALL).stream().map(p -> p.id()).toList();
    }

    private static Entry entry(ImportReport report, String name) {
        return report.entries().stream().filter(e -> e.file().getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
