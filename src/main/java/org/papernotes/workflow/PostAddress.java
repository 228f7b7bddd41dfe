package org.papernotes.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.papernotes.blog.FrontMatter;
import org.papernotes.blog.PostFormatException;
import org.papernotes.blog.PostSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Where a post is on the site: {@code url} and {@code baseurl} of the blog's {@code _config.yml} joined with the
 * post's permalink. Empty when the config gives no {@code url} or the post no permalink.
 */
public final class PostAddress {

    private static final System.Logger LOG = System.getLogger(PostAddress.class.getName());

    private PostAddress() {
    }

    public static Optional<String> of(Path blogFolder, String postPath) {
        Optional<String> site = siteUrl(blogFolder);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path file = blogFolder.resolve(postPath);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            FrontMatter frontMatter = FrontMatter.parse(PostSource.parse(Files.readAllBytes(file)).frontMatter());
            String permalink = frontMatter.permalink();
            if (permalink == null || permalink.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(site.get() + (permalink.startsWith("/") ? permalink : "/" + permalink));
        } catch (IOException | PostFormatException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "No address for " + postPath + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code url} + {@code baseurl}, without a final slash. */
    static Optional<String> siteUrl(Path blogFolder) {
        Path config = blogFolder.resolve("_config.yml");
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(config)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(loaded instanceof Map<?, ?> map) || !(map.get("url") instanceof String url) || url.isBlank()) {
                return Optional.empty();
            }
            Object base = map.get("baseurl");
            String joined = strip(url.strip()) + (base instanceof String b && !b.isBlank() ? "/" + strip(b.strip()).replaceAll("^/+", "") : "");
            return Optional.of(strip(joined));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Cannot read " + config + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static String strip(String text) {
        return text.replaceAll("/+$", "");
    }
}
