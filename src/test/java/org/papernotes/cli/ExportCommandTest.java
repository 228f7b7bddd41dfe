package org.papernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;

class ExportCommandTest {

    @TempDir
    Path temp;

    @Test
    void exportsSelectedPapersAndPrintsASummary() throws Exception {
        long id = addPaper("RetNet", "llm");
        addPaper("Other", "cv");
        Path blog = Files.createDirectories(temp.resolve("blog"));

        Result result = run("export", "--library", library().toString(), "--to", blog.toString(), "--tag", "llm");

        assertThat(result.code).isZero();
        assertThat(result.out).contains("written").contains(Long.toString(id))
                .contains("1 written, 0 unchanged, 0 skipped, 0 failed.");
        try (var files = Files.list(blog.resolve("_posts"))) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement().asString().endsWith("-retnet.md");
        }
    }

    @Test
    void remembersTheBlogFolderSoLaterExportsMayOmitIt() throws Exception {
        long id = addPaper("RetNet", "llm");
        Path blog = Files.createDirectories(temp.resolve("blog"));
        run("export", "--library", library().toString(), "--to", blog.toString(), Long.toString(id));

        Result again = run("export", "--library", library().toString(), "--all");

        assertThat(again.code).isZero();
        assertThat(again.out).contains("0 written, 1 unchanged");
    }

    @Test
    void withoutAFolderOnRecordItAsksForOne() throws Exception {
        addPaper("RetNet", "llm");

        Result result = run("export", "--library", library().toString(), "--all");

        assertThat(result.code).isEqualTo(1);
        assertThat(result.err).contains("--to BLOG_DIR");
    }

    @Test
    void anImportedPostIsExportedAsItIsUnlessFixMathIsGivenAndTheBlogsMathJaxIsNamed() throws Exception {
        Path blog = Files.createDirectories(temp.resolve("blog/_posts")).getParent();
        Path post = blog.resolve("_posts/2024-01-01-math.md");
        Files.writeString(post, "---\ntitle: Math\n---\nA formula $x$ here.\n");
        run("import", "--library", library().toString(), blog.toString());

        Result plain = run("export", "--library", library().toString(), "--to", blog.toString(), "--all");
        assertThat(plain.code).isZero();
        assertThat(plain.out).contains("Blog " + blog.toRealPath() + ": not known")
                .contains("1 formulas this blog does not show as written (--fix-math rewrites them)")
                .contains("0 written, 1 unchanged");
        assertThat(Files.readString(post)).contains("$x$");

        Result withoutForce = run("export", "--library", library().toString(), "--all", "--fix-math");
        assertThat(withoutForce.out).contains("skipped").contains("-A formula $x$ here.").contains("+A formula $$x$$ here.")
                .contains("--force overwrites");
        assertThat(Files.readString(post)).contains("$x$");

        Result fixed = run("export", "--library", library().toString(), "--all", "--fix-math", "--force");
        assertThat(fixed.out).contains("(1 formulas made safe)").contains("1 written");
        assertThat(Files.readString(post)).isEqualTo("---\ntitle: Math\n---\nA formula $$x$$ here.\n");
    }

    @Test
    void foreignFileIsSkippedAndReportedUnlessForced() throws Exception {
        long id = addPaper("RetNet", "llm");
        Path blog = Files.createDirectories(temp.resolve("blog"));
        try (Library library = Library.open(library())) {
            library.papers().setBlogPost(id, library.papers().get(id).blog().withSlug("retnet"));
        }
        Path posts = Files.createDirectories(blog.resolve("_posts"));
        String today = java.time.LocalDate.now().toString();
        Files.writeString(posts.resolve(today + "-retnet.md"), "theirs");

        Result skipped = run("export", "--library", library().toString(), "--to", blog.toString(), "--all");
        assertThat(skipped.out).contains("skipped").contains("did not write").contains("1 skipped");
        assertThat(Files.readString(posts.resolve(today + "-retnet.md"))).isEqualTo("theirs");

        Result forced = run("export", "--library", library().toString(), "--to", blog.toString(), "--all", "--force");
        assertThat(forced.out).contains("1 written");
        assertThat(Files.readString(posts.resolve(today + "-retnet.md"))).startsWith("---\ntitle: 'RetNet'");
    }

    @Test
    void missingBlogFolderIsAOneLineError() throws Exception {
        addPaper("RetNet", "llm");

        Result result = run("export", "--library", library().toString(), "--to", temp.resolve("nowhere").toString(), "--all");

        assertThat(result.code).isEqualTo(1);
        assertThat(result.err).startsWith("papernotes: The blog folder").contains("does not exist");
    }

    @Test
    void unknownIdIsAOneLineError() throws Exception {
        Files.createDirectories(temp.resolve("blog"));

        Result result = run("export", "--library", library().toString(), "--to", temp.resolve("blog").toString(), "42");

        assertThat(result.code).isEqualTo(1);
        assertThat(result.err.strip().lines()).hasSize(1);
    }

    private Path library() {
        return temp.resolve("library.db");
    }

    private long addPaper(String title, String tag) {
        try (Library library = Library.open(library())) {
            return library.papers().insert(Paper.titled(title).withNote("Note on $x$.").withTags(List.of(tag))).id();
        }
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PaperNotesCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
