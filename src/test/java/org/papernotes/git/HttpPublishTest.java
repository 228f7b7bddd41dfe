package org.papernotes.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.papernotes.git.BlogRemotes.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Publishing over HTTP(S) with a token: from git's credential helper, or asked for once and kept for the session. */
@ExtendWith(IsolatedGitConfig.class)
class HttpPublishTest {

    static final String TOKEN = "ghp_secret-token-123";

    @TempDir
    Path temp;

    BlogRemotes remotes;
    HttpGitServer server;

    @BeforeEach
    void setUp() throws Exception {
        remotes = BlogRemotes.create(temp);
        server = new HttpGitServer(temp, "ada", TOKEN);
        PublishTest.setConfig(remotes.blog, "remote", "origin", "url", server.url("remote.git"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A prompt that answers with this token and counts how often it was asked. */
    static final class CountingPrompt implements SecretPrompt {
        final AtomicInteger asked = new AtomicInteger();
        final String token;

        CountingPrompt(String token) {
            this.token = token;
        }

        @Override
        public Optional<Login> askLogin(String url, String username) {
            asked.incrementAndGet();
            return token == null ? Optional.empty() : Optional.of(new Login("ada", token.toCharArray()));
        }

        @Override
        public Optional<char[]> askPassphrase(String keyDescription) {
            return Optional.empty();
        }
    }

    PublishResult publish(GitAccess access, String post) throws Exception {
        write(remotes.blog, post, "---\ntitle: " + post + "\n---\nBody.\n");
        try (BlogCheckout checkout = BlogCheckout.open(remotes.blog)) {
            return checkout.publish(new PublishRequest(List.of(post), "Publish", true), access, PublishProgress.NONE);
        }
    }

    GitAccess access(Optional<GitCredentialHelper> helper, SecretPrompt prompt) {
        return GitAccess.with(temp.resolve("home"), temp.resolve("home/.ssh"), helper, prompt);
    }

    @Test
    void aTokenAskedForOnceIsKeptForTheSession() throws Exception {
        CountingPrompt prompt = new CountingPrompt(TOKEN);
        try (GitAccess access = access(Optional.empty(), prompt)) {
            publish(access, "_posts/2024-03-01-one.md");
            publish(access, "_posts/2024-03-02-two.md");
        }

        assertThat(prompt.asked).hasValue(1);
        assertThat(remotes.remoteFiles()).containsKeys("_posts/2024-03-01-one.md", "_posts/2024-03-02-two.md");
    }

    @Test
    void aWrongTokenIsAnAuthenticationErrorAskedOnceAndTheCheckoutStaysAsItWas() throws Exception {
        CountingPrompt prompt = new CountingPrompt("wrong");
        write(remotes.blog, "_posts/2024-03-01-one.md", "---\ntitle: One\n---\n");
        BlogRemotes.Snapshot before = BlogRemotes.snapshot(remotes.blog);
        RevCommit remoteBefore = remotes.remoteHead();

        GitMessage reason;
        try (GitAccess access = access(Optional.empty(), prompt);
             BlogCheckout checkout = BlogCheckout.open(remotes.blog)) {
            checkout.publish(new PublishRequest(List.of("_posts/2024-03-01-one.md"), "Publish", true), access,
                    PublishProgress.NONE);
            throw new AssertionError("publish should have failed");
        } catch (GitException e) {
            reason = e.reason();
        }

        assertThat(reason.code()).isEqualTo(GitMessage.Code.AUTHENTICATION);
        assertThat(reason.english()).doesNotContain("wrong");
        assertThat(prompt.asked).hasValue(1);
        assertThat(BlogRemotes.snapshot(remotes.blog)).isEqualTo(before);
        assertThat(remotes.remoteHead()).isEqualTo(remoteBefore);
    }

    @Test
    void decliningToGiveCredentialsSaysSo() throws Exception {
        try (GitAccess access = access(Optional.empty(), new CountingPrompt(null))) {
            publish(access, "_posts/2024-03-01-one.md");
            throw new AssertionError("publish should have failed");
        } catch (GitException e) {
            assertThat(e.reason().code()).isEqualTo(GitMessage.Code.AUTHENTICATION_CANCELLED);
        }
    }

    @Test
    void theUsersGitCredentialHelperIsAskedBeforeTheUser() throws Exception {
        Optional<GitCredentialHelper> git = GitCredentialHelper.onPath();
        assumeThat(git).as("git is not installed").isPresent();
        Path home = Files.createDirectories(temp.resolve("helper-home"));
        Path store = home.resolve("credentials");
        Files.writeString(store, server.url("").replace("http://", "http://ada:" + TOKEN + "@").replaceAll("/$", "") + "\n");
        PublishTest.setConfig(remotes.blog, "credential", null, "helper", "store --file=" + store);
        GitCredentialHelper helper = new GitCredentialHelper("git", Map.of("HOME", home.toString(),
                "XDG_CONFIG_HOME", home.toString(), "GIT_CONFIG_NOSYSTEM", "1"));
        CountingPrompt prompt = new CountingPrompt(null);

        try (GitAccess access = access(Optional.of(helper), prompt)) {
            publish(access, "_posts/2024-03-01-one.md");
        }

        assertThat(prompt.asked).hasValue(0);
        assertThat(remotes.remoteFiles()).containsKey("_posts/2024-03-01-one.md");
    }
}
