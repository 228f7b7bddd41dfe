package org.papernotes.git;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;

/**
 * JGit's source of credentials for one publish: the session's secrets first, then the user's git credential
 * helper, then the {@link SecretPrompt} (once per remote: a refused typed secret is not asked for in a loop).
 * Host keys are never accepted by asking here: an unknown or changed SSH host key is refused (known_hosts decides).
 */
final class PublishCredentials extends CredentialsProvider {

    private final SessionSecrets secrets;
    private final Optional<GitCredentialHelper> helper;
    private final SecretPrompt prompt;
    private final Path checkout;

    private URIish loginRemote;
    private SecretPrompt.Login login;
    private boolean loginFromHelper;
    private boolean prompted;
    private boolean helperAsked;
    private boolean declined;
    private String hostKeyQuestion;

    PublishCredentials(SessionSecrets secrets, Optional<GitCredentialHelper> helper, SecretPrompt prompt, Path checkout) {
        this.secrets = secrets;
        this.helper = helper;
        this.prompt = prompt;
        this.checkout = checkout;
    }

    @Override
    public boolean isInteractive() {
        return prompt != SecretPrompt.NONE;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        for (CredentialItem item : items) {
            boolean known = item instanceof CredentialItem.Username || item instanceof CredentialItem.Password
                    || item instanceof CredentialItem.InformationalMessage || item instanceof CredentialItem.YesNoType;
            if (!known) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        if (!supports(items)) {
            return false;
        }
        CredentialItem.YesNoType question = find(items, CredentialItem.YesNoType.class);
        if (question != null) {
            // JGit asks whether to accept an unknown or changed host key: known_hosts decides, so the answer is no.
            StringBuilder text = new StringBuilder();
            for (CredentialItem item : items) {
                text.append(item.getPromptText()).append('\n');
            }
            hostKeyQuestion = text.toString();
            question.setValue(false);
            return true;
        }
        CredentialItem.Username username = find(items, CredentialItem.Username.class);
        CredentialItem.Password password = find(items, CredentialItem.Password.class);
        if (password == null) {
            return false;
        }
        return username == null ? passphrase(password) : login(uri, username, password);
    }

    @Override
    public void reset(URIish uri) {
        // JGit calls this when the remote refused what we gave: forget it where it came from, as git does.
        if (login != null) {
            String key = key(uri);
            if (loginFromHelper) {
                helper.ifPresent(h -> h.reject(uri, login, checkout));
            }
            secrets.forgetLogin(key);
            login = null;
        }
    }

    /** The push went through: the helper may keep what worked (a typed token too), as after {@code git push}. */
    void approved() {
        if (login != null && loginRemote != null) {
            helper.ifPresent(h -> h.approve(loginRemote, login, checkout));
        }
    }

    /** What JGit asked about a host key that known_hosts does not confirm, or null. */
    String hostKeyQuestion() {
        return hostKeyQuestion;
    }

    /** Whether the user was asked and declined (so a refusal is "no credentials", not "wrong credentials"). */
    boolean declined() {
        return declined;
    }

    private boolean login(URIish uri, CredentialItem.Username username, CredentialItem.Password password) {
        String key = key(uri);
        Optional<SecretPrompt.Login> found = secrets.login(key);
        boolean fromHelper = false;
        if (found.isEmpty() && login != null && key.equals(key(loginRemote))) {
            found = Optional.of(login); // the push after the fetch: what worked for the fetch
            fromHelper = loginFromHelper;
        }
        if (found.isEmpty() && !helperAsked) {
            helperAsked = true; // once per publish: a helper that cannot forget refused credentials is not a loop
            found = helper.flatMap(h -> h.fill(uri, checkout));
            fromHelper = found.isPresent();
        }
        if (found.isEmpty()) {
            if (prompted) {
                return false;
            }
            prompted = true;
            found = prompt.askLogin(safe(uri), uri.getUser());
            if (found.isEmpty()) {
                declined = true;
                return false;
            }
            secrets.putLogin(key, found.get());
        }
        login = found.get();
        loginRemote = uri;
        loginFromHelper = fromHelper;
        username.setValue(login.username());
        password.setValue(login.password().clone());
        return true;
    }

    private boolean passphrase(CredentialItem.Password password) {
        String key = password.getPromptText();
        Optional<char[]> known = secrets.passphrase(key);
        if (known.isEmpty()) {
            known = prompt.askPassphrase(key);
            if (known.isEmpty()) {
                declined = true;
                return false;
            }
            secrets.putPassphrase(key, known.get());
        }
        password.setValue(known.get());
        return true;
    }

    /** The remote without path or credentials: a credential is for a host, as git's default is. */
    private static String key(URIish uri) {
        return uri.getScheme() + "://" + (uri.getUser() == null ? "" : uri.getUser() + "@") + uri.getHost()
                + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    static String safe(URIish uri) {
        return uri.setPass(null).toString();
    }

    private static <T extends CredentialItem> T find(CredentialItem[] items, Class<T> type) {
        for (CredentialItem item : items) {
            if (type.isInstance(item)) {
                return type.cast(item);
            }
        }
        return null;
    }
}
