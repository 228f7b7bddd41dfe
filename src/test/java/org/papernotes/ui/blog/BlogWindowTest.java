package org.papernotes.ui.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.blog.ImportReport;
import org.papernotes.model.BlogPost;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.common.AppPreferences;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.main.MainViewModel;
import org.papernotes.ui.main.WindowSession;
import org.papernotes.ui.search.SearchServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Publishing and importing through the real window, as a person would: menu keys, buttons, dialogs. */
class BlogWindowTest extends FxRobot {

    private static final int WAIT_SECONDS = 15;

    @TempDir
    Path temp;
    private Stage stage;
    private WindowSession session;
    private Preferences preferences;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (stage != null) {
            FxToolkit.setupFixture(() -> {
                for (javafx.stage.Window window : javafx.stage.Window.getWindows().stream().toList()) {
                    if (window != stage && window instanceof Stage other && window.isShowing()) {
                        other.close();
                    }
                }
                stage.hide();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        try {
            preferences.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }

    private void open(Path library) throws Exception {
        open(library, java.util.Locale.ENGLISH);
    }

    private void open(Path library, java.util.Locale language) throws Exception {
        preferences = Preferences.userRoot().node("org/papernotes/test/blog" + System.nanoTime());
        AppPreferences appPreferences = new AppPreferences(preferences);
        appPreferences.setLocale(language);
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            session = new WindowSession(stage, appPreferences, url -> { },
                    UiExecutors::forApplication, SearchServices::forLibrary, () -> { });
            session.open(library);
        });
        waitUntil(() -> stage.isShowing() && session.viewModel() != null
                && session.viewModel().list().loadedOnceProperty().get());
        FxToolkit.setupFixture(() -> stage.toFront());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private MainViewModel viewModel() {
        return session.viewModel();
    }

    private BlogActions blog() {
        return session.window().blogActions();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    private Path libraryWith(Paper... papers) {
        Path file = temp.resolve("library.db");
        try (Library library = Library.open(file)) {
            for (Paper paper : papers) {
                library.papers().insert(paper);
            }
        }
        return file;
    }

    private void selectPaper(String title) throws Exception {
        clickOn(title);
        waitUntil(() -> viewModel().paper().getPaper() != null && viewModel().paper().getPaper().title().equals(title));
    }

    @Test
    void ctrlEShowsThePostAndExportWritesItIntoPosts() throws Exception {
        open(libraryWith(Paper.titled("Attention Is All You Need").withNote("Self-attention: $\\alpha_{ij}$.")));
        Path blogFolder = Files.createDirectories(temp.resolve("my-blog"));
        selectPaper("Attention Is All You Need");
        // Typed just before Ctrl+E, from the editor: the preview already has it.
        clickOn(session.window().paperView().notePane().editor());
        push(KeyCode.CONTROL, KeyCode.END);
        write(" Fresh words.");

        push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> blog().lastExport() != null
                && lookup("#post-preview").queryAs(TextArea.class).getText().contains("permalink: /posts/"));
        assertThat(lookup("#post-preview").queryAs(TextArea.class).getText())
                .contains("title: 'Attention Is All You Need'").contains("$$\\alpha_{ij}$$").endsWith(" Fresh words.");
        assertThat(lookup("#choose-blog-folder").queryButton().isVisible()).isTrue();
        assertThat(lookup("#export-run").queryButton().isDisabled()).isTrue();

        // A native folder chooser cannot be driven headless: the folder is set as the chooser would.
        interact(() -> blog().lastExport().viewModel().folderProperty().set(blogFolder));
        assertThat(lookup("#posts-folder-hint").queryAs(Label.class).getText()).contains(blogFolder.resolve("_posts").toString());
        clickOn("#export-run");
        waitUntil(() -> blog().lastExport().viewModel().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        LocalDate today = LocalDate.now();
        Path post = blogFolder.resolve("_posts").resolve(today + "-attention-is-all-you-need.md");
        assertThat(post).exists();
        assertThat(Files.readString(post)).contains(String.format("permalink: /posts/%d/%02d/attention-is-all-you-need/",
                today.getYear(), today.getMonthValue()));
        assertThat(lookup("#export-summary").queryAs(Label.class).getText()).startsWith("1 written, 0 unchanged");
        waitUntil(() -> lookup("#last-export").queryAs(Label.class).getText().contains("_posts/" + today));

        push(KeyCode.ESCAPE);
        waitUntil(() -> !blog().lastExport().stage().isShowing());
    }

    /** A library with one published paper, "Mine", whose post file in the blog folder the user wrote by hand. */
    private static Path publishedPaperWithHandWrittenPost(Path file, Path blogFolder) throws Exception {
        try (Library library = Library.open(file)) {
            Paper paper = library.papers().insert(Paper.titled("Mine").withNote("Note."));
            library.papers().setBlogPost(paper.id(), new BlogPost("mine", LocalDate.of(2024, 3, 1), null, "", null, null, null));
        }
        Path post = Files.createDirectories(blogFolder.resolve("_posts")).resolve("2024-03-01-mine.md");
        Files.writeString(post, "written by hand");
        return post;
    }

    @Test
    void aFileTheUserWroteIsOverwrittenOnlyAfterAsking() throws Exception {
        Path file = temp.resolve("library.db");
        Path blogFolder = temp.resolve("blog");
        Path post = publishedPaperWithHandWrittenPost(file, blogFolder);
        open(file);
        selectPaper("Mine");
        push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> blog().lastExport() != null);
        interact(() -> blog().lastExport().viewModel().folderProperty().set(blogFolder));

        clickOn("#export-run");
        waitUntil(() -> lookup("#overwrite-yes").tryQuery().filter(n -> n.isVisible() && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(post)).isEqualTo("written by hand");
        clickOn("#overwrite-yes");
        waitUntil(() -> blog().lastExport().viewModel().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(post)).contains("title: 'Mine'");
        assertThat(blog().lastExport().viewModel().reportProperty().get().written()).isEqualTo(1);
    }

    @Test
    void theChineseExportReportSaysInChineseWhyAPostWasSkipped() throws Exception {
        Path file = temp.resolve("library.db");
        Path blogFolder = temp.resolve("blog");
        Path post = publishedPaperWithHandWrittenPost(file, blogFolder);
        open(file, java.util.Locale.SIMPLIFIED_CHINESE);
        selectPaper("Mine");
        push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> blog().lastExport() != null);
        interact(() -> blog().lastExport().viewModel().folderProperty().set(blogFolder));

        clickOn("#export-run");
        waitUntil(() -> lookup("#overwrite-skip").tryQuery().filter(n -> n.isVisible() && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).isPresent());
        clickOn("#overwrite-skip");
        waitUntil(() -> blog().lastExport().viewModel().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#export-summary").queryAs(Label.class).getText()).startsWith("写入 0 篇，未变 0 篇，跳过 1 篇");
        ListView<?> report = lookup("#export-report").queryListView();
        assertThat(from(report).lookup(".list-cell").queryAll())
                .extracting(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .contains("已跳过：“Mine” → 2024-03-01-mine.md\n    那里已有一个不是 PaperNotes 写的文件");
        assertThat(Files.readString(post)).isEqualTo("written by hand");
    }

    @Test
    void importFromTheWelcomeReportsTheBrokenPostAndListsTheNewPaper() throws Exception {
        Path posts = Files.createDirectories(temp.resolve("blog/_posts"));
        Files.writeString(posts.resolve("2024-03-01-forgetting.md"), ImportViewModelTest.GOOD);
        Files.writeString(posts.resolve("2024-04-02-broken.md"), ImportViewModelTest.BROKEN);
        open(temp.resolve("library.db"));
        assertThat(lookup("#welcome").query().isVisible()).isTrue();

        clickOn("#welcome-import");
        waitUntil(() -> blog().lastImport() != null && blog().lastImport().stage().isShowing());
        assertThat(lookup("#choose-import-folder").queryButton().isVisible()).isTrue();
        assertThat(lookup("#choose-import-files").queryButton().isVisible()).isTrue();
        interact(() -> blog().lastImport().viewModel().paths().setAll(posts));
        clickOn("#import-run");
        waitUntil(() -> blog().lastImport().viewModel().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("1 imported, 0 updated, 0 unchanged, 1 failed.");
        ListView<ImportReport.Entry> report = lookup("#import-report").queryListView();
        assertThat(report.getItems().get(0).outcome()).isEqualTo(ImportReport.Outcome.FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".list-cell").queryAll()).extracting(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .anySatisfy(text -> assertThat(text).startsWith("Failed: 2024-04-02-broken.md — ").hasSizeGreaterThan(40))
                .anySatisfy(text -> assertThat(text).isEqualTo("Imported: “遗忘 in LLMs” (2024-03-01-forgetting.md)"));
        waitUntil(() -> viewModel().list().entries().size() == 1);
        assertThat(viewModel().list().entries().get(0).paper().title()).isEqualTo("遗忘 in LLMs");

        clickOn("#import-report");
        push(KeyCode.ESCAPE);
        waitUntil(() -> !blog().lastImport().stage().isShowing());
        assertThat(lookup("#paper-table").queryTableView().getItems()).hasSize(1);
        waitUntil(() -> viewModel().sidebar().tagNames().contains("llm"));
        assertThat(lookup((Node n) -> n instanceof Label label && "llm".equals(label.getText())).tryQuery()).isPresent();
    }

    @Test
    void importedPostsSayWhereTheyCameFromAndTheFirstExportOffersTheirBlogWithoutChoosingIt() throws Exception {
        Path importedBlog = Files.createDirectories(temp.resolve("their-blog"));
        Files.writeString(importedBlog.resolve("_config.yml"), "markdown: kramdown\n");
        Path posts = Files.createDirectories(importedBlog.resolve("_posts"));
        Files.writeString(posts.resolve("2024-03-01-forgetting.md"), ImportViewModelTest.GOOD);
        Path myBlog = Files.createDirectories(temp.resolve("my-blog"));
        open(temp.resolve("library.db"));
        clickOn("#welcome-import");
        waitUntil(() -> blog().lastImport() != null && blog().lastImport().stage().isShowing());
        interact(() -> blog().lastImport().viewModel().paths().setAll(importedBlog));
        clickOn("#import-run");
        waitUntil(() -> blog().lastImport().viewModel().reportProperty().get() != null);
        push(KeyCode.ESCAPE);
        waitUntil(() -> !blog().lastImport().stage().isShowing());
        waitUntil(() -> viewModel().list().entries().size() == 1);

        selectPaper("遗忘 in LLMs");
        waitUntil(() -> lookup("#last-export").queryAs(Label.class).getText().startsWith("Imported from "));
        assertThat(lookup("#last-export").queryAs(Label.class).getText())
                .isEqualTo("Imported from " + posts.resolve("2024-03-01-forgetting.md").toAbsolutePath());

        push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> blog().lastExport() != null && lookup("#export-folder-suggestion").query().isVisible());
        TextField folder = lookup("#blog-folder-field").queryAs(TextField.class);
        assertThat(folder.getText()).isEmpty();
        assertThat(blog().lastExport().viewModel().folderProperty().get()).isNull();
        assertThat(lookup("#export-run").queryButton().isDisabled()).isTrue();

        clickOn(folder).write(myBlog.toString());
        waitUntil(() -> myBlog.equals(blog().lastExport().viewModel().folderProperty().get()));
        assertThat(lookup("#export-run").queryButton().isDisabled()).isFalse();
        interact(() -> folder.clear());
        waitUntil(() -> lookup("#use-import-folder").query().isVisible());
        clickOn("#use-import-folder");
        waitUntil(() -> importedBlog.toAbsolutePath().normalize().toString().equals(folder.getText()));

        push(KeyCode.ESCAPE);
        waitUntil(() -> !blog().lastExport().stage().isShowing());
    }

    @Test
    void theSlugFieldSuggestsStoresAndRefusesSlugs() throws Exception {
        open(libraryWith(Paper.titled("注意力 Is All You Need"), Paper.titled("Other")));
        selectPaper("注意力 Is All You Need");
        TextField slug = lookup("#slug-field").queryAs(TextField.class);
        waitUntil(() -> "zhu-yi-li-is-all-you-need".equals(slug.getPromptText()));

        clickOn(slug).write("!!!").type(KeyCode.ENTER);
        waitUntil(() -> lookup("#slug-error").queryAs(Label.class).isVisible());
        assertThat(lookup("#slug-error").queryAs(Label.class).getText()).contains("at least one letter or digit");
        type(KeyCode.ESCAPE);
        assertThat(slug.getText()).isEmpty();

        write("Attention Zh").type(KeyCode.ENTER);
        waitUntil(() -> "attention-zh".equals(slug.getText())
                && "attention-zh".equals(viewModel().paper().getPaper().blog().slug()));
        assertThat(lookup("#slug-error").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void theSlugFieldSaysWhyASlugIsRefusedInChinese() throws Exception {
        Path library = libraryWith(Paper.titled("Other"), Paper.titled("注意力"));
        try (Library seed = Library.open(library)) {
            long other = seed.papers().findAll(org.papernotes.model.PaperFilter.ALL).stream()
                    .filter(p -> p.title().equals("Other")).findFirst().orElseThrow().id();
            seed.papers().setBlogPost(other, BlogPost.NONE.withSlug("attention"));
        }
        open(library, java.util.Locale.SIMPLIFIED_CHINESE);
        selectPaper("注意力");
        TextField slug = lookup("#slug-field").queryAs(TextField.class);

        clickOn(slug).write("Attention").type(KeyCode.ENTER);

        waitUntil(() -> lookup("#slug-error").queryAs(Label.class).isVisible());
        assertThat(lookup("#slug-error").queryAs(Label.class).getText()).isEqualTo("另一篇论文的文章已使用网址别名“attention”。请另选一个。");
        type(KeyCode.ESCAPE);
        assertThat(slug.getText()).isEmpty();
        assertThat(lookup("#slug-error").queryAs(Label.class).isVisible()).isFalse();
    }
}
