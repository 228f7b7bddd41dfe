package org.papernotes.ui.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.workflow.BlogSettings;
import org.papernotes.blog.BlogMessage;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.model.BlogPost;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.ManualScheduler;

/** The export dialog's view model on a real library and blog folder; library work, results and export run inline. */
class ExportViewModelTest {

    @TempDir
    Path temp;
    private Library library;
    private Path blog;
    private final AtomicInteger exported = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        library = Library.open(temp.resolve("library.db"));
        blog = Files.createDirectories(temp.resolve("blog"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private ExportViewModel exportOf(List<Paper> selected, List<Paper> shown) {
        return new ExportViewModel(library, new ManualScheduler().executors(), Runnable::run, items(selected),
                items(shown), exported::incrementAndGet);
    }

    private static List<ExportViewModel.Item> items(List<Paper> papers) {
        return papers.stream().map(p -> new ExportViewModel.Item(p.id(), p.title())).toList();
    }

    private List<String> postFiles() throws IOException {
        try (var files = Files.list(blog.resolve("_posts"))) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** A paper whose post date and slug are fixed, so that its file name is known. */
    private Paper published(String title, String slug) {
        Paper paper = library.papers().insert(Paper.titled(title).withNote("Note of " + title + " with $x_1$."));
        library.papers().setBlogPost(paper.id(), new BlogPost(slug, LocalDate.of(2024, 3, 1), null, "", null, null, null));
        return library.papers().get(paper.id());
    }

    @Test
    void previewIsTheExactPostFileOfTheSelectedPaper() {
        Paper paper = library.papers().insert(Paper.titled("Attention Is All You Need").withNote("Inline $x$ math."));
        ExportViewModel export = exportOf(List.of(paper), List.of(paper));

        assertThat(export.previewProperty().get())
                .startsWith("---\n")
                .contains("title: 'Attention Is All You Need'")
                .contains("permalink: /posts/")
                .contains("/attention-is-all-you-need/")
                .contains("$$x$$");
    }

    @Test
    void severalPapersCanEachBePreviewedAndAllShownReplaceTheSelection() {
        Paper first = published("First Paper", "first");
        Paper second = published("Second Paper", "second");
        ExportViewModel export = exportOf(List.of(first), List.of(first, second));
        assertThat(export.papers()).extracting(ExportViewModel.Item::id).containsExactly(first.id());

        export.allShownProperty().set(true);
        export.previewedProperty().set(export.papers().get(1));

        assertThat(export.papers()).extracting(ExportViewModel.Item::id).containsExactly(first.id(), second.id());
        assertThat(export.previewProperty().get()).contains("title: 'Second Paper'").contains("/posts/2024/03/second/");
    }

    @Test
    void theSeveralSelectedPapersAreTheScopeAndAllShownTheAlternative() throws IOException {
        List<Paper> shown = List.of(published("One", "one"), published("Two", "two"), published("Three", "three"),
                published("Four", "four"));
        List<ExportViewModel.Item> selected = BlogActions.selectedItems(items(shown),
                List.of(shown.get(3).id(), shown.get(0).id(), shown.get(2).id()));
        ExportViewModel export = new ExportViewModel(library, new ManualScheduler().executors(), Runnable::run, selected,
                items(shown), exported::incrementAndGet);

        assertThat(export.allShownProperty().get()).isFalse();
        assertThat(export.papers()).extracting(ExportViewModel.Item::title).containsExactly("One", "Three", "Four");
        export.allShownProperty().set(true);
        assertThat(export.papers()).hasSize(4);
        export.allShownProperty().set(false);
        export.folderProperty().set(blog);
        export.export();

        assertThat(export.reportProperty().get().written()).isEqualTo(3);
        assertThat(postFiles()).containsExactlyInAnyOrder("2024-03-01-one.md", "2024-03-01-three.md", "2024-03-01-four.md");
    }

    @Test
    void exportWritesIntoPostsReportsProgressAndRemembersTheFolder() throws IOException {
        Paper first = published("First Paper", "first");
        Paper second = published("Second Paper", "second");
        ExportViewModel export = exportOf(List.of(), List.of(first, second));
        List<Double> progress = new CopyOnWriteArrayList<>();
        export.progressProperty().addListener((o, old, now) -> progress.add(now.doubleValue()));
        export.folderProperty().set(blog);

        assertThat(export.export()).isTrue();

        ExportReport report = export.reportProperty().get();
        assertThat(report.written()).isEqualTo(2);
        assertThat(report.entries()).extracting(ExportReport.Entry::file).containsExactlyInAnyOrder(
                blog.resolve("_posts/2024-03-01-first.md").toRealPath(), blog.resolve("_posts/2024-03-01-second.md").toRealPath());
        assertThat(Files.readString(blog.resolve("_posts/2024-03-01-first.md"))).isEqualTo(export.previewProperty().get());
        assertThat(progress).contains(-1.0, 0.5).last().isEqualTo(1.0);
        assertThat(export.runningProperty().get()).isFalse();
        assertThat(exported).hasValue(1);
        assertThat(new BlogSettings(library).exportFolder()).contains(blog.toRealPath());
        assertThat(library.papers().get(first.id()).blog().lastExportPath()).isEqualTo("_posts/2024-03-01-first.md");
    }

    @Test
    void theRememberedFolderIsOfferedAndChoosingPostsMeansItsBlog() {
        new BlogSettings(library).rememberExportFolder(blog);
        Paper paper = published("First Paper", "first");
        ExportViewModel export = exportOf(List.of(paper), List.of(paper));

        export.load();
        assertThat(export.folderProperty().get()).isEqualTo(blog.toAbsolutePath().normalize());
        assertThat(export.postsFolder()).isEqualTo(blog.toAbsolutePath().normalize().resolve("_posts"));

        export.folderProperty().set(blog.resolve("_posts"));
        assertThat(export.postsFolder()).isEqualTo(blog.toAbsolutePath().normalize().resolve("_posts"));
    }

    @Test
    void aMissingFolderOrAFileIsReportedAndNothingIsWritten() throws IOException {
        Paper paper = published("First Paper", "first");
        ExportViewModel export = exportOf(List.of(paper), List.of(paper));

        assertThat(export.export()).isFalse();
        assertThat(export.folderProblemProperty().get()).isEqualTo(FolderProblem.NOT_CHOSEN);

        export.folderProperty().set(temp.resolve("no-such-blog"));
        assertThat(export.export()).isFalse();
        assertThat(export.folderProblemProperty().get()).isEqualTo(FolderProblem.MISSING);

        export.folderProperty().set(Files.writeString(temp.resolve("a-file"), "x"));
        assertThat(export.export()).isFalse();
        assertThat(export.folderProblemProperty().get()).isEqualTo(FolderProblem.NOT_A_FOLDER);
        assertThat(export.reportProperty().get()).isNull();
        assertThat(Files.exists(temp.resolve("no-such-blog"))).isFalse();
    }

    @Test
    void aFileNotWrittenByPaperNotesIsOverwrittenOnlyWhenTheUserSaysSo() throws IOException {
        Paper paper = published("First Paper", "first");
        Path file = Files.createDirectories(blog.resolve("_posts")).resolve("2024-03-01-first.md");
        Files.writeString(file, "my own post");
        List<OverwritePolicy.Conflict> asked = new ArrayList<>();
        ExportViewModel export = exportOf(List.of(paper), List.of(paper));
        export.folderProperty().set(blog);

        export.setOverwriteQuestion((p, f, conflict, diff) -> {
            asked.add(conflict);
            return new OverwriteQuestion.Answer(false, false);
        });
        export.export();
        assertThat(asked).containsExactly(OverwritePolicy.Conflict.NOT_WRITTEN_BY_PAPERNOTES);
        assertThat(export.reportProperty().get().skipped()).isEqualTo(1);
        assertThat(export.reportProperty().get().entries().get(0).detail())
                .isEqualTo(BlogMessage.of(BlogMessage.Code.NOT_WRITTEN_BY_PAPERNOTES));
        assertThat(Files.readString(file)).isEqualTo("my own post");

        export.setOverwriteQuestion((p, f, conflict, diff) -> new OverwriteQuestion.Answer(true, false));
        export.export();
        assertThat(export.reportProperty().get().written()).isEqualTo(1);
        assertThat(Files.readString(file)).contains("title: 'First Paper'");
    }

    @Test
    void anAnswerForAllIsAskedOnceForTheWholeExport() throws IOException {
        Paper first = published("First Paper", "first");
        Paper second = published("Second Paper", "second");
        Path posts = Files.createDirectories(blog.resolve("_posts"));
        Files.writeString(posts.resolve("2024-03-01-first.md"), "mine 1");
        Files.writeString(posts.resolve("2024-03-01-second.md"), "mine 2");
        AtomicInteger questions = new AtomicInteger();
        ExportViewModel export = exportOf(List.of(), List.of(first, second));
        export.folderProperty().set(blog);
        export.setOverwriteQuestion((p, f, conflict, diff) -> {
            questions.incrementAndGet();
            return new OverwriteQuestion.Answer(false, true);
        });

        export.export();

        assertThat(questions).hasValue(1);
        assertThat(export.reportProperty().get().skipped()).isEqualTo(2);
        assertThat(Files.readString(posts.resolve("2024-03-01-second.md"))).isEqualTo("mine 2");
    }

    @Test
    void cancelStopsBeforeTheRestAndReportsWhatWasDone() {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            papers.add(published("Paper " + i, "paper-" + i));
        }
        ExportViewModel export = exportOf(List.of(), papers);
        export.folderProperty().set(blog);
        export.progressProperty().addListener((o, old, now) -> {
            if (now.doubleValue() > 0) {
                export.cancel();
            }
        });

        export.export();

        ExportReport report = export.reportProperty().get();
        assertThat(report.cancelled()).isTrue();
        assertThat(report.written()).isBetween(1L, 39L);
        assertThat(export.runningProperty().get()).isFalse();
    }

    @Test
    void aCancelEndsTheWaitForAnAnswerAndTheFileIsKept() {
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        // An FX thread that never gets to the question (the window is closing).
        AskingOverwritePolicy policy = new AskingOverwritePolicy(task -> { }, (p, f, c, d) -> new OverwriteQuestion.Answer(true, true),
                cancelled::get);
        new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cancelled.set(true);
        }).start();

        assertThat(policy.mayOverwrite(Paper.titled("T"), blog.resolve("x.md"), OverwritePolicy.Conflict.NOT_WRITTEN_BY_PAPERNOTES, ""))
                .isFalse();
    }

    @Test
    void theQuestionIsAskedOnTheFxExecutorWhileTheExportingThreadWaits() throws Exception {
        ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
        try {
            List<String> askedOn = new CopyOnWriteArrayList<>();
            AskingOverwritePolicy policy = new AskingOverwritePolicy(fx, (p, f, c, d) -> {
                askedOn.add(Thread.currentThread().getName());
                return new OverwriteQuestion.Answer(true, false);
            }, () -> false);

            boolean allowed = policy.mayOverwrite(Paper.titled("T"), blog.resolve("x.md"),
                    OverwritePolicy.Conflict.CHANGED_SINCE_EXPORT, "");

            assertThat(allowed).isTrue();
            assertThat(askedOn).containsExactly("fake-fx");
        } finally {
            fx.shutdownNow();
        }
    }

    @Test
    void aTypedOrPastedFolderIsTheFolder() {
        Paper paper = published("First Paper", "first");
        ExportViewModel export = exportOf(List.of(paper), List.of(paper));

        export.folderTextProperty().set(blog.toString() + "  ");

        assertThat(export.folderProperty().get()).isEqualTo(blog);
        export.folderProperty().set(temp);
        assertThat(export.folderTextProperty().get()).isEqualTo(temp.toString());
    }

    @Test
    void theFolderPostsWereImportedFromIsOfferedButNotChosen() throws IOException {
        Files.createDirectories(blog.resolve("_posts"));
        Files.writeString(blog.resolve("_config.yml"), "markdown: kramdown\n");
        Files.writeString(blog.resolve("_posts/2024-01-01-imported.md"), "---\ntitle: Imported\n---\nx\n");
        new org.papernotes.workflow.ImportPosts(library).importPosts(List.of(blog), org.papernotes.blog.BlogProgress.NONE);
        Paper paper = published("First Paper", "first");
        ExportViewModel export = exportOf(List.of(paper), List.of(paper));

        export.load();

        assertThat(export.folderProperty().get()).isNull();
        assertThat(export.suggestedFolderProperty().get()).isEqualTo(blog.toAbsolutePath().normalize());
        export.useSuggestedFolder();
        assertThat(export.folderProperty().get()).isEqualTo(blog.toAbsolutePath().normalize());
    }

    @Test
    void postsWhoseMathTheBlogCannotShowAreListedAndFixedOnlyWhenChosen() throws IOException {
        Files.createDirectories(blog.resolve("_posts"));
        Path post = blog.resolve("_posts/2024-01-01-math.md");
        Files.writeString(post, "---\ntitle: Math\n---\nA formula $x$ here.\n");
        new org.papernotes.workflow.ImportPosts(library).importPosts(List.of(blog), org.papernotes.blog.BlogProgress.NONE);
        Paper imported = library.papers().findAll(org.papernotes.model.PaperFilter.ALL).get(0);
        ExportViewModel export = exportOf(List.of(imported), List.of(imported));
        export.folderProperty().set(blog);

        assertThat(export.blogMathProperty().get().kind()).isEqualTo(org.papernotes.blog.BlogMath.Kind.UNKNOWN);
        assertThat(export.needingFix()).extracting(ExportViewModel.MathFix::formulas).containsExactly(1);
        assertThat(export.previewChangesProperty().get()).contains("+A formula $$x$$ here.");
        export.export();
        assertThat(Files.readString(post)).contains("$x$");

        export.fixMathProperty().set(true);
        assertThat(export.previewChangesProperty().get()).contains("-A formula $x$ here.", "+A formula $$x$$ here.");
        export.setOverwriteQuestion((p, f, conflict, diff) -> new OverwriteQuestion.Answer(true, false));
        export.export();
        assertThat(Files.readString(post)).contains("A formula $$x$$ here.");
    }

    @Test
    void thePaperCardChosenStartsThePreviewAndIsRememberedByTheExport() throws IOException {
        Paper paper = library.papers().insert(Paper.titled("Attention Is All You Need")
                .withAuthors(List.of("Ashish Vaswani")).withYear(2017).withNote("My note."));
        ExportViewModel export = exportOf(List.of(paper), List.of(paper));
        assertThat(export.paperCardProperty().get()).isEqualTo(org.papernotes.workflow.PaperCard.Choice.NONE);
        assertThat(export.previewProperty().get()).doesNotContain("> **Attention Is All You Need**");

        export.paperCardProperty().set(org.papernotes.workflow.PaperCard.Choice.WRITTEN_HERE);

        assertThat(export.previewProperty().get()).contains("> **Attention Is All You Need**");
        export.folderProperty().set(blog);
        export.export();
        assertThat(export.reportProperty().get().written()).isEqualTo(1);
        ExportViewModel again = exportOf(List.of(paper), List.of(paper));
        again.load();
        assertThat(again.paperCardProperty().get()).isEqualTo(org.papernotes.workflow.PaperCard.Choice.WRITTEN_HERE);
    }
}
