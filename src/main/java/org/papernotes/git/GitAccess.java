package org.papernotes.git;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * How PaperNotes reaches a blog's remote, the way the user's own git does: SSH keys and {@code config} from
 * {@code ~/.ssh} with host keys checked against {@code known_hosts} (Apache MINA sshd), HTTPS credentials from
 * the session, the user's git credential helper or the {@link SecretPrompt}. One per app session (it keeps the
 * typed secrets in memory until {@link #close()}).
 */
public final class GitAccess implements AutoCloseable {

    /** Network operations give up after this long without an answer. */
    static final int TIMEOUT_SECONDS = 30;

    private final SshdSessionFactory ssh;
    private final Optional<GitCredentialHelper> helper;
    private final SessionSecrets secrets = new SessionSecrets();
    private volatile SecretPrompt prompt;

    /**
     * Apache sshd reports every connection at INFO; for a desktop app and its command line that is noise on the
     * console. Held here: java.util.logging keeps only weak references to its loggers.
     */
    private static final java.util.logging.Logger SSHD_LOG = quiet("org.apache.sshd");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        if (logger.getLevel() == null) {
            logger.setLevel(java.util.logging.Level.WARNING);
        }
        return logger;
    }

    private GitAccess(Path home, Path sshDirectory, Optional<GitCredentialHelper> helper, SecretPrompt prompt) {
        this.ssh = new SshdSessionFactoryBuilder()
                .setHomeDirectory(home.toFile())
                .setSshDirectory(sshDirectory.toFile())
                .build(new JGitKeyCache());
        this.helper = helper;
        this.prompt = Objects.requireNonNull(prompt);
    }

    /** The user's {@code ~/.ssh} and the {@code git} on the PATH (if any). */
    public static GitAccess forUser(SecretPrompt prompt) {
        Path home = FS.DETECTED.userHome().toPath();
        return new GitAccess(home, home.resolve(".ssh"), GitCredentialHelper.onPath(), prompt);
    }

    /** Explicit places (tests point them at temporary folders, never at the real {@code ~/.ssh}). */
    public static GitAccess with(Path home, Path sshDirectory, Optional<GitCredentialHelper> helper, SecretPrompt prompt) {
        return new GitAccess(home, sshDirectory, helper, prompt);
    }

    /** Who asks for a missing secret from now on (the window sets itself once it is up). */
    public void setPrompt(SecretPrompt prompt) {
        this.prompt = Objects.requireNonNull(prompt);
    }

    PublishCredentials credentials(Path checkout) {
        return new PublishCredentials(secrets, helper, prompt, checkout);
    }

    void configure(Transport transport, PublishCredentials credentials) {
        if (transport instanceof SshTransport sshTransport) {
            sshTransport.setSshSessionFactory(ssh);
        }
        transport.setCredentialsProvider(credentials);
        transport.setTimeout(TIMEOUT_SECONDS);
    }

    @Override
    public void close() {
        ssh.close();
    }
}
