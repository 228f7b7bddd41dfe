package org.papernotes.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.command.AbstractCommandSupport;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A git server over SSH on 127.0.0.1 for tests (Apache MINA sshd, the library JGit's SSH transport is built on):
 * one host key, one accepted client key, and {@code git-upload-pack} / {@code git-receive-pack} served by JGit
 * for the bare repositories in a folder.
 */
final class SshGitServer implements AutoCloseable {

    final KeyPair hostKey;
    private final SshServer server;

    SshGitServer(Path repositories, PublicKey acceptedClientKey) throws IOException, GeneralSecurityException {
        hostKey = newKeyPair();
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, acceptedClientKey));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory((channel, command) -> new GitCommand(command, repositories));
        server.start();
    }

    int port() {
        return server.getPort();
    }

    String url(String repository) {
        return "ssh://git@127.0.0.1:" + port() + "/" + repository;
    }

    static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    /** A key of the kind ssh-keygen makes by default today (ed25519). */
    static KeyPair newUserKey() throws GeneralSecurityException {
        return KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
    }

    /** Writes the user's key as OpenSSH does ({@code ~/.ssh/id_ed25519} or {@code id_ecdsa}, mode 600). */
    static void writeIdentity(Path sshDirectory, KeyPair key) throws IOException, GeneralSecurityException {
        Files.createDirectories(sshDirectory);
        Path file = sshDirectory.resolve(key.getPublic().getAlgorithm().startsWith("Ed") ? "id_ed25519" : "id_ecdsa");
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "test@papernotes", null, out);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    /** Records this server's host key in {@code known_hosts}, as a first {@code ssh} connection would have. */
    void trustIn(Path sshDirectory) throws IOException {
        Files.createDirectories(sshDirectory);
        Files.writeString(sshDirectory.resolve("known_hosts"),
                "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n", StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    private static final class GitCommand extends AbstractCommandSupport {

        private final Path repositories;

        GitCommand(String command, Path repositories) {
            super(command, null);
            this.repositories = repositories;
        }

        @Override
        public void run() {
            List<String> argv = CommandFactory.split(getCommand());
            try {
                String name = argv.get(1).replaceAll("^/+", "");
                try (Repository repository = BlogRemotes.open(repositories.resolve(name).normalize())) {
                    switch (argv.get(0)) {
                        case "git-upload-pack" -> new UploadPack(repository).upload(getInputStream(), getOutputStream(),
                                getErrorStream());
                        case "git-receive-pack" -> new ReceivePack(repository).receive(getInputStream(),
                                getOutputStream(), getErrorStream());
                        default -> throw new IOException("unknown command " + argv.get(0));
                    }
                }
                onExit(0);
            } catch (IOException | RuntimeException e) {
                onExit(1, String.valueOf(e.getMessage()));
            }
        }
    }
}
