package org.papernotes.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.git.BlogRemotes;
import org.papernotes.git.ChangedFile;
import org.papernotes.git.GitAccess;
import org.papernotes.git.GitMessage;
import org.papernotes.git.IsolatedGitConfig;
import org.papernotes.git.SecretPrompt;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.ManualScheduler;

/** The publish dialog's view model without a window: library work, git work and results run inline. */
@ExtendWith(IsolatedGitConfig.class)
class PublishViewModelTest {

    @TempDir
    Path temp;
    private Library library;
    private BlogRemotes remotes;
    private GitAccess access;
    private int published;

    @BeforeEach
    void setUp() throws Exception {
        library = Library.open(temp.resolve("library.db"));
        remotes = BlogRemotes.create(temp);
        access = GitAccess.with(temp.resolve("home"), temp.resolve("home/.ssh"), Optional.empty(), SecretPrompt.NONE);
    }

    @AfterEach
    void close() {
        access.close();
        library.close();
    }

    private PublishViewModel publishOf(Paper... papers) {
        List<PublishViewModel.Item> items = java.util.Arrays.stream(papers)
                .map(p -> new PublishViewModel.Item(p.id(), p.title())).toList();
        return new PublishViewModel(library, new ManualScheduler().executors(), Runnable::run, () -> access, items,
                () -> published++);
    }

    private Paper paper(String title) {
        return library.papers().insert(Paper.titled(title).withNote("Note."));
    }

    @Test
    void choosingACheckoutReadsItsStateAndTheUsersOtherChanges() throws Exception {
        BlogRemotes.write(remotes.blog, "_drafts/mine.md", "mine\n");
        PublishViewModel viewModel = publishOf(paper("RetNet"));

        viewModel.folderProperty().set(remotes.blog);

        assertThat(viewModel.phaseProperty().get()).isEqualTo(PublishViewModel.Phase.READY);
        assertThat(viewModel.readinessProperty().get().config().upstreamName()).isEqualTo("origin/main");
        assertThat(viewModel.otherChanges()).extracting(ChangedFile::path).containsExactly("_drafts/mine.md");
    }

    @Test
    void thePostsOfThePapersBeingPublishedAreNotListedAmongTheUsersOtherChanges() throws Exception {
        Paper paper = paper("RetNet");
        new org.papernotes.workflow.ExportPosts(library).export(List.of(paper.id()), remotes.blog, false,
                org.papernotes.blog.OverwritePolicy.NEVER, org.papernotes.blog.BlogProgress.NONE);
        BlogRemotes.write(remotes.blog, "_drafts/mine.md", "mine\n");
        PublishViewModel viewModel = publishOf(paper);

        viewModel.folderProperty().set(remotes.blog);

        assertThat(viewModel.otherChanges()).extracting(ChangedFile::path).containsExactly("_drafts/mine.md");
        viewModel.publish();
        assertThat(viewModel.outcomeProperty().get().result().committedPaths()).singleElement().asString()
                .endsWith("-retnet.md");
        assertThat(viewModel.otherChanges()).extracting(ChangedFile::path).containsExactly("_drafts/mine.md");
    }

    @Test
    void aFolderWithoutGitIsBlockedWithItsReason() throws Exception {
        PublishViewModel viewModel = publishOf(paper("RetNet"));

        viewModel.folderProperty().set(Files.createDirectories(temp.resolve("plain")));

        assertThat(viewModel.phaseProperty().get()).isEqualTo(PublishViewModel.Phase.BLOCKED);
        assertThat(viewModel.problemProperty().get().code()).isEqualTo(GitMessage.Code.NOT_A_REPOSITORY);
        assertThat(viewModel.publish()).isFalse();
    }

    @Test
    void publishGivesTheOutcomeAndTellsTheWindow() throws Exception {
        PublishViewModel viewModel = publishOf(paper("RetNet"));
        viewModel.folderProperty().set(remotes.blog);
        viewModel.messageProperty().set("My first post");

        assertThat(viewModel.publish()).isTrue();

        assertThat(viewModel.phaseProperty().get()).isEqualTo(PublishViewModel.Phase.DONE);
        assertThat(viewModel.outcomeProperty().get().result().commit()).get()
                .extracting(c -> c.id()).isEqualTo(remotes.remoteHead().name());
        assertThat(remotes.remoteHead().getShortMessage()).isEqualTo("My first post");
        assertThat(viewModel.exportReportProperty().get().written()).isEqualTo(1);
        assertThat(published).isEqualTo(1);
    }

    @Test
    void aFailedPublishKeepsItsReasonAndMayBeTriedAgain() throws Exception {
        PublishViewModel viewModel = publishOf(paper("RetNet"));
        viewModel.folderProperty().set(remotes.blog);
        BlogRemotes.setConfig(remotes.blog, "remote", "origin", "url",
                temp.resolve("gone.git").toUri().toString());

        viewModel.publish();

        assertThat(viewModel.phaseProperty().get()).isEqualTo(PublishViewModel.Phase.FAILED);
        assertThat(viewModel.problemProperty().get().code()).isEqualTo(GitMessage.Code.REMOTE_NOT_FOUND);
        BlogRemotes.setConfig(remotes.blog, "remote", "origin", "url", remotes.bare.toUri().toString());
        assertThat(viewModel.publish()).isTrue();
        assertThat(viewModel.phaseProperty().get()).isEqualTo(PublishViewModel.Phase.DONE);
        assertThat(viewModel.outcomeProperty().get().result().nothingToPublish()).isFalse();
        assertThat(remotes.remoteFiles().keySet()).anyMatch(path -> path.endsWith("-retnet.md"));
    }
}
