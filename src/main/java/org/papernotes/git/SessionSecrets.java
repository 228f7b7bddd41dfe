package org.papernotes.git;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets the user typed, kept in memory for this run of the app only (never in the library, the settings or a
 * log), so that the second publish of a session does not ask again.
 */
public final class SessionSecrets {

    private final Map<String, SecretPrompt.Login> logins = new ConcurrentHashMap<>();
    private final Map<String, char[]> passphrases = new ConcurrentHashMap<>();

    Optional<SecretPrompt.Login> login(String remote) {
        return Optional.ofNullable(logins.get(remote));
    }

    void putLogin(String remote, SecretPrompt.Login login) {
        logins.put(remote, login);
    }

    void forgetLogin(String remote) {
        SecretPrompt.Login gone = logins.remove(remote);
        if (gone != null) {
            java.util.Arrays.fill(gone.password(), '\0');
        }
    }

    Optional<char[]> passphrase(String key) {
        return Optional.ofNullable(passphrases.get(key)).map(char[]::clone);
    }

    void putPassphrase(String key, char[] passphrase) {
        passphrases.put(key, passphrase.clone());
    }

    void forgetPassphrase(String key) {
        char[] gone = passphrases.remove(key);
        if (gone != null) {
            java.util.Arrays.fill(gone, '\0');
        }
    }
}
