package org.papernotes.blog.oracle;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders posts as GitHub Pages does, with this machine's Jekyll (Debian's {@code jekyll}, which brings
 * {@code ruby-liquid}, {@code ruby-kramdown} and {@code ruby-kramdown-parser-gfm}): Liquid first, then kramdown
 * with GFM input, {@code hard_wrap: false} and MathJax as the math engine. One Jekyll run renders a whole folder.
 */
public final class GitHubPages {

    public static final String MISSING = "Jekyll with kramdown's GFM parser is not installed "
            + "(apt-get install jekyll ruby-kramdown-parser-gfm); skipping the tests that render posts as GitHub Pages does";

    /** What Jekyll made of one post: its HTML, or why the build would fail. */
    public record Rendering(String html, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final Path script;

    private GitHubPages(Path script) {
        this.script = script;
    }

    /** This machine's Jekyll, or empty when it (or the GFM parser) is missing. */
    public static Optional<GitHubPages> find(Path temp) {
        try {
            Process probe = new ProcessBuilder("ruby", "-e", "require 'jekyll'; require 'kramdown-parser-gfm'")
                    .redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            if (!probe.waitFor(60, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                return Optional.empty();
            }
            Path script = temp.resolve("github-pages.rb");
            try (InputStream in = GitHubPages.class.getResourceAsStream("/org/papernotes/blog/oracle/github-pages.rb")) {
                Files.write(script, in.readAllBytes());
            }
            return Optional.of(new GitHubPages(script));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * @param site a folder with {@code _posts/} (and nothing Jekyll would need configuring)
     * @return each post's path in the site ({@code _posts/…}) with its rendering
     */
    public Map<String, Rendering> render(Path site) throws IOException {
        Process process = new ProcessBuilder(List.of("ruby", script.toString(), site.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        process.getOutputStream().close();
        String json = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("Jekyll failed on " + site);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        JsonObject all = new Gson().fromJson(json, JsonObject.class);
        Map<String, Rendering> renderings = new LinkedHashMap<>();
        for (String path : all.keySet()) {
            JsonObject one = all.getAsJsonObject(path);
            renderings.put(path, new Rendering(one.has("html") ? one.get("html").getAsString() : null,
                    one.has("error") ? one.get("error").getAsString() : null));
        }
        return renderings;
    }
}
