package org.papernotes.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.papernotes.git.BlogRemotes.write;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing over SSH to a server on 127.0.0.1 started by the test, with keys and known_hosts in a temporary
 * "~/.ssh" (never the real one).
 */
@ExtendWith(IsolatedGitConfig.class)
class SshPublishTest {

    static final String NEW_POST = "_posts/2024-03-03-new.md";

    @TempDir
    Path temp;

    BlogRemotes remotes;
    Path ssh;
    KeyPair userKey;
    SshGitServer server;

    @BeforeEach
    void setUp() throws Exception {
        remotes = BlogRemotes.create(temp);
        ssh = temp.resolve("home/.ssh");
        userKey = SshGitServer.newUserKey();
        SshGitServer.writeIdentity(ssh, userKey);
        write(remotes.blog, NEW_POST, "---\ntitle: New\n---\nOver SSH.\n");
    }

    @AfterEach
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    void serve(java.security.PublicKey accepted) throws Exception {
        server = new SshGitServer(temp, accepted);
        PublishTest.setConfig(remotes.blog, "remote", "origin", "url", server.url("remote.git"));
    }

    PublishResult publish() throws GitException {
        try (GitAccess access = GitAccess.with(temp.resolve("home"), ssh, Optional.empty(), SecretPrompt.NONE);
             BlogCheckout checkout = BlogCheckout.open(remotes.blog)) {
            return checkout.publish(new PublishRequest(List.of(NEW_POST), "Publish over SSH", true), access,
                    PublishProgress.NONE);
        }
    }

    GitMessage.Code failure() throws Exception {
        BlogRemotes.Snapshot before = BlogRemotes.snapshot(remotes.blog);
        RevCommit remoteBefore = remotes.remoteHead();
        try {
            publish();
            throw new AssertionError("publish should have failed");
        } catch (GitException e) {
            assertThat(BlogRemotes.snapshot(remotes.blog)).isEqualTo(before);
            assertThat(remotes.remoteHead()).isEqualTo(remoteBefore);
            return e.reason().code();
        }
    }

    @Test
    void publishesWithTheUsersKeyToAKnownHost() throws Exception {
        serve(userKey.getPublic());
        server.trustIn(ssh);

        PublishResult result = publish();

        assertThat(result.pushed()).isTrue();
        assertThat(remotes.remoteFiles()).containsEntry(NEW_POST, "---\ntitle: New\n---\nOver SSH.\n");
        assertThat(remotes.remoteHead().getAuthorIdent().getName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void aKeyTheServerRefusesIsAnAuthenticationError() throws Exception {
        serve(SshGitServer.newUserKey().getPublic());
        server.trustIn(ssh);

        assertThat(failure()).isEqualTo(GitMessage.Code.AUTHENTICATION);
    }

    @Test
    void aHostNotInKnownHostsIsRefused() throws Exception {
        serve(userKey.getPublic());

        assertThat(failure()).isEqualTo(GitMessage.Code.HOST_KEY_UNKNOWN);
    }

    @Test
    void aHostWhoseKeyChangedIsRefused() throws Exception {
        serve(userKey.getPublic());
        java.nio.file.Files.createDirectories(ssh);
        java.nio.file.Files.writeString(ssh.resolve("known_hosts"), "[127.0.0.1]:" + server.port() + " "
                + org.apache.sshd.common.config.keys.PublicKeyEntry.toString(SshGitServer.newKeyPair().getPublic()) + "\n");

        assertThat(failure()).isEqualTo(GitMessage.Code.HOST_KEY_CHANGED);
    }
}
