package org.papernotes.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.papernotes.git.BlogRemotes.OTHER_POST;
import static org.papernotes.git.BlogRemotes.POST;
import static org.papernotes.git.BlogRemotes.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Publishing to a bare repository on this machine (file://), with a second clone that pushes meanwhile. */
@ExtendWith(IsolatedGitConfig.class)
class PublishTest {

    static final String NEW_POST = "_posts/2024-03-03-new.md";
    static final String NEW_IMAGE = "images/new-figure.png";

    @TempDir
    Path temp;

    BlogRemotes remotes;
    GitAccess access;

    @BeforeEach
    void setUp() throws Exception {
        remotes = BlogRemotes.create(temp);
        access = GitAccess.with(temp.resolve("home"), temp.resolve("home/.ssh"), Optional.empty(), SecretPrompt.NONE);
    }

    PublishResult publish(String... paths) throws GitException {
        try (BlogCheckout checkout = BlogCheckout.open(remotes.blog)) {
            return checkout.publish(new PublishRequest(List.of(paths), "Publish new post", true), access,
                    PublishProgress.NONE);
        }
    }

    void exportNewPost() throws Exception {
        write(remotes.blog, NEW_POST, "---\ntitle: New\n---\nNew post with $$x$$.\n");
        Files.write(remotes.blog.resolve(NEW_IMAGE), new byte[] {1, 2, 3});
    }

    @Test
    void publishPushesExactlyTheExportedFilesAuthoredByTheCheckoutsUser() throws Exception {
        Map<String, String> before = remotes.remoteFiles();
        exportNewPost();

        PublishResult result = publish(NEW_POST, NEW_IMAGE);

        Map<String, String> expected = new HashMap<>(before);
        expected.put(NEW_POST, "---\ntitle: New\n---\nNew post with $$x$$.\n");
        expected.put(NEW_IMAGE, new String(new byte[] {1, 2, 3}, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(remotes.remoteFiles()).isEqualTo(expected);
        RevCommit pushed = remotes.remoteHead();
        assertThat(pushed.getAuthorIdent().getName()).isEqualTo("Ada Lovelace");
        assertThat(pushed.getAuthorIdent().getEmailAddress()).isEqualTo("ada@example.org");
        assertThat(pushed.getFullMessage()).startsWith("Publish new post").contains(BlogCheckout.PUBLISH_TRAILER);
        assertThat(result.pushed()).isTrue();
        assertThat(result.commit()).get().extracting(CommitInfo::id).isEqualTo(pushed.name());
        assertThat(result.committedPaths()).containsExactlyInAnyOrder(NEW_IMAGE, NEW_POST);
    }

    @Test
    void publishNeverStagesOrCommitsTheUsersOtherChangesAndListsThem() throws Exception {
        write(remotes.blog, "_config.yml", "title: Edited, not staged\n");
        write(remotes.blog, "notes.txt", "staged by the user\n");
        try (Git git = Git.open(remotes.blog.toFile())) {
            git.add().addFilepattern("notes.txt").call();
        }
        write(remotes.blog, "_drafts/idea.md", "untracked\n");
        exportNewPost();

        PublishResult result = publish(NEW_POST, NEW_IMAGE);

        assertThat(remotes.remoteFiles()).doesNotContainKeys("notes.txt", "_drafts/idea.md")
                .containsEntry("_config.yml", "title: A blog\nurl: https://ada.github.io\n");
        assertThat(result.otherChanges()).extracting(ChangedFile::path)
                .containsExactlyInAnyOrder("_config.yml", "notes.txt", "_drafts/idea.md");
        try (Git git = Git.open(remotes.blog.toFile())) {
            var status = git.status().call();
            assertThat(status.getModified()).containsExactly("_config.yml");
            assertThat(status.getAdded()).containsExactly("notes.txt");
            assertThat(status.getUntracked()).containsExactly("_drafts/idea.md");
            assertThat(status.getChanged()).isEmpty();
        }
        assertThat(Files.readString(remotes.blog.resolve("_config.yml"))).isEqualTo("title: Edited, not staged\n");
    }

    @Test
    void theCheckoutIsCleanAndLevelWithTheRemoteAfterPublishing() throws Exception {
        exportNewPost();

        publish(NEW_POST, NEW_IMAGE);

        try (BlogCheckout checkout = BlogCheckout.open(remotes.blog)) {
            CheckoutStatus status = checkout.status();
            assertThat(status.uncommitted()).isEmpty();
            assertThat(status.ahead()).isZero();
            assertThat(status.behind()).isZero();
            assertThat(status.branch()).isEqualTo("main");
            assertThat(status.upstream()).isEqualTo("origin/main");
            assertThat(status.lastPublish()).get().extracting(CommitInfo::id).isEqualTo(remotes.remoteHead().name());
            assertThat(status.lastPublish().get().paths()).containsExactlyInAnyOrder(NEW_IMAGE, NEW_POST);
        }
    }

    @Test
    void aRemovedPostIsCommittedAsRemoved() throws Exception {
        Files.delete(remotes.blog.resolve(OTHER_POST));

        publish(OTHER_POST);

        assertThat(remotes.remoteFiles()).doesNotContainKey(OTHER_POST).containsKey(POST);
    }

    @Test
    void whenTheRemoteMovedOnThePublishCommitIsRebasedOntoIt() throws Exception {
        write(remotes.elsewhere, OTHER_POST, "---\ntitle: Second\n---\nEdited on GitHub.\n");
        BlogRemotes.commitAndPush(remotes.elsewhere, "Edit second post");
        RevCommit theirs = remotes.remoteHead();
        exportNewPost();

        PublishResult result = publish(NEW_POST, NEW_IMAGE);

        RevCommit pushed = remotes.remoteHead();
        assertThat(pushed.getParentCount()).isEqualTo(1);
        assertThat(pushed.getParent(0)).isEqualTo(theirs);
        assertThat(result.integration()).isEqualTo(CheckoutConfig.Integration.REBASE);
        assertThat(remotes.remoteFiles()).containsEntry(OTHER_POST, "---\ntitle: Second\n---\nEdited on GitHub.\n")
                .containsKey(NEW_POST);
        // the remote's change is now in the user's checkout too, and nothing is left uncommitted
        assertThat(Files.readString(remotes.blog.resolve(OTHER_POST))).contains("Edited on GitHub.");
        try (BlogCheckout checkout = BlogCheckout.open(remotes.blog)) {
            assertThat(checkout.status().uncommitted()).isEmpty();
            assertThat(BlogRemotes.commitAt(remotes.blog, "HEAD")).isEqualTo(pushed);
        }
    }

    @Test
    void withPullRebaseFalseAnEarlierLocalCommitIsMergedWithTheRemote() throws Exception {
        setConfig(remotes.blog, "pull", null, "rebase", "false");
        write(remotes.blog, "about.md", "About me\n");
        BlogRemotes.commitAll(remotes.blog, "About page");
        write(remotes.elsewhere, OTHER_POST, "---\ntitle: Second\n---\nEdited elsewhere.\n");
        BlogRemotes.commitAndPush(remotes.elsewhere, "Edit second post");
        RevCommit theirs = remotes.remoteHead();
        exportNewPost();

        PublishResult result = publish(NEW_POST, NEW_IMAGE);

        RevCommit pushed = remotes.remoteHead();
        assertThat(pushed.getParentCount()).isEqualTo(2);
        assertThat(pushed.getParent(1)).isEqualTo(theirs);
        assertThat(result.integration()).isEqualTo(CheckoutConfig.Integration.MERGE);
        assertThat(result.earlierCommits()).isEqualTo(1);
        assertThat(remotes.remoteFiles()).containsKeys("about.md", NEW_POST)
                .containsEntry(OTHER_POST, "---\ntitle: Second\n---\nEdited elsewhere.\n");
    }

    @Test
    void byDefaultAnEarlierLocalCommitIsRebasedWithThePublishCommit() throws Exception {
        write(remotes.blog, "about.md", "About me\n");
        BlogRemotes.commitAll(remotes.blog, "About page");
        write(remotes.elsewhere, OTHER_POST, "---\ntitle: Second\n---\nEdited elsewhere.\n");
        BlogRemotes.commitAndPush(remotes.elsewhere, "Edit second post");
        RevCommit theirs = remotes.remoteHead();
        exportNewPost();

        publish(NEW_POST, NEW_IMAGE);

        RevCommit pushed = remotes.remoteHead();
        assertThat(pushed.getShortMessage()).isEqualTo("Publish new post");
        RevCommit about = BlogRemotes.commitAt(remotes.bare, pushed.getParent(0).name());
        assertThat(about.getShortMessage()).isEqualTo("About page");
        assertThat(about.getParent(0)).isEqualTo(theirs);
        assertThat(remotes.remoteFiles()).containsKeys("about.md", NEW_POST);
    }

    @Test
    void aConflictInAPostStopsNamesTheFileAndLeavesTheCheckoutAsItWas() throws Exception {
        write(remotes.elsewhere, POST, "---\ntitle: First\n---\nFixed a typo on GitHub.\n");
        BlogRemotes.commitAndPush(remotes.elsewhere, "Typo");
        RevCommit theirs = remotes.remoteHead();
        write(remotes.blog, POST, "---\ntitle: First\n---\nRewritten in PaperNotes.\n");
        BlogRemotes.Snapshot before = BlogRemotes.snapshot(remotes.blog);

        assertThatThrownBy(() -> publish(POST))
                .isInstanceOfSatisfying(GitException.class, e -> {
                    assertThat(e.reason().code()).isEqualTo(GitMessage.Code.CONFLICT);
                    assertThat(e.reason().args()).containsExactly(POST);
                });

        assertThat(BlogRemotes.snapshot(remotes.blog)).isEqualTo(before);
        assertThat(remotes.remoteHead()).isEqualTo(theirs);
    }

    @Test
    void aRemoteChangeToAFileTheUserIsEditingStopsBeforePushing() throws Exception {
        write(remotes.elsewhere, "_config.yml", "title: Renamed elsewhere\n");
        BlogRemotes.commitAndPush(remotes.elsewhere, "Rename");
        RevCommit theirs = remotes.remoteHead();
        write(remotes.blog, "_config.yml", "title: Being edited here\n");
        exportNewPost();
        BlogRemotes.Snapshot before = BlogRemotes.snapshot(remotes.blog);

        assertThatThrownBy(() -> publish(NEW_POST, NEW_IMAGE))
                .isInstanceOfSatisfying(GitException.class, e -> {
                    assertThat(e.reason().code()).isEqualTo(GitMessage.Code.REMOTE_CHANGED_LOCAL_EDIT);
                    assertThat(e.reason().args()).containsExactly("_config.yml");
                });

        assertThat(BlogRemotes.snapshot(remotes.blog)).isEqualTo(before);
        assertThat(remotes.remoteHead()).isEqualTo(theirs);
    }

    @Test
    void nothingToPublishWhenTheFilesAreAlreadyOnTheRemote() throws Exception {
        RevCommit before = remotes.remoteHead();

        PublishResult result = publish(POST, OTHER_POST);

        assertThat(result.nothingToPublish()).isTrue();
        assertThat(remotes.remoteHead()).isEqualTo(before);
    }

    @Test
    void withoutPushTheCommitStaysLocalAndTheNetworkIsNotUsed() throws Exception {
        setConfig(remotes.blog, "remote", "origin", "url", "ssh://nobody@127.0.0.1:1/nowhere.git");
        exportNewPost();
        RevCommit remoteBefore = remotes.remoteHead();

        PublishResult result;
        try (BlogCheckout checkout = BlogCheckout.open(remotes.blog)) {
            result = checkout.publish(new PublishRequest(List.of(NEW_POST, NEW_IMAGE), "Local only", false), access,
                    PublishProgress.NONE);
            assertThat(checkout.status().uncommitted()).isEmpty();
            assertThat(checkout.status().ahead()).isEqualTo(1);
        }

        assertThat(result.pushed()).isFalse();
        assertThat(BlogRemotes.commitAt(remotes.blog, "HEAD").name()).isEqualTo(result.commit().get().id());
        assertThat(remotes.remoteHead()).isEqualTo(remoteBefore);
    }

    @Test
    void aLocalCommitNotYetPushedIsPushedByTheNextPublish() throws Exception {
        exportNewPost();
        try (BlogCheckout checkout = BlogCheckout.open(remotes.blog)) {
            checkout.publish(new PublishRequest(List.of(NEW_POST, NEW_IMAGE), "Local only", false), access,
                    PublishProgress.NONE);
        }

        PublishResult result = publish(NEW_POST, NEW_IMAGE);

        assertThat(result.pushed()).isTrue();
        assertThat(remotes.remoteFiles()).containsKey(NEW_POST);
    }

    @Test
    void autocrlfOfTheCheckoutIsFollowed() throws Exception {
        setConfig(remotes.blog, "core", null, "autocrlf", "true");
        write(remotes.blog, NEW_POST, "---\r\ntitle: New\r\n---\r\nWindows line ends.\r\n");

        publish(NEW_POST);

        assertThat(remotes.remoteFiles()).containsEntry(NEW_POST, "---\ntitle: New\n---\nWindows line ends.\n");
    }

    @Test
    void aPathOutsideTheCheckoutIsRefused() throws Exception {
        assertThatThrownBy(() -> publish("../outside.md")).isInstanceOfSatisfying(GitException.class,
                e -> assertThat(e.reason().code()).isEqualTo(GitMessage.Code.PATH_OUTSIDE_CHECKOUT));
        assertThatThrownBy(() -> publish(".git/config")).isInstanceOfSatisfying(GitException.class,
                e -> assertThat(e.reason().code()).isEqualTo(GitMessage.Code.PATH_OUTSIDE_CHECKOUT));
    }

    @Test
    void lastPublishOfAPostNamesTheCommitThatPublishedIt() throws Exception {
        exportNewPost();
        PublishResult result = publish(NEW_POST, NEW_IMAGE);

        try (BlogCheckout checkout = BlogCheckout.open(remotes.blog)) {
            assertThat(checkout.lastPublishOf(NEW_POST)).get().isEqualTo(result.commit().get());
            assertThat(checkout.lastPublishOf(POST)).isEmpty();
        }
    }

    static void setConfig(Path checkout, String section, String subsection, String name, String value) throws Exception {
        BlogRemotes.setConfig(checkout, section, subsection, name, value);
    }
}
