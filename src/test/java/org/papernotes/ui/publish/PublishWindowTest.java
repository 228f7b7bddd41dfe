package org.papernotes.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.workflow.BlogSettings;
import org.papernotes.git.BlogRemotes;
import org.papernotes.git.IsolatedGitConfig;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.common.AppPreferences;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.main.WindowSession;
import org.papernotes.ui.search.SearchServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Publishing from the real window, as a person would: Ctrl+Shift+E, the dialog, Publish, the status bar. */
@ExtendWith(IsolatedGitConfig.class)
class PublishWindowTest extends FxRobot {

    private static final int WAIT_SECONDS = 20;

    @TempDir
    Path temp;
    private BlogRemotes remotes;
    private Stage stage;
    private WindowSession session;
    private Preferences preferences;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void blog() throws Exception {
        remotes = BlogRemotes.create(temp);
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
        preferences = Preferences.userRoot().node("org/papernotes/test/publish" + System.nanoTime());
        AppPreferences appPreferences = new AppPreferences(preferences);
        appPreferences.setLocale(java.util.Locale.ENGLISH);
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

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    private Path libraryPublishingTo(Path blog, String title) {
        Path file = temp.resolve("library.db");
        try (Library library = Library.open(file)) {
            library.papers().insert(Paper.titled(title).withNote("Self-attention: $\\alpha_{ij}$."));
            new BlogSettings(library).rememberExportFolder(blog);
        }
        return file;
    }

    private PublishDialog dialog() {
        return session.window().publishActions().lastDialog();
    }

    @Test
    void publishingFromTheDialogShowsTheCommitInTheDialogAndTheStatusBar() throws Exception {
        BlogRemotes.write(remotes.blog, "_config.yml", "title: edited by hand\nurl: https://ada.github.io\n");
        open(libraryPublishingTo(remotes.blog, "Attention Is All You Need"));
        clickOn("Attention Is All You Need");
        waitUntil(() -> session.viewModel().paper().getPaper() != null);

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        waitUntil(() -> dialog() != null && dialog().viewModel().phaseProperty().get() == PublishViewModel.Phase.READY);
        assertThat(lookup("#publish-state").queryAs(Label.class).getText()).contains("main").contains("origin/main")
                .contains("Ada Lovelace");
        ListView<?> others = lookup("#publish-other-changes").queryAs(ListView.class);
        assertThat(others.getItems()).hasSize(1);
        assertThat(others.getItems().get(0).toString()).contains("_config.yml");

        clickOn("#publish-run");
        waitUntil(() -> dialog().viewModel().phaseProperty().get() == PublishViewModel.Phase.DONE);

        String pushed = remotes.remoteHead().name();
        assertThat(lookup("#publish-result").queryAs(Label.class).getText())
                .startsWith("Published in " + pushed.substring(0, 7));
        assertThat(lookup("#publish-address").queryAs(Hyperlink.class).getText())
                .contains("https://ada.github.io/posts/").contains("attention-is-all-you-need");
        assertThat(remotes.remoteFiles()).containsEntry("_config.yml", "title: A blog\nurl: https://ada.github.io\n");
        push(KeyCode.ESCAPE);
        waitUntil(() -> !dialog().stage().isShowing());

        waitUntil(() -> lookup("#blog-last-publish").queryAs(Hyperlink.class).getText().contains(pushed.substring(0, 7)));
        assertThat(lookup("#blog-git-state").queryAs(Label.class).getText()).contains("Blog: main")
                .contains("1 uncommitted");
        waitUntil(() -> lookup("#paper-published-in").queryAs(Label.class).getText()
                .startsWith("Published in " + pushed.substring(0, 7) + " on "));
        assertThat(lookup("#paper-header #paper-published-line").query().isVisible()).isTrue();
        assertThat(lookup("#paper-published-open").queryAs(Hyperlink.class).isVisible()).isTrue();
    }

    @Test
    void theHeaderOfAPaperNotPublishedHasNoPublishedLine() throws Exception {
        Path file = libraryPublishingTo(remotes.blog, "Attention Is All You Need");
        try (Library library = Library.open(file)) {
            library.papers().insert(Paper.titled("Never Published").withNote("Draft."));
        }
        open(file);
        clickOn("Attention Is All You Need");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        waitUntil(() -> dialog() != null && dialog().viewModel().phaseProperty().get() == PublishViewModel.Phase.READY);
        clickOn("#publish-run");
        waitUntil(() -> dialog().viewModel().phaseProperty().get() == PublishViewModel.Phase.DONE);
        push(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#paper-published-line").query().isVisible());

        clickOn("Never Published");

        waitUntil(() -> "Never Published".equals(session.viewModel().paper().getPaper().title()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#paper-published-line").query().isVisible()).isFalse();
        assertThat(lookup("#paper-published-in").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void withNoPaperOpenTheBlogsStateStartsAtTheLeftOfTheStatusBar() throws Exception {
        open(libraryPublishingTo(remotes.blog, "Attention Is All You Need"));

        waitUntil(() -> lookup("#blog-state #blog-git-state").queryAs(Label.class).getText().contains("Blog: main"));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.layout.HBox bar = lookup("#status-bar").queryAs(javafx.scene.layout.HBox.class);
        double left = lookup("#blog-state").query().getBoundsInParent().getMinX();
        // the empty note items and their separators take no room: at most one gap before the blog's state
        assertThat(left).isLessThanOrEqualTo(bar.getInsets().getLeft() + bar.getSpacing() + 1);
    }

    @Test
    void theExportDialogShowsTheBlogsGitStateAndItsNewUncommittedPost() throws Exception {
        open(libraryPublishingTo(remotes.blog, "Attention Is All You Need"));
        clickOn("Attention Is All You Need");

        push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> session.window().blogActions().lastExport() != null
                && lookup("#export-blog-state #blog-git-state").queryAs(Label.class).getText().contains("Blog: main"));
        assertThat(lookup("#export-blog-state #blog-git-state").queryAs(Label.class).getText())
                .doesNotContain("uncommitted");

        clickOn("#export-run");

        waitUntil(() -> lookup("#export-blog-state #blog-git-state").queryAs(Label.class).getText()
                .contains("1 uncommitted"));
        waitUntil(() -> lookup("#blog-state #blog-git-state").queryAs(Label.class).getText().contains("1 uncommitted"));
    }

    @Test
    void postsThePublishSkippedAreNamedWithWhyAndWhatToDo() throws Exception {
        Path file = libraryPublishingTo(remotes.blog, "Attention Is All You Need");
        try (Library library = Library.open(file)) {
            long id = library.papers().list(org.papernotes.model.PaperFilter.ALL).get(0).id();
            var report = new org.papernotes.workflow.ExportPosts(library).export(java.util.List.of(id), remotes.blog,
                    false, org.papernotes.blog.OverwritePolicy.NEVER, org.papernotes.blog.BlogProgress.NONE);
            java.nio.file.Files.writeString(report.blogFolder().resolve(report.writtenFiles().get(0)),
                    "---\ntitle: Edited on GitHub\n---\nMy own words.\n");
            library.papers().update(library.papers().get(id).withNote("A changed note."));
        }
        open(file);
        clickOn("Attention Is All You Need");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        waitUntil(() -> dialog() != null && dialog().viewModel().phaseProperty().get() == PublishViewModel.Phase.READY);
        clickOn("#publish-run");
        waitUntil(() -> dialog().viewModel().phaseProperty().get() == PublishViewModel.Phase.DONE);

        assertThat(lookup("#publish-not-published-hint").queryAs(Label.class).getText()).startsWith("Not published (1)")
                .contains("Export to blog");
        ListView<?> skipped = lookup("#publish-not-published").queryAs(ListView.class);
        assertThat(skipped.getItems()).hasSize(1);
        assertThat(org.papernotes.ui.blog.BlogReasons.exportLine(org.papernotes.ui.common.Messages.of(java.util.Locale.ENGLISH),
                (org.papernotes.blog.ExportReport.Entry) skipped.getItems().get(0)))
                .contains("Attention Is All You Need").contains("changed outside PaperNotes");
        assertThat(lookup("#publish-result").queryAs(Label.class).getText()).isEqualTo("Nothing was published.");
    }

    @Test
    void aFolderWithoutGitIsExplainedAndPublishStaysDisabled() throws Exception {
        Path plain = java.nio.file.Files.createDirectories(temp.resolve("plain-blog"));
        open(libraryPublishingTo(plain, "Attention Is All You Need"));

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        waitUntil(() -> dialog() != null && dialog().viewModel().phaseProperty().get() == PublishViewModel.Phase.BLOCKED);

        assertThat(lookup("#publish-problem").queryAs(Label.class).getText()).contains("is not a git repository")
                .contains("Export to blog");
        assertThat(lookup("#publish-run").queryButton().isDisabled()).isTrue();
    }
}
