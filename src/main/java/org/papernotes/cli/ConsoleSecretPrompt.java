package org.papernotes.cli;

import java.io.Console;
import java.util.Optional;
import org.papernotes.git.SecretPrompt;

/** Asks at the terminal for a secret git needs (the password is not echoed); without a terminal, asks nobody. */
final class ConsoleSecretPrompt implements SecretPrompt {

    private final Console console;

    private ConsoleSecretPrompt(Console console) {
        this.console = console;
    }

    static SecretPrompt forTerminal() {
        Console console = System.console();
        return console == null ? SecretPrompt.NONE : new ConsoleSecretPrompt(console);
    }

    @Override
    public Optional<Login> askLogin(String url, String username) {
        String user = username;
        if (user == null || user.isBlank()) {
            user = console.readLine("Username for %s: ", url);
            if (user == null || user.isBlank()) {
                return Optional.empty();
            }
        }
        char[] password = console.readPassword("Password or access token for %s@%s: ", user, url);
        return password == null || password.length == 0 ? Optional.empty() : Optional.of(new Login(user, password));
    }

    @Override
    public Optional<char[]> askPassphrase(String keyDescription) {
        char[] passphrase = console.readPassword("%s ", keyDescription);
        return passphrase == null || passphrase.length == 0 ? Optional.empty() : Optional.of(passphrase);
    }
}
