package org.papernotes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.ImportReport;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.blog.oracle.GitHubPages;
import org.papernotes.blog.oracle.MathJaxReader;
import org.papernotes.blog.oracle.MathJaxSetup;
import org.papernotes.blog.oracle.PostComparison;
import org.papernotes.blog.oracle.RenderedPage;
import org.papernotes.markdown.KramdownHtmlBlock;
import org.papernotes.markdown.MarkdownConfig;
import org.papernotes.markdown.MathBlock;
import org.papernotes.markdown.MathInline;
import org.papernotes.markdown.RawHtmlMath;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperSummary;
import org.papernotes.store.Library;

/**
 * The blog oracle: posts rendered as GitHub Pages renders them (Jekyll: Liquid, then kramdown with GFM input,
 * {@code hard_wrap: false}, MathJax), read as MathJax 2 (configured for {@code $…$}, as older academicpages forks)
 * and MathJax 3 (no configuration, as the current template) read them, and compared: the formulas typeset, the
 * visible text, the block structure and the image sources. The posts are every post of
 * ../shared/fixtures/academicpages/_posts and this project's hard fixtures (oracle/_posts, one per case of issue
 * #11, plus a post with Windows line ends and a byte-order mark made here). A post's reference is its original as
 * its readers saw it: rendered unchanged, under MathJax 2 with {@code $…$}, the set-up such posts were written for.
 * Skips where Jekyll is not installed.
 */
class BlogOracleTest {

    private static final List<String> FIXTURES = List.of("2024-01-01-kramdown-escapes.md",
            "2024-01-02-indented-display-in-emphasis.md", "2024-01-03-inline-double-dollar.md",
            "2024-01-04-padded-delimiters.md", "2024-01-05-markdown-one-and-nomarkdown.md",
            "2024-01-06-liquid-the-post-had.md", "2024-02-02-front-matter-as-written.md");
    private static final String CRLF_POST = "2024-01-08-windows-line-ends.md";
    private static final List<String> NOTES = List.of("render/math-note.md", "safe/inline-math.note.md",
            "safe/display-math.note.md", "safe/pipes.note.md", "safe/html-block.note.md", "safe/chinese-lines.note.md",
            "safe/liquid.note.md", "safe/code.note.md");

    private static GitHubPages pages;

    @TempDir
    Path temp;
    Path original;
    Path blog;
    Map<String, byte[]> posts;

    @BeforeAll
    static void findJekyll(@TempDir Path scripts) {
        pages = GitHubPages.find(scripts).orElse(null);
    }

    @BeforeEach
    void lay() throws IOException {
        assumeTrue(pages != null, GitHubPages.MISSING);
        posts = allPosts();
        original = writeSite("original", posts);
        blog = writeSite("blog", posts);
    }

    @Test
    void everyPostExportedWithFixMathRendersIntactOnBothMathJaxSetups() throws IOException {
        try (Library library = Library.open(temp.resolve("library.db"))) {
            importAll(library);
            ExportReport report = new ExportPosts(library).export(ids(library), blog, true, OverwritePolicy.ALWAYS,
                    BlogProgress.NONE);
            assertThat(report.failed()).isZero();
        }

        Figures figures = compare(pages.render(original), pages.render(blog), true);

        System.out.println("Blog oracle, exported with --fix-math: " + figures);
        assertThat(figures.differences).isEmpty();
        assertThat(figures.posts).isEqualTo(posts.size());
    }

    @Test
    void everyUneditedImportedPostExportedWithoutFixComesBackByteIdentical() throws IOException {
        try (Library library = Library.open(temp.resolve("library.db"))) {
            importAll(library);
            ExportReport report = new ExportPosts(library).export(ids(library), blog, false, OverwritePolicy.NEVER,
                    BlogProgress.NONE);
            assertThat(report.unchanged()).isEqualTo(posts.size());
        }

        for (var post : posts.entrySet()) {
            assertThat(Files.readAllBytes(blog.resolve("_posts").resolve(post.getKey()))).as(post.getKey())
                    .isEqualTo(post.getValue());
        }
    }

    @Test
    void everyPostEditedInPaperNotesKeepsItsFormulasOnBothMathJaxSetups() throws IOException {
        try (Library library = Library.open(temp.resolve("library.db"))) {
            importAll(library);
            for (Paper paper : library.papers().findAll(PaperFilter.ALL)) {
                library.papers().saveNote(paper.id(), paper.note() + "\n\nEdited in PaperNotes.\n");
            }
            ExportReport report = new ExportPosts(library).export(ids(library), blog, false, OverwritePolicy.ALWAYS,
                    BlogProgress.NONE);
            assertThat(report.failed()).isZero();
        }

        Figures figures = compare(pages.render(original), pages.render(blog), false);

        System.out.println("Blog oracle, edited posts: " + figures);
        assertThat(figures.differences).isEmpty();
    }

    @Test
    void notesWrittenInPaperNotesShowOnEachBlogTheFormulasOfTheirPreview() throws IOException {
        List<String> differences = new ArrayList<>();
        int formulas = 0;
        for (MathJaxSetup setup : MathJaxSetup.values()) {
            Path site = Files.createDirectories(temp.resolve("notes-" + setup));
            Files.createDirectories(site.resolve("_includes/head"));
            Files.writeString(site.resolve("_includes/head/custom.html"), setup == MathJaxSetup.MATHJAX3_DEFAULTS
                    ? "<script id=\"MathJax-script\" async src=\"https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js\"></script>\n"
                    : "<script type=\"text/x-mathjax-config\">MathJax.Hub.Config({tex2jax: {inlineMath: [['$','$'], ['\\\\(','\\\\)']],"
                    + " processEscapes: true}});</script>\n<script src='https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.4/latest.js"
                    + "?config=TeX-MML-AM_CHTML' async></script>\n");
            Map<String, String> notes = new LinkedHashMap<>();
            try (Library library = Library.open(temp.resolve("notes-" + setup + ".db"))) {
                List<Long> ids = new ArrayList<>();
                for (String name : NOTES) {
                    String note = resource("/org/papernotes/blog/" + name);
                    ids.add(library.papers().insert(Paper.titled(name.replaceAll("\\W+", " ")).withNote(note)).id());
                }
                ExportReport report = new ExportPosts(library).export(ids, site, false, OverwritePolicy.NEVER,
                        BlogProgress.NONE);
                assertThat(report.math().findsDollars()).isEqualTo(setup == MathJaxSetup.MATHJAX2_DOLLARS);
                for (Paper paper : library.papers().getAll(ids)) {
                    notes.put(paper.blog().lastExportPath(), paper.note());
                }
            }
            Files.delete(site.resolve("_includes/head/custom.html")); // Jekyll renders the posts alone
            Map<String, GitHubPages.Rendering> rendered = pages.render(site);
            for (var note : notes.entrySet()) {
                GitHubPages.Rendering page = rendered.get(note.getKey());
                assertThat(page.failed()).as(note.getKey() + ": " + page.error()).isFalse();
                MathJaxReader.Reading preview = new MathJaxReader.Reading(previewFormulas(note.getValue()), "");
                MathJaxReader.Reading onBlog = new RenderedPage(page.html()).read(setup);
                PostComparison.Result result = PostComparison.compare(note.getKey(), setup, preview, null,
                        new MathJaxReader.Reading(onBlog.formulas(), ""), null);
                formulas += result.formulas();
                differences.addAll(result.differences());
            }
        }

        System.out.println("Blog oracle, notes written in PaperNotes, each exported for a MathJax 2 ($) and a MathJax 3 "
                + "blog: " + NOTES.size() + " notes, " + formulas + " formulas compared, " + differences.size() + " differences");
        assertThat(differences).isEmpty();
    }

    @Test
    void aNoteWithCitationsShowsItsLinksReferencesAndPaperCardOnTheBlog() throws IOException {
        Path site = Files.createDirectories(temp.resolve("citations/_posts")).getParent();
        String post;
        try (Library library = Library.open(temp.resolve("citations.db"))) {
            library.papers().insert(Paper.titled("Attention Is All You Need").withAuthors(List.of("Ashish Vaswani",
                    "Noam Shazeer", "Niki Parmar")).withYear(2017).withVenue("NeurIPS")
                    .withLinks("10.5555/3295222.3295349", "1706.03762", null).withCitationKey("vaswani2017"));
            library.papers().insert(Paper.titled("Costs of $5 *and* {{ site.title }} | more_of_it [draft]")
                    .withAuthors(List.of("张三", "Ada Lovelace")).withYear(2020)
                    .withLinks("10.1016/0370-2693(93)90001-Q", null, null).withCitationKey("zhang2020"));
            Paper note = library.papers().insert(Paper.titled("Reading notes").withAuthors(List.of("Ada Lovelace"))
                    .withYear(2024).withLinks(null, "2305.18290", null).withNote(
                            "Transformers [@vaswani2017] and prices [@zhang2020; @Vaswani2017]. Unknown [@nobody].\n"));
            ExportPosts export = new ExportPosts(library);
            ExportReport report = export.export(export.plan(List.of(note.id()), site, false,
                    PaperCard.Choice.WRITTEN_HERE), OverwritePolicy.NEVER, BlogProgress.NONE);
            assertThat(report.written()).isEqualTo(1);
            post = library.papers().get(note.id()).blog().lastExportPath();
        }

        GitHubPages.Rendering page = pages.render(site).get(post);

        assertThat(page.failed()).as(String.valueOf(page.error())).isFalse();
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(page.html());
        var body = html.body();
        assertThat(body.select("body > p a").stream().map(a -> a.text() + " -> " + a.attr("href")).toList()).containsExactly(
                "Vaswani et al., 2017 -> https://doi.org/10.5555/3295222.3295349",
                "张三 & Lovelace, 2020 -> https://doi.org/10.1016/0370-2693%2893%2990001-Q",
                "Vaswani et al., 2017 -> https://doi.org/10.5555/3295222.3295349");
        assertThat(body.text()).contains("Transformers (Vaswani et al., 2017) and prices (张三 & Lovelace, 2020; "
                + "Vaswani et al., 2017). Unknown [@nobody].");
        var heading = body.selectFirst("h2");
        assertThat(heading.text()).isEqualTo("References");
        var references = heading.nextElementSibling();
        assertThat(references.tagName()).isEqualTo("ul");
        assertThat(references.select("li").eachText()).containsExactly(
                "Ashish Vaswani, Noam Shazeer, Niki Parmar (2017). Attention Is All You Need. NeurIPS. "
                        + "https://doi.org/10.5555/3295222.3295349",
                "张三, Ada Lovelace (2020). Costs of $5 *and* {{ site.title }} | more_of_it [draft]. "
                        + "https://doi.org/10.1016/0370-2693(93)90001-Q");
        assertThat(references.select("li a").eachAttr("href")).containsExactly(
                "https://doi.org/10.5555/3295222.3295349", "https://doi.org/10.1016/0370-2693(93)90001-Q");
        var card = body.selectFirst("blockquote");
        assertThat(card.select("p").eachText()).containsExactly("Reading notes", "Ada Lovelace · 2024", "arXiv");
        assertThat(card.selectFirst("strong").text()).isEqualTo("Reading notes");
        assertThat(card.selectFirst("a").attr("href")).isEqualTo("https://arxiv.org/abs/2305.18290");
        System.out.println("Blog oracle, a note with citations: " + body.select("body > p a").size() + " citation links, "
                + references.select("li").size() + " references and the paper card as kramdown renders them");
    }

    /** The formulas the preview shows for a note written in PaperNotes, in order. */
    private static List<MathJaxReader.Formula> previewFormulas(String note) {
        List<MathJaxReader.Formula> formulas = new ArrayList<>();
        for (Node node : MarkdownConfig.standard().parse(note).document().getDescendants()) {
            if (node instanceof MathInline math) {
                formulas.add(new MathJaxReader.Formula(math.tex(), false));
            } else if (node instanceof MathBlock math) {
                formulas.add(new MathJaxReader.Formula(math.tex(), true));
            } else if (node instanceof KramdownHtmlBlock html) {
                for (RawHtmlMath.Formula formula : RawHtmlMath.find(html.getChars(), 0, html.getChars().length())) {
                    formulas.add(new MathJaxReader.Formula(formula.tex(html.getChars()), formula.display()));
                }
            }
        }
        return formulas;
    }

    /** The comparison of every post's export with its original, on both set-ups. */
    private Figures compare(Map<String, GitHubPages.Rendering> before, Map<String, GitHubPages.Rendering> after,
                            boolean compareText) {
        Figures figures = new Figures();
        for (String post : before.keySet()) {
            GitHubPages.Rendering was = before.get(post);
            GitHubPages.Rendering is = after.get(post);
            assertThat(was.failed()).as("the original " + post + " builds: " + was.error()).isFalse();
            if (is == null || is.failed()) {
                figures.differences.add(post + ": the export does not build: " + (is == null ? "missing" : is.error()));
                continue;
            }
            RenderedPage originalPage = new RenderedPage(was.html());
            RenderedPage exportPage = new RenderedPage(is.html());
            MathJaxReader.Reading reference = originalPage.read(MathJaxSetup.MATHJAX2_DOLLARS);
            boolean intact = true;
            for (MathJaxSetup setup : MathJaxSetup.values()) {
                MathJaxReader.Reading exported = exportPage.read(setup);
                PostComparison.Result result = compareText
                        ? PostComparison.compare(post, setup, reference, originalPage, exported, exportPage)
                        : PostComparison.compare(post, setup, new MathJaxReader.Reading(reference.formulas(), ""),
                                originalPage, new MathJaxReader.Reading(exported.formulas(), ""), originalPage);
                figures.formulas += result.formulas();
                figures.intactFormulas += result.intactFormulas();
                figures.differences.addAll(result.differences());
                intact &= result.intact();
            }
            figures.posts++;
            if (intact) {
                figures.intactPosts++;
            }
        }
        return figures;
    }

    private static final class Figures {
        int posts;
        int intactPosts;
        int formulas;
        int intactFormulas;
        final List<String> differences = new ArrayList<>();

        @Override
        public String toString() {
            return posts + " posts, " + intactPosts + " intact on both set-ups; " + formulas
                    + " formulas compared (both set-ups together), " + intactFormulas + " intact"
                    + (differences.isEmpty() ? "" : "; differences:\n  " + String.join("\n  ", differences));
        }
    }

    private void importAll(Library library) {
        ImportReport report = new ImportPosts(library).importPosts(List.of(blog), BlogProgress.NONE);
        assertThat(report.failed()).isZero();
    }

    private static List<Long> ids(Library library) {
        return library.papers().list(PaperFilter.ALL).stream().map(PaperSummary::id).toList();
    }

    private Path writeSite(String name, Map<String, byte[]> files) throws IOException {
        Path site = Files.createDirectories(temp.resolve(name).resolve("_posts"));
        for (var file : files.entrySet()) {
            Files.write(site.resolve(file.getKey()), file.getValue());
        }
        return site.getParent();
    }

    /** The shared posts (when ../shared is there), the hard fixtures, and a post with CRLF and a BOM. */
    private static Map<String, byte[]> allPosts() throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>();
        Path shared = Path.of(System.getProperty("shared.dir", "../shared")).resolve("fixtures/academicpages/_posts");
        if (Files.isDirectory(shared)) {
            try (Stream<Path> files = Files.list(shared)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    all.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        } else {
            System.out.println("Blog oracle: ../shared not found, rendering this project's fixtures only");
        }
        for (String name : FIXTURES) {
            all.put(name, resource("/org/papernotes/blog/oracle/_posts/" + name).getBytes(StandardCharsets.UTF_8));
        }
        all.put(CRLF_POST, ("\uFEFF---\r\ntitle: 'Windows line ends'\r\ndate: 2024-01-08\r\n---\r\n\r\n"
                + "A formula $\\sigma(x)$ and a display block:\r\n\r\n$$\r\n\\frac{1}{1+e^{-x}}\r\n$$\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return all;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BlogOracleTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
