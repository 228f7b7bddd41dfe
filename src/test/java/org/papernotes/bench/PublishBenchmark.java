package org.papernotes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.RefSpec;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.git.GitAccess;
import org.papernotes.git.PublishProgress;
import org.papernotes.git.SecretPrompt;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.workflow.ExportPosts;
import org.papernotes.workflow.PostsExportStep;
import org.papernotes.workflow.Publish;

/**
 * Publish of 1 changed post in a blog of 1,000 posts and 1,000 images to a bare repository on this machine
 * (file://), the whole use case: export of the paper, commit, fetch, push, checkout update. Prints the first
 * (cold JVM) and the following runs (target ≤ 1 s).
 * {@code mvn -Pbench test-compile exec:exec@publish-bench [-Dbench.posts=1000 -Dbench.runs=10]}
 */
public final class PublishBenchmark {

    private PublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int posts = Integer.getInteger("bench.posts", 1000);
        int runs = Integer.getInteger("bench.runs", 10);
        Path dir = Files.createTempDirectory("papernotes-publish-bench");
        try {
            run(dir, posts, runs);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void run(Path dir, int posts, int runs) throws Exception {
        Path bare = dir.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        Path blog = dir.resolve("blog");
        long setupStart = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        try (Library library = Library.open(dir.resolve("library.db"));
             Git git = Git.init().setInitialBranch("main").setDirectory(blog.toFile()).call();
             GitAccess access = GitAccess.with(dir.resolve("home"), dir.resolve("home/.ssh"), Optional.empty(),
                     SecretPrompt.NONE)) {
            var config = git.getRepository().getConfig();
            config.setString("user", null, "name", "Bench");
            config.setString("user", null, "email", "bench@example.org");
            config.setString("remote", "origin", "url", bare.toUri().toString());
            config.setString("remote", "origin", "fetch", "+refs/heads/*:refs/remotes/origin/*");
            config.setString("branch", "main", "remote", "origin");
            config.setString("branch", "main", "merge", "refs/heads/main");
            config.save();
            Files.writeString(blog.resolve("_config.yml"), "title: Bench\nurl: https://bench.github.io\n");
            for (int i = 0; i < posts; i++) {
                ids.add(library.papers().insert(Paper.titled("Paper number " + i)
                        .withNote("A note of some length about paper " + i + " with $x_" + i + "$.\n".repeat(20))
                        .withTags(List.of("bench"))).id());
            }
            new ExportPosts(library).export(ids, blog, false, OverwritePolicy.NEVER, BlogProgress.NONE);
            Path images = Files.createDirectories(blog.resolve("images"));
            Random random = new Random(42);
            byte[] image = new byte[20_000];
            for (int i = 0; i < posts; i++) {
                random.nextBytes(image);
                Files.write(images.resolve("figure-" + i + ".png"), image);
            }
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Blog").call();
            git.push().setRemote("origin").setRefSpecs(new RefSpec("refs/heads/main:refs/heads/main")).call();
            git.fetch().setRemote("origin").call();
            System.out.printf("Set-up: %d posts and %d images (20 kB each), committed and pushed in %.1f s%n", posts,
                    posts, (System.nanoTime() - setupStart) / 1e9);

            Publish publish = new Publish(access);
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                long id = ids.get(run * 37 % ids.size());
                library.papers().saveNote(id, "Edited in run " + run + " with $y$.\n");
                PostsExportStep export = new PostsExportStep(library, List.of(id), blog, false, PostsExportStep.OWN_POSTS, BlogProgress.NONE);
                long start = System.nanoTime();
                Publish.Outcome outcome = publish.run(blog, export, Optional.empty(), true, PublishProgress.NONE);
                double ms = (System.nanoTime() - start) / 1e6;
                if (!outcome.result().pushed() || outcome.result().committedPaths().size() != 1) {
                    throw new IllegalStateException("run " + run + " did not publish one file: " + outcome.result());
                }
                times.add(ms);
                System.out.printf("run %2d: %6.0f ms%s%n", run + 1, ms, run == 0 ? "  (first publish in this JVM)" : "");
            }
            List<Double> warm = new ArrayList<>(times.subList(1, times.size()));
            warm.sort(Comparator.naturalOrder());
            System.out.printf("Publish of 1 changed post (%d posts, %d images, local remote): first %.0f ms, then "
                            + "median %.0f ms, max %.0f ms (target ≤ 1000 ms)%n", posts, posts, times.get(0),
                    warm.get(warm.size() / 2), warm.get(warm.size() - 1));

            // The git state the status bar and the export dialog read (on the publish thread, never at start-up).
            List<Double> reads = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                Publish.BlogState state = Publish.state(blog);
                reads.add((System.nanoTime() - start) / 1e6);
                if (state.status().lastPublish().isEmpty()) {
                    throw new IllegalStateException("the state read no last publish");
                }
            }
            double firstRead = reads.get(0);
            reads.sort(Comparator.naturalOrder());
            System.out.printf("Blog state read (branch, ahead/behind, uncommitted, last publish and its address): "
                    + "first %.0f ms, median %.0f ms%n", firstRead, reads.get(reads.size() / 2));
        }
    }
}
