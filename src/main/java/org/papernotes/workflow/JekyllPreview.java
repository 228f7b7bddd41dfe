package org.papernotes.workflow;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.papernotes.blog.FrontMatter;
import org.papernotes.blog.PostFormatException;
import org.papernotes.blog.PostSource;

/**
 * "Preview on local Jekyll": builds the blog with the Jekyll installed on this machine ({@code bundle exec
 * jekyll} where the blog has a Gemfile whose gems are installed, else {@code jekyll}) into a temporary folder,
 * and finds the page of one post there, to be opened in the browser. The blog checkout is only read.
 */
public final class JekyllPreview {

    private static final System.Logger LOG = System.getLogger(JekyllPreview.class.getName());
    private static final long BUILD_TIMEOUT_MINUTES = 5;

    private final List<String> command;

    private JekyllPreview(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** Whether a {@code jekyll} or {@code bundle} is on the PATH (a quick look at the folders, no process run). */
    public static boolean installed() {
        return onPath("jekyll") || onPath("bundle");
    }

    /** The Jekyll that builds this blog, if any (runs {@code --version}; off the FX thread). */
    public static Optional<JekyllPreview> find(Path blog) {
        if (Files.isRegularFile(blog.resolve("Gemfile")) && onPath("bundle")
                && runs(blog, List.of("bundle", "exec", "jekyll", "--version"))) {
            return Optional.of(new JekyllPreview(List.of("bundle", "exec", "jekyll")));
        }
        if (onPath("jekyll") && runs(blog, List.of("jekyll", "--version"))) {
            return Optional.of(new JekyllPreview(List.of("jekyll")));
        }
        return Optional.empty();
    }

    /** The command this preview builds with ({@code jekyll} or {@code bundle exec jekyll}). */
    public List<String> command() {
        return command;
    }

    /**
     * Builds the blog into {@code destination} and returns the built page of {@code postPath} ({@code _posts/…}).
     * Plugins the template lists but this machine lacks (GitHub Pages has them) are left out on a second try.
     *
     * @throws IOException with Jekyll's own last lines when the build fails, or when the page is not found
     */
    public Path build(Path blog, String postPath, Path destination) throws IOException {
        Build first = run(blog, destination, List.of());
        if (!first.ok()) {
            Path override = Files.createTempFile("papernotes-jekyll", ".yml");
            try {
                Files.writeString(override, "plugins: []\nwhitelist: []\n", StandardCharsets.UTF_8);
                Build second = run(blog, destination, List.of("--config", configs(blog) + override));
                if (!second.ok()) {
                    throw new IOException("Jekyll could not build the blog:\n" + second.lastLines());
                }
            } finally {
                Files.deleteIfExists(override);
            }
        }
        return page(blog, postPath, destination)
                .orElseThrow(() -> new IOException("Jekyll built the blog, but the page of " + postPath + " is not in it."));
    }

    private static String configs(Path blog) {
        return Files.isRegularFile(blog.resolve("_config.yml")) ? blog.resolve("_config.yml") + "," : "";
    }

    private record Build(boolean ok, String lastLines) {
    }

    private Build run(Path blog, Path destination, List<String> extra) throws IOException {
        List<String> line = new ArrayList<>(command);
        line.addAll(List.of("build", "--source", blog.toString(), "--destination", destination.toString(),
                "--baseurl", ""));
        line.addAll(extra);
        Path log = Files.createTempFile("papernotes-jekyll", ".log");
        try {
            Process process = new ProcessBuilder(line).directory(blog.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean finished = process.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (!finished) {
                process.destroyForcibly();
                return new Build(false, "(Jekyll did not finish in " + BUILD_TIMEOUT_MINUTES + " minutes)");
            }
            List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
            String last = String.join("\n", output.subList(Math.max(0, output.size() - 8), output.size()));
            LOG.log(System.Logger.Level.DEBUG, "jekyll build exited {0}: {1}", process.exitValue(), last);
            return new Build(process.exitValue() == 0, last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The Jekyll build was interrupted.", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The built page: where the post's permalink puts it, else a page named after its slug. */
    static Optional<Path> page(Path blog, String postPath, Path destination) throws IOException {
        String permalink = null;
        try {
            permalink = FrontMatter.parse(PostSource.parse(Files.readAllBytes(blog.resolve(postPath))).frontMatter())
                    .permalink();
        } catch (PostFormatException e) {
            LOG.log(System.Logger.Level.DEBUG, "No front matter in " + postPath);
        }
        if (permalink != null && !permalink.isBlank()) {
            String relative = permalink.replaceAll("^/+", "");
            Path page = destination.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html"
                    : relative.contains(".") ? relative : relative + ".html");
            if (Files.isRegularFile(page)) {
                return Optional.of(page);
            }
        }
        String name = Path.of(postPath).getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String slug = name.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "");
        try (Stream<Path> files = Files.walk(destination)) {
            return files.filter(path -> path.toString().endsWith(File.separator + slug + File.separator + "index.html")
                    || path.getFileName().toString().equals(slug + ".html")).findFirst();
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && (Files.isExecutable(Path.of(folder, program))
                    || Files.isExecutable(Path.of(folder, program + ".bat")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean runs(Path blog, List<String> line) {
        try {
            Process process = new ProcessBuilder(line).directory(blog.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
