package org.papernotes.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.blog.BlogMessage;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.Hashes;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;

class ExportPostsTest {

    @TempDir
    Path temp;
    Path blog;
    Library library;
    ExportPosts exporter;

    @BeforeEach
    void open() throws IOException {
        library = Library.open(temp.resolve("library.db"));
        blog = Files.createDirectories(temp.resolve("blog"));
        exporter = new ExportPosts(library, Clock.fixed(Instant.parse("2024-03-05T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void writesThePostInTheTemplatesFormat() throws IOException {
        Paper paper = add("Attention Is All You Need", "The model uses $QK^T$.\n", "transformers", "nlp");

        ExportReport report = export(paper);

        Path file = blog.resolve("_posts/2024-03-05-attention-is-all-you-need.md");
        assertThat(report.written()).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo("""
                ---
                title: 'Attention Is All You Need'
                date: 2024-03-05
                permalink: /posts/2024/03/attention-is-all-you-need/
                tags:
                  - transformers
                  - nlp
                ---

                The model uses $$QK^T$$.
                """);
    }

    @Test
    void storesSlugDatePermalinkPathAndHash() throws IOException {
        Paper paper = add("RetNet", "x", "llm");

        export(paper);

        var post = library.papers().get(paper.id()).blog();
        assertThat(post.slug()).isEqualTo("retnet");
        assertThat(post.permalink()).isEqualTo("/posts/2024/03/retnet/");
        assertThat(post.lastExportPath()).isEqualTo("_posts/2024-03-05-retnet.md");
        assertThat(post.lastExportHash()).isEqualTo(Hashes.sha256(Files.readAllBytes(blog.resolve(post.lastExportPath()))));
    }

    @Test
    void renamingThePaperKeepsItsFileAndPermalink() throws IOException {
        Paper paper = add("RetNet", "x", "llm");
        export(paper);

        library.papers().update(library.papers().get(paper.id()).withTitle("Retentive Network"));
        ExportReport report = exporter.export(List.of(paper.id()), blog, false, OverwritePolicy.ALWAYS, BlogProgress.NONE);

        assertThat(report.written()).isEqualTo(1);
        assertThat(postFiles()).containsExactly("2024-03-05-retnet.md");
        assertThat(Files.readString(blog.resolve("_posts/2024-03-05-retnet.md")))
                .contains("title: 'Retentive Network'", "permalink: /posts/2024/03/retnet/");
    }

    @Test
    void unchangedPostIsNotRewritten() throws IOException {
        Paper paper = add("RetNet", "x", "llm");
        export(paper);
        Path file = blog.resolve("_posts/2024-03-05-retnet.md");
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(file, old);

        ExportReport report = export(paper);

        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    void sameTitlesGetDistinctSlugs() throws IOException {
        Paper first = add("Diffusion", "a");
        Paper second = add("Diffusion", "b");

        export(first, second);

        assertThat(postFiles()).containsExactlyInAnyOrder("2024-03-05-diffusion.md", "2024-03-05-diffusion-2.md");
    }

    @Test
    void slugOfAFileAlreadyInPostsIsNotReused() throws IOException {
        Files.createDirectories(blog.resolve("_posts"));
        Files.writeString(blog.resolve("_posts/2020-01-01-diffusion.md"), "---\ntitle: theirs\n---\n");

        export(add("Diffusion", "a"));

        assertThat(postFiles()).contains("2024-03-05-diffusion-2.md", "2020-01-01-diffusion.md");
    }

    @Test
    void fileNotWrittenByPaperNotesIsSkippedUnlessThePolicyAllows() throws IOException {
        Paper paper = add("RetNet", "mine");
        library.papers().setBlogPost(paper.id(), library.papers().get(paper.id()).blog().withSlug("retnet"));
        Path theirs = Files.createDirectories(blog.resolve("_posts")).resolve("2024-03-05-retnet.md");
        Files.writeString(theirs, "theirs");
        List<OverwritePolicy.Conflict> asked = new ArrayList<>();

        ExportReport skipped = exporter.export(List.of(paper.id()), blog, false, (p, f, c, d) -> {
            asked.add(c);
            return false;
        }, BlogProgress.NONE);

        assertThat(skipped.skipped()).isEqualTo(1);
        assertThat(asked).containsExactly(OverwritePolicy.Conflict.NOT_WRITTEN_BY_PAPERNOTES);
        assertThat(Files.readString(theirs)).isEqualTo("theirs");

        ExportReport forced = exporter.export(List.of(paper.id()), blog, false, OverwritePolicy.ALWAYS, BlogProgress.NONE);
        assertThat(forced.written()).isEqualTo(1);
        assertThat(Files.readString(theirs)).contains("mine");
    }

    @Test
    void postEditedOutsideSinceExportIsNotOverwrittenSilently() throws IOException {
        Paper paper = add("RetNet", "v1");
        export(paper);
        Path file = blog.resolve("_posts/2024-03-05-retnet.md");
        Files.writeString(file, Files.readString(file) + "edited on GitHub\n");
        library.papers().saveNote(paper.id(), "v2");
        List<OverwritePolicy.Conflict> asked = new ArrayList<>();


        ExportReport report = exporter.export(List.of(paper.id()), blog, false, (p, f, c, d) -> asked.add(c) && false,
                BlogProgress.NONE);

        assertThat(report.skipped()).isEqualTo(1);
        assertThat(asked).containsExactly(OverwritePolicy.Conflict.CHANGED_SINCE_EXPORT);
        assertThat(Files.readString(file)).contains("edited on GitHub");
    }

    @Test
    void hostileTitlesStayInsidePosts() throws IOException {
        List<Paper> papers = new ArrayList<>();
        for (String title : List.of("../../x", "CON", "a".repeat(300), "🎉🚀", "只有中文标题", "..", "/etc/passwd")) {
            papers.add(add(title, "body"));
        }

        ExportReport report = export(papers.toArray(Paper[]::new));

        assertThat(report.written()).isEqualTo(papers.size());
        try (Stream<Path> all = Files.walk(temp)) {
            assertThat(all.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".md")))
                    .allMatch(f -> f.getParent().equals(blog.resolve("_posts")));
        }
        assertThat(postFiles()).contains("2024-03-05-x.md", "2024-03-05-con.md", "2024-03-05-post.md",
                "2024-03-05-zhi-you-zhong-wen-biao-ti.md");
        assertThat(postFiles()).allMatch(name -> name.matches("2024-03-05-[a-z0-9-]{1,60}\\.md"));
    }

    @Test
    void storedPathOutsidePostsIsRefused() throws IOException {
        Paper paper = add("Sneaky", "x");
        var post = new org.papernotes.model.BlogPost("sneaky", java.time.LocalDate.of(2024, 1, 1), null, "", null,
                "_posts/../../2024-01-01-sneaky.md", null);
        library.papers().setBlogPost(paper.id(), post);

        ExportReport report = export(paper);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.entries().get(0).detail().english()).contains("Refusing");
        assertThat(temp.resolve("2024-01-01-sneaky.md")).doesNotExist();
        assertThat(postFiles()).isEmpty();
    }

    @Test
    void leavesNoTemporaryFiles() throws IOException {
        export(add("One", "1"), add("Two", "2"));

        try (Stream<Path> files = Files.list(blog.resolve("_posts"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void remembersTheBlogFolderAndAcceptsThePostsFolderItself() throws IOException {
        Files.createDirectories(blog.resolve("_posts"));

        exporter.export(List.of(add("One", "1").id()), blog.resolve("_posts"), false, OverwritePolicy.NEVER, BlogProgress.NONE);

        assertThat(new BlogSettings(library).exportFolder()).contains(blog.toRealPath());
        assertThat(postFiles()).containsExactly("2024-03-05-one.md");
    }

    @Test
    void userSetSlugMovesThePostFileButNotItsPermalink() throws IOException {
        Paper paper = add("注意力机制", "x");
        export(paper);
        var blogPost = library.papers().get(paper.id()).blog();
        library.papers().setBlogPost(paper.id(), blogPost.withSlug("attention"));

        ExportReport report = export(paper);

        assertThat(postFiles()).containsExactly("2024-03-05-attention.md");
        assertThat(report.entries().get(0).detail())
                .isEqualTo(BlogMessage.of(BlogMessage.Code.REPLACES_OLD_FILE, "_posts/2024-03-05-zhu-yi-li-ji-zhi.md"));
        // The permalink was fixed at the first export and does not follow the slug.
        assertThat(Files.readString(blog.resolve("_posts/2024-03-05-attention.md")))
                .contains("permalink: /posts/2024/03/zhu-yi-li-ji-zhi/");
    }

    @Test
    void reportsProgressForEveryPaper() throws IOException {
        List<Integer> done = new ArrayList<>();

        exporter.export(List.of(add("One", "1").id(), add("Two", "2").id()), blog, false, OverwritePolicy.NEVER,
                (d, total, item) -> done.add(d));

        assertThat(done).containsExactly(0, 1, 2);
    }

    @Test
    void userSetSlugIsCleanedAndUsedForTheFirstExport() throws IOException {
        Paper paper = add("注意力机制", "x");

        assertThat(exporter.setSlug(paper.id(), "Attention Mechanism")).isEqualTo("attention-mechanism");
        export(paper);

        assertThat(postFiles()).containsExactly("2024-03-05-attention-mechanism.md");
    }

    @Test
    void slugOfAnotherPaperIsRefused() {
        Paper first = add("One", "1");
        Paper second = add("Two", "2");
        exporter.setSlug(first.id(), "shared");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exporter.setSlug(second.id(), "Shared"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shared");
    }

    @Test
    void previewPostShowsThePostWithoutWritingIt() {
        Paper paper = add("Preview Me", "Text $x$.", "a");

        String post = exporter.previewPost(paper, null, false);

        assertThat(post).startsWith("---\ntitle: 'Preview Me'\ndate: 2024-03-05\npermalink: /posts/2024/03/preview-me/\n")
                .endsWith("\nText $$x$$.");
        assertThat(blog.resolve("_posts")).doesNotExist();
    }

    @Test
    void cancelledExportWritesNothingMoreAndSaysSo() throws IOException {
        BlogProgress cancelled = new BlogProgress() {
            @Override
            public void update(int done, int total, String item) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        ExportReport report = exporter.export(List.of(add("One", "1").id()), blog, false, OverwritePolicy.NEVER, cancelled);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.entries()).isEmpty();
        assertThat(postFiles()).isEmpty();
    }

    @Test
    void existingFileThatWouldChangeIsAskedAboutWithTheDiff() throws IOException {
        Paper paper = add("RetNet", "first line\n");
        export(paper);
        library.papers().saveNote(paper.id(), "second line\n");
        List<String> diffs = new ArrayList<>();
        List<OverwritePolicy.Conflict> asked = new ArrayList<>();

        ExportReport report = exporter.export(List.of(paper.id()), blog, false, (p, f, c, d) -> {
            asked.add(c);
            diffs.add(d);
            return false;
        }, BlogProgress.NONE);

        assertThat(asked).containsExactly(OverwritePolicy.Conflict.WOULD_CHANGE);
        assertThat(diffs.get(0)).contains("-first line", "+second line", "--- _posts/2024-03-05-retnet.md");
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(Files.readString(blog.resolve("_posts/2024-03-05-retnet.md"))).contains("first line");
    }

    @Test
    void reportListsExactlyTheFilesWrittenAndRemovedRelativeToTheBlog() throws IOException {
        Paper paper = add("注意力机制", "x");
        Paper other = add("Other", "y");
        export(paper, other);
        library.papers().setBlogPost(paper.id(), library.papers().get(paper.id()).blog().withSlug("attention"));

        ExportReport report = export(paper, other);

        assertThat(report.writtenFiles()).containsExactly("_posts/2024-03-05-attention.md");
        assertThat(report.removedFiles()).containsExactly("_posts/2024-03-05-zhu-yi-li-ji-zhi.md");
    }

    @Test
    void postsFolderLinkedOutOfTheBlogIsRefused() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createSymbolicLink(blog.resolve("_posts"), elsewhere);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> export(add("One", "1")))
                .isInstanceOf(org.papernotes.blog.BlogIOException.class)
                .hasMessageContaining("outside the blog");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void subFolderOfPostsLinkedOutOfItIsRefusedAndNothingIsWrittenThere() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createDirectories(blog.resolve("_posts"));
        Files.createSymbolicLink(blog.resolve("_posts/2023"), elsewhere);
        Paper paper = add("Sub", "x");
        library.papers().setBlogPost(paper.id(), new org.papernotes.model.BlogPost("sub", java.time.LocalDate.of(2023, 1, 1),
                null, "", null, "_posts/2023/2023-01-01-sub.md", null));

        ExportReport report = export(paper);

        assertThat(report.failed()).isEqualTo(1);
        assertThat(report.entries().get(0).detail().code()).isEqualTo(BlogMessage.Code.SUBFOLDER_OUTSIDE_POSTS);
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void reportedPathsAreTheRealOnes() throws IOException {
        Path real = Files.createDirectories(temp.resolve("real-blog"));
        Path link = Files.createSymbolicLink(temp.resolve("blog-link"), real);

        ExportReport report = exporter.export(List.of(add("One", "1").id()), link, false, OverwritePolicy.NEVER,
                BlogProgress.NONE);

        assertThat(report.blogFolder()).isEqualTo(real.toRealPath());
        assertThat(report.entries().get(0).file()).isEqualTo(real.toRealPath().resolve("_posts/2024-03-05-one.md"));
    }

    @Test
    void newNoteIsWrittenForTheBlogsMathJax() throws IOException {
        Files.createDirectories(blog.resolve("_includes/head"));
        Files.writeString(blog.resolve("_includes/head/custom.html"), "<script type=\"text/x-mathjax-config\">"
                + "MathJax.Hub.Config({tex2jax: {inlineMath: [['$','$'], ['\\\\(','\\\\)']]}});</script>\n"
                + "<script src='https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.4/latest.js?config=TeX-MML-AM_CHTML'></script>\n");

        export(add("Dollar Blog", "The model uses $QK^T$ and $\\{x\\}$.\n"));

        assertThat(Files.readString(blog.resolve("_posts/2024-03-05-dollar-blog.md")))
                .endsWith("The model uses $QK^T$ and $$\\{x\\}$$.\n");
    }

    private Paper add(String title, String note, String... tags) {
        return library.papers().insert(Paper.titled(title).withNote(note).withTags(List.of(tags)));
    }

    private ExportReport export(Paper... papers) throws IOException {
        return exporter.export(Stream.of(papers).map(Paper::id).toList(), blog, false, OverwritePolicy.NEVER, BlogProgress.NONE);
    }

    private List<String> postFiles() throws IOException {
        try (Stream<Path> files = Files.list(blog.resolve("_posts"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
