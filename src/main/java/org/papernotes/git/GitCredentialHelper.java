package org.papernotes.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.transport.URIish;

/**
 * The user's own git credential helper, through {@code git credential fill | approve | reject} run in the blog
 * checkout (so that its {@code credential.helper} settings apply). The secrets pass through pipes only: they are
 * never logged, and never written anywhere by PaperNotes.
 */
public final class GitCredentialHelper {

    private static final System.Logger LOG = System.getLogger(GitCredentialHelper.class.getName());
    private static final long TIMEOUT_SECONDS = 120; // a helper may show its own dialog

    private final String git;
    private final Map<String, String> environment;

    /**
     * @param git         the git executable
     * @param environment variables added to the helper's environment (tests point {@code HOME} elsewhere)
     */
    public GitCredentialHelper(String git, Map<String, String> environment) {
        this.git = git;
        this.environment = Map.copyOf(environment);
    }

    /** The {@code git} on the PATH, if there is one that runs. */
    public static Optional<GitCredentialHelper> onPath() {
        try {
            Process process = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0) {
                return Optional.of(new GitCredentialHelper("git", Map.of()));
            }
            process.destroy();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "No git on the PATH: {0}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** The helper's user name and password for this remote, or empty when it has none (it never prompts a terminal). */
    public Optional<SecretPrompt.Login> fill(URIish uri, Path checkout) {
        Map<String, String> answer = run("fill", describe(uri, null), checkout);
        String username = answer.get("username");
        String password = answer.get("password");
        if (username == null || password == null) {
            return Optional.empty();
        }
        return Optional.of(new SecretPrompt.Login(username, password.toCharArray()));
    }

    /** Tells the helper these worked (it may store them, as git does after a successful push). */
    public void approve(URIish uri, SecretPrompt.Login login, Path checkout) {
        run("approve", describe(uri, login), checkout);
    }

    /** Tells the helper these were refused (it forgets them, as git does). */
    public void reject(URIish uri, SecretPrompt.Login login, Path checkout) {
        run("reject", describe(uri, login), checkout);
    }

    private static String describe(URIish uri, SecretPrompt.Login login) {
        StringBuilder text = new StringBuilder();
        text.append("protocol=").append(uri.getScheme()).append('\n');
        text.append("host=").append(uri.getHost()).append(uri.getPort() > 0 ? ":" + uri.getPort() : "").append('\n');
        String path = uri.getPath();
        if (path != null && !path.isEmpty()) {
            text.append("path=").append(path.startsWith("/") ? path.substring(1) : path).append('\n');
        }
        String user = login != null ? login.username() : uri.getUser();
        if (user != null) {
            text.append("username=").append(user).append('\n');
        }
        if (login != null) {
            text.append("password=").append(login.password()).append('\n');
        }
        return text.append('\n').toString();
    }

    private Map<String, String> run(String action, String input, Path checkout) {
        Map<String, String> answer = new HashMap<>();
        try {
            ProcessBuilder builder = new ProcessBuilder(git, "credential", action).directory(checkout.toFile());
            builder.environment().put("GIT_TERMINAL_PROMPT", "0");
            builder.environment().putAll(environment);
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            byte[] output;
            try (InputStream out = process.getInputStream()) {
                output = readAll(out);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.log(System.Logger.Level.WARNING, "git credential {0} did not finish in time", action);
                return Map.of();
            }
            if (process.exitValue() != 0) {
                return Map.of();
            }
            for (String line : new String(output, StandardCharsets.UTF_8).split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    answer.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "git credential {0} failed: {1}", action, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return answer;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }
}
