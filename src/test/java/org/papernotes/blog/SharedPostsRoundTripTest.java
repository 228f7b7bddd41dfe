package org.papernotes.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperSummary;
import org.papernotes.store.Library;
import org.papernotes.workflow.ExportPosts;
import org.papernotes.workflow.ImportPosts;

/**
 * Import then export of every real post in ../shared/fixtures/academicpages/_posts: unedited, every post comes back
 * byte for byte, even those whose single-dollar math a MathJax 3 blog cannot show; with the math fixed, those
 * (and only those) change, and only in their math.
 */
class SharedPostsRoundTripTest {

    /** The posts whose single-dollar math a MathJax 3 blog cannot show; fixing their math changes them. */
    static final Set<String> NOT_KRAMDOWN_SAFE = Set.of(
            "2023-10-19-blog-paper-RetNet.md",
            "2023-10-21-blog-paper-ShearedLLaMA.md",
            "2023-11-14-blog-paper-Consistency-Model.md",
            "2023-11-26-blog-post-6.md",
            "2023-11-27-blog-paper-PixelDance.md",
            "2023-12-06-blog-hardware.md",
            "2023-12-16-blog-post-11.md",
            "2026-07-10-blog-post-25.md");

    @TempDir
    Path temp;
    Path blog;
    Library library;
    List<String> names;
    Map<String, byte[]> originals = new HashMap<>();

    @BeforeEach
    void importAndExport() throws IOException {
        blog = temp.resolve("blog");
        names = SharedFixtures.copyInto(blog);
        for (String name : names) {
            originals.put(name, Files.readAllBytes(blog.resolve("_posts").resolve(name)));
        }
        library = Library.open(temp.resolve("library.db"));
        ImportReport imported = new ImportPosts(library).importPosts(List.of(blog), BlogProgress.NONE);
        assertThat(imported.failed()).isZero();
        ExportReport exported = new ExportPosts(library).export(ids(), blog, false, OverwritePolicy.NEVER, BlogProgress.NONE);
        assertThat(exported.skipped() + exported.failed()).isZero();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void uneditedPostsComeBackByteForByte() throws IOException {
        for (String name : names) {
            assertThat(Files.readAllBytes(post(name))).as(name).isEqualTo(originals.get(name));
        }
    }

    @Test
    void fixingTheirMathChangesExactlyThePostsThatNeedItAndOnlyTheirMathDelimiters() throws IOException {
        ExportReport fixed = new ExportPosts(library).export(ids(), blog, true, OverwritePolicy.ALWAYS, BlogProgress.NONE);
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            if (!java.util.Arrays.equals(originals.get(name), Files.readAllBytes(post(name)))) {
                changed.add(name);
            }
        }
        assertThat(fixed.failed()).isZero();
        assertThat(changed).containsExactlyInAnyOrderElementsOf(NOT_KRAMDOWN_SAFE);
        for (String name : NOT_KRAMDOWN_SAFE) {
            String original = new String(originals.get(name), StandardCharsets.UTF_8);
            String exported = Files.readString(post(name));

            assertThat(frontMatterOf(exported)).as(name).isEqualTo(frontMatterOf(original));
            assertThat(withoutMathDelimiters(exported)).as(name).isEqualTo(withoutMathDelimiters(original));
            assertThat(exported).as(name).doesNotContainPattern("(?<![\\\\$])\\$(?!\\$)[^$\\n]+(?<![\\\\$])\\$(?!\\$)");
        }
    }

    @Test
    void exportedPostsImportAndExportAgainUnchanged() throws IOException {
        Map<String, byte[]> first = new HashMap<>();
        for (String name : names) {
            first.put(name, Files.readAllBytes(post(name)));
        }

        ImportReport again = new ImportPosts(library).importPosts(List.of(blog), BlogProgress.NONE);
        ExportReport exportAgain = new ExportPosts(library).export(ids(), blog, false, OverwritePolicy.NEVER, BlogProgress.NONE);

        assertThat(again.unchanged()).isEqualTo(names.size());
        assertThat(exportAgain.unchanged()).isEqualTo(names.size());
        for (String name : names) {
            assertThat(Files.readAllBytes(post(name))).as(name).isEqualTo(first.get(name));
        }
    }

    @Test
    void aFreshLibraryImportingTheExportedPostsExportsTheSameBytes() throws IOException {
        Path copy = temp.resolve("copy");
        Files.createDirectories(copy.resolve("_posts"));
        for (String name : names) {
            Files.copy(post(name), copy.resolve("_posts").resolve(name));
        }
        try (Library fresh = Library.open(temp.resolve("fresh.db"))) {
            new ImportPosts(fresh).importPosts(List.of(copy), BlogProgress.NONE);
            List<Long> ids = fresh.papers().list(PaperFilter.ALL).stream().map(PaperSummary::id).toList();

            ExportReport report = new ExportPosts(fresh).export(ids, copy, false, OverwritePolicy.NEVER, BlogProgress.NONE);

            assertThat(report.unchanged()).isEqualTo(names.size());
        }
    }

    private Path post(String name) {
        return blog.resolve("_posts").resolve(name);
    }

    private List<Long> ids() {
        return library.papers().list(PaperFilter.ALL).stream().map(PaperSummary::id).toList();
    }

    private static String frontMatterOf(String post) {
        return post.substring(0, post.indexOf("\n---\n", 4) + 5);
    }

    /**
     * The text with every math delimiter ($, $$, \( \)), pipe macro and kramdown escape of a formula's TeX reduced
     * to one form.
     */
    private static String withoutMathDelimiters(String post) {
        return post.replaceAll("\\\\([_*{}|])", "$1").replace("$$", "$").replace("\\(", "$").replace("\\)", "$")
                .replace("\\vert ", "|").replace("\\vert", "|").replace("\\Vert ", "\\|").replace("\\Vert", "\\|");
    }
}
