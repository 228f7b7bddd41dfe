package org.papernotes.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperSummary;
import org.papernotes.store.Library;

/**
 * Renders exported posts with kramdown itself and checks that every formula reaches MathJax: as {@code \(…\)}
 * or {@code \[…\]} with its content intact, and no dollar math left over. Skips where kramdown is missing.
 */
class KramdownRenderingTest {

    /** $$…$$ or $…$ as the note writes them (the fixtures keep dollars out of code and prices). */
    private static final Pattern FORMULA = Pattern.compile("\\$\\$(.+?)\\$\\$|(?<![\\\\$])\\$([^$\\s][^$]*?)(?<!\\s)\\$(?![\\d$])",
            Pattern.DOTALL);

    private static Optional<Kramdown> installed;
    private Kramdown kramdown;

    @TempDir
    Path temp;

    @BeforeAll
    static void findKramdown() {
        installed = Kramdown.find();
    }

    @BeforeEach
    void requireKramdown() {
        assumeTrue(installed.isPresent(), Kramdown.MISSING);
        kramdown = installed.get();
    }

    @Test
    void everyFormulaOfAMixedNoteRendersAsMathJaxMath() throws IOException {
        String note = KramdownSafeTest.resource("render/math-note.md");
        Path blog = Files.createDirectories(temp.resolve("blog"));
        String html;
        try (Library library = Library.open(temp.resolve("library.db"))) {
            Paper paper = library.papers().insert(Paper.titled("Math").withNote(note));
            new BlogExporter(library).export(List.of(paper.id()), blog, OverwritePolicy.NEVER, BlogProgress.NONE);
            html = kramdown.render(body(Files.readString(blog.resolve(library.papers().get(paper.id()).blog().lastExportPath()))));
        }

        String text = mathText(html);
        for (String formula : formulas(note)) {
            assertThat(rendered(text, formula)).as("formula %s in%n%s", formula, html).isTrue();
        }
        assertThat(Jsoup.parse(html).select("table")).as("only the real table").hasSize(1);
        assertThat(Jsoup.parse(html).select("em, strong")).as("no emphasis made of math").isEmpty();
        assertThat(text).contains("costs $5, or $6.");
        assertThat(text).contains("这是中文段落，公式 \\(E=mc^2\\) 在中间，然后换行继续。");
    }

    @Test
    void everyFormulaOfTheSharedPostsRendersAsMathJaxMath() throws IOException {
        Path blog = temp.resolve("blog");
        List<String> names = SharedFixtures.copyInto(blog);
        List<String> originals = new ArrayList<>();
        for (String name : names) {
            originals.add(Files.readString(blog.resolve("_posts").resolve(name)));
        }
        try (Library library = Library.open(temp.resolve("library.db"))) {
            new BlogImporter(library).importPosts(List.of(blog), BlogProgress.NONE);
            List<Long> ids = library.papers().list(PaperFilter.ALL).stream().map(PaperSummary::id).toList();
            new BlogExporter(library).export(ids, blog, OverwritePolicy.NEVER, BlogProgress.NONE);
        }

        for (int i = 0; i < names.size(); i++) {
            String html = kramdown.render(body(Files.readString(blog.resolve("_posts").resolve(names.get(i)))));
            String text = mathText(html);
            assertThat(text).as("dollar math left in %s", names.get(i)).doesNotContain("$");
            for (String formula : formulas(body(originals.get(i)))) {
                assertThat(rendered(text, formula)).as("formula %s of %s", formula, names.get(i)).isTrue();
            }
        }
    }

    /** The page's text outside code, with raw HTML as MathJax reads it and white space collapsed. */
    private static String mathText(String html) {
        Document document = Jsoup.parse(html);
        document.select("code, pre").remove();
        return collapse(document.body().wholeText());
    }

    private static boolean rendered(String text, String formula) {
        String content = collapse(formula.strip());
        String piped = collapse(InlineMath.protectPipes(formula.strip()));
        return text.contains("\\(" + content + "\\)") || text.contains("\\[" + content + "\\]")
                || text.contains("\\(" + piped + "\\)");
    }

    private static List<String> formulas(String markdown) {
        List<String> found = new ArrayList<>();
        Matcher matcher = FORMULA.matcher(markdown);
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        assertThat(found).isNotNull();
        return found;
    }

    private static String body(String post) {
        return post.substring(post.indexOf("\n---\n", 4) + 5);
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
