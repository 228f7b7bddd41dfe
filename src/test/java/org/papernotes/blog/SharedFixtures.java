package org.papernotes.blog;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real academicpages posts in ../shared (system property {@code shared.dir}); tests skip without them. */
final class SharedFixtures {

    private SharedFixtures() {
    }

    static Path postsFolder() {
        Path shared = Path.of(System.getProperty("shared.dir", "../shared"));
        Path posts = shared.resolve("fixtures/academicpages/_posts");
        assumeTrue(Files.isDirectory(posts), "shared fixtures not found at " + posts.toAbsolutePath()
                + "; set -Dshared.dir to run the round-trip tests");
        return posts;
    }

    /** Copies the shared posts into {@code blog/_posts} (the originals are read-only) and returns their names. */
    static List<String> copyInto(Path blog) throws IOException {
        Path target = Files.createDirectories(blog.resolve("_posts"));
        try (Stream<Path> files = Files.list(postsFolder())) {
            List<Path> posts = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
            for (Path post : posts) {
                Files.write(target.resolve(post.getFileName().toString()), Files.readAllBytes(post));
            }
            return posts.stream().map(p -> p.getFileName().toString()).toList();
        }
    }
}
