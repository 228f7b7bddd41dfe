package org.papernotes.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.papernotes.git.BlogRemotes.write;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Each bad case gives one clear message, and the checkout (and the remote) exactly as before. */
@ExtendWith(IsolatedGitConfig.class)
class PublishBadCasesTest {

    static final String NEW_POST = "_posts/2024-03-03-new.md";

    @TempDir
    Path temp;

    BlogRemotes remotes;
    GitAccess access;

    @BeforeEach
    void setUp() throws Exception {
        remotes = BlogRemotes.create(temp);
        access = GitAccess.with(temp.resolve("home"), temp.resolve("home/.ssh"), Optional.empty(), SecretPrompt.NONE);
        write(remotes.blog, NEW_POST, "---\ntitle: New\n---\nNew.\n");
    }

    /** Publishes the new post and checks that it failed with this code, leaving checkout and remote as they were. */
    GitMessage failsWith(GitMessage.Code code) throws Exception {
        BlogRemotes.Snapshot before = BlogRemotes.snapshot(remotes.blog);
        RevCommit remoteBefore = remotes.remoteHead();
        GitException failure = null;
        try (BlogCheckout checkout = BlogCheckout.open(remotes.blog)) {
            checkout.publish(new PublishRequest(List.of(NEW_POST), "Publish", true), access, PublishProgress.NONE);
        } catch (GitException e) {
            failure = e;
        }
        assertThat(failure).as("publish fails").isNotNull();
        assertThat(failure.reason().code()).as(failure.getMessage()).isEqualTo(code);
        assertThat(BlogRemotes.snapshot(remotes.blog)).isEqualTo(before);
        assertThat(remotes.remoteHead()).isEqualTo(remoteBefore);
        return failure.reason();
    }

    @Test
    void aFolderThatIsNoGitRepositoryIsNamedAsSuch() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain-blog"));

        assertThatThrownBy(() -> BlogCheckout.open(plain)).isInstanceOfSatisfying(GitException.class,
                e -> assertThat(e.reason().code()).isEqualTo(GitMessage.Code.NOT_A_REPOSITORY));
        assertThat(BlogCheckout.isCheckout(plain)).isFalse();
        assertThat(BlogCheckout.isCheckout(remotes.blog)).isTrue();
    }

    @Test
    void aDetachedHeadIsRefused() throws Exception {
        try (Git git = Git.open(remotes.blog.toFile())) {
            git.checkout().setName(git.getRepository().resolve("HEAD").name()).call();
        }

        GitMessage reason = failsWith(GitMessage.Code.DETACHED_HEAD);

        assertThat(reason.english()).contains("detached HEAD");
    }

    @Test
    void aBranchWithoutUpstreamIsRefused() throws Exception {
        try (Git git = Git.open(remotes.blog.toFile())) {
            git.checkout().setCreateBranch(true).setName("drafts").call();
        }

        GitMessage reason = failsWith(GitMessage.Code.NO_UPSTREAM);

        assertThat(reason.english()).contains("git push -u <remote> drafts");
    }

    @Test
    void aBranchWithoutUpstreamMayStillCommitLocally() throws Exception {
        try (Git git = Git.open(remotes.blog.toFile())) {
            git.checkout().setCreateBranch(true).setName("drafts").call();
        }

        try (BlogCheckout checkout = BlogCheckout.open(remotes.blog)) {
            PublishResult result = checkout.publish(new PublishRequest(List.of(NEW_POST), "Draft", false), access,
                    PublishProgress.NONE);
            assertThat(result.commit()).isPresent();
            assertThat(checkout.status().branch()).isEqualTo("drafts");
            assertThat(checkout.status().upstream()).isNull();
        }
    }

    @Test
    void aCheckoutWithoutIdentityIsRefused() throws Exception {
        PublishTest.setConfig(remotes.blog, "user", null, "name", null);
        try (var repository = BlogRemotes.open(remotes.blog)) {
            var config = repository.getConfig();
            config.unsetSection("user", null);
            config.save();
        }

        failsWith(GitMessage.Code.NO_IDENTITY);
    }

    @Test
    void anUnreachableRemoteIsANetworkError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        PublishTest.setConfig(remotes.blog, "remote", "origin", "url", "ssh://git@127.0.0.1:" + closedPort + "/blog.git");

        GitMessage reason = failsWith(GitMessage.Code.NETWORK);

        assertThat(reason.args().get(0)).isEqualTo("ssh://git@127.0.0.1:" + closedPort + "/blog.git");
    }

    @Test
    void aRemoteThatIsGoneIsNamed() throws Exception {
        PublishTest.setConfig(remotes.blog, "remote", "origin", "url", temp.resolve("moved.git").toUri().toString());

        failsWith(GitMessage.Code.REMOTE_NOT_FOUND);
    }

    @Test
    void aPushRejectedByTheRemotesHookSaysWhatTheRemoteSaid() throws Exception {
        Optional<Path> receivePack = nativeReceivePack();
        assumeThat(receivePack).as("git is not installed; the remote's hooks need the real git-receive-pack").isPresent();
        Path hook = remotes.bare.resolve("hooks/pre-receive");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\necho 'GH006: Protected branch update failed for refs/heads/main.' >&2\nexit 1\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        PublishTest.setConfig(remotes.blog, "remote", "origin", "receivepack", receivePack.get().toString());

        GitMessage reason = failsWith(GitMessage.Code.REJECTED);

        assertThat(reason.args().get(0)).isEqualTo("origin/main");
        assertThat(reason.args().get(1)).contains("GH006: Protected branch update failed");
    }

    @Test
    void aPushFromElsewhereBetweenFetchAndPushIsRejectedNotOverwritten() throws Exception {
        BlogRemotes.Snapshot before = BlogRemotes.snapshot(remotes.blog);
        PublishProgress pushMeanwhile = step -> {
            if (step == PublishProgress.Step.PUSHING) {
                try {
                    write(remotes.elsewhere, "about.md", "Pushed in the same second\n");
                    BlogRemotes.commitAndPush(remotes.elsewhere, "Meanwhile");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };

        try (BlogCheckout checkout = BlogCheckout.open(remotes.blog)) {
            assertThatThrownBy(() -> checkout.publish(new PublishRequest(List.of(NEW_POST), "Publish", true), access,
                    pushMeanwhile)).isInstanceOfSatisfying(GitException.class, e -> assertThat(e.reason().code())
                    .isEqualTo(GitMessage.Code.REJECTED_NON_FAST_FORWARD));
        }

        assertThat(BlogRemotes.snapshot(remotes.blog)).isEqualTo(before);
        assertThat(remotes.remoteFiles()).containsKey("about.md").doesNotContainKey(NEW_POST);
    }

    @Test
    void aReadOnlyCheckoutIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path gitDir = remotes.blog.resolve(".git");
        assumeThat(makeReadOnly(gitDir)).as("cannot make a folder read-only here (root without chattr)").isTrue();
        try {
            GitMessage reason = failsWith(GitMessage.Code.READ_ONLY);
            assertThat(reason.english()).contains("cannot be written");
        } finally {
            makeWritable(gitDir);
        }
    }

    static Optional<Path> nativeReceivePack() {
        try {
            Process process = new ProcessBuilder("git", "--exec-path").redirectErrorStream(true).start();
            String path = new String(process.getInputStream().readAllBytes()).strip();
            if (process.waitFor() != 0) {
                return Optional.empty();
            }
            Path receivePack = Path.of(path, "git-receive-pack");
            return Files.isExecutable(receivePack) ? Optional.of(receivePack) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Write-protects a folder: chmod for a user, the immutable attribute for root (whom chmod does not stop). */
    static boolean makeReadOnly(Path folder) throws IOException, InterruptedException {
        if ("root".equals(System.getProperty("user.name"))) {
            return run("chattr", "+i", folder.toString()) && !Files.isWritable(folder);
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        return !Files.isWritable(folder);
    }

    static void makeWritable(Path folder) throws IOException, InterruptedException {
        if ("root".equals(System.getProperty("user.name"))) {
            run("chattr", "-i", folder.toString());
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
