package org.papernotes.ui.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.markdown.PreviewMath;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;
import org.papernotes.ui.ManualScheduler;
import org.papernotes.ui.detail.PaperViewModel;
import org.papernotes.workflow.ExportPosts;
import org.papernotes.workflow.ImportPosts;

/** The open paper's post as the preview and the status bar show it: its blog's math, imported or exported. */
class PostMathAndStatusViewModelTest {

    @TempDir
    Path temp;
    private final ManualScheduler time = new ManualScheduler();
    private Library library;
    private PaperViewModel paper;
    private Path blog;

    @BeforeEach
    void setUp() throws IOException {
        library = Library.open(temp.resolve("library.db"));
        paper = new PaperViewModel(library, time.executors(), saved -> { });
        blog = Files.createDirectories(temp.resolve("blog"));
        Files.writeString(blog.resolve("_config.yml"), "markdown: kramdown\n");
        Files.createDirectories(blog.resolve("_includes/head"));
        Files.writeString(blog.resolve("_includes/head/custom.html"),
                "<script id=\"MathJax-script\" async src=\"https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js\"></script>\n");
        Files.createDirectories(blog.resolve("_posts"));
        Files.writeString(blog.resolve("_posts/2024-01-01-math.md"), "---\ntitle: Math\n---\nA formula $x$ here.\n");
        new ImportPosts(library).importPosts(List.of(blog), BlogProgress.NONE);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Paper openImported() {
        Paper imported = library.papers().findAll(PaperFilter.ALL).get(0);
        paper.open(imported.id());
        time.runAll();
        return imported;
    }

    @Test
    void anUneditedImportedPostIsPreviewedWithItsBlogsMathJaxAndItsUnshownMathMarked() {
        PreviewMathViewModel math = new PreviewMathViewModel(library, time.executors(), paper);

        openImported();

        assertThat(math.previewMathProperty().get()).isEqualTo(new PreviewMath(true, false, true, ""));
    }

    @Test
    void editingTheNoteTakesTheMarksAway() {
        PreviewMathViewModel math = new PreviewMathViewModel(library, time.executors(), paper);
        openImported();

        paper.noteEdited("A formula $x$ here, edited.\n");

        assertThat(math.previewMathProperty().get().markUnshown()).isFalse();
        assertThat(math.previewMathProperty().get().writtenForKramdown()).isTrue();
    }

    @Test
    void aNoteWrittenHereIsPreviewedAsANote() {
        PreviewMathViewModel math = new PreviewMathViewModel(library, time.executors(), paper);
        Paper note = library.papers().insert(Paper.titled("Mine").withNote("$x$"));

        paper.open(note.id());
        time.runAll();

        assertThat(math.previewMathProperty().get().writtenForKramdown()).isFalse();
        assertThat(math.previewMathProperty().get().markUnshown()).isFalse();
    }

    @Test
    void theStatusSaysImportedFromUntilTheFirstExport() throws IOException {
        PostStatusViewModel status = new PostStatusViewModel(library, time.executors(), paper);
        Paper imported = openImported();
        assertThat(status.statusProperty().get()).isEqualTo(new PostStatusViewModel.Status(
                PostStatusViewModel.Kind.IMPORTED, blog.resolve("_posts/2024-01-01-math.md").toAbsolutePath().toString()));

        new ExportPosts(library).export(List.of(imported.id()), blog, true, OverwritePolicy.ALWAYS, BlogProgress.NONE);
        paper.reloadBlog();
        time.runAll();

        assertThat(status.statusProperty().get()).isEqualTo(new PostStatusViewModel.Status(
                PostStatusViewModel.Kind.EXPORTED, "_posts/2024-01-01-math.md"));
    }
}
