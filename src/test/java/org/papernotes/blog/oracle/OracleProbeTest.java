package org.papernotes.blog.oracle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.blog.BlogExporter;
import org.papernotes.blog.BlogImporter;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperSummary;
import org.papernotes.store.Library;

class OracleProbeTest {
    @TempDir Path temp;

    @Test
    void probe() throws Exception {
        GitHubPages pages = GitHubPages.find(temp).orElseThrow();
        Path original = temp.resolve("original");
        Files.createDirectories(original.resolve("_posts"));
        Path shared = Path.of(System.getProperty("probe.dir", "../shared/fixtures/academicpages/_posts"));
        try (var files = Files.list(shared)) {
            for (Path f : files.toList()) Files.copy(f, original.resolve("_posts").resolve(f.getFileName()));
        }
        Path blog = temp.resolve("blog");
        Files.createDirectories(blog.resolve("_posts"));
        try (var files = Files.list(shared)) {
            for (Path f : files.toList()) Files.copy(f, blog.resolve("_posts").resolve(f.getFileName()));
        }
        try (Library library = Library.open(temp.resolve("l.db"))) {
            new BlogImporter(library).importPosts(List.of(blog), BlogProgress.NONE);
            List<Long> ids = library.papers().list(PaperFilter.ALL).stream().map(PaperSummary::id).toList();
            new BlogExporter(library).export(ids, blog, OverwritePolicy.ALWAYS, BlogProgress.NONE);
        }
        Map<String, GitHubPages.Rendering> before = pages.render(original);
        Map<String, GitHubPages.Rendering> after = pages.render(blog);
        int formulas = 0, intact = 0, posts = 0, intactPosts = 0;
        for (String post : before.keySet()) {
            RenderedPage o = new RenderedPage(before.get(post).html());
            RenderedPage e = new RenderedPage(after.get(post).html());
            MathJaxReader.Reading ref = o.read(MathJaxSetup.MATHJAX2_DOLLARS);
            boolean all = true;
            for (MathJaxSetup s : MathJaxSetup.values()) {
                PostComparison.Result r = PostComparison.compare(post, s, ref, o, e.read(s), e);
                formulas += r.formulas(); intact += r.intactFormulas();
                r.differences().forEach(System.out::println);
                all &= r.intact();
            }
            posts++; if (all) intactPosts++;
        }
        System.out.printf("posts %d intact %d formulas %d intact %d%n", posts, intactPosts, formulas, intact);
    }
}
