package org.papernotes.git;

import java.util.Optional;

/**
 * Asks the user for a secret git needs and neither the session nor the user's git credential helper has: the
 * window shows a dialog, the command line reads the console. Called on the publishing thread, which waits.
 * Empty means the user declined.
 */
public interface SecretPrompt {

    /** Asks nobody: publishing goes on with what the session and the credential helper have. */
    SecretPrompt NONE = new SecretPrompt() {
        @Override
        public Optional<Login> askLogin(String url, String username) {
            return Optional.empty();
        }

        @Override
        public Optional<char[]> askPassphrase(String keyDescription) {
            return Optional.empty();
        }
    };

    /**
     * A user name and a password or access token for an HTTPS remote.
     *
     * @param url      the remote (without any credentials in it)
     * @param username the user name the URL or the helper gave, or null
     */
    Optional<Login> askLogin(String url, String username);

    /** The passphrase of an encrypted SSH key; {@code keyDescription} is JGit's prompt naming the key file. */
    Optional<char[]> askPassphrase(String keyDescription);

    /** A user name with its password or token. {@link #toString()} never shows the password. */
    record Login(String username, char[] password) {

        @Override
        public String toString() {
            return "Login[" + username + ", ***]";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Login login && login.username.equals(username)
                    && java.util.Arrays.equals(login.password, password);
        }

        @Override
        public int hashCode() {
            return username.hashCode();
        }
    }
}
