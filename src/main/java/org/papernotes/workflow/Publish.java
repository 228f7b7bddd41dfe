package org.papernotes.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.papernotes.blog.BlogFolder;
import org.papernotes.git.BlogCheckout;
import org.papernotes.git.CheckoutConfig;
import org.papernotes.git.CheckoutStatus;
import org.papernotes.git.GitAccess;
import org.papernotes.git.GitException;
import org.papernotes.git.PublishProgress;
import org.papernotes.git.PublishRequest;
import org.papernotes.git.PublishResult;

/**
 * Publish: export, then commit exactly the files the export wrote or removed in the blog's git checkout, and push
 * them to its upstream. The window and the command line both run it; they pass the export step (with their own
 * overwrite policy and progress) and show the outcome. Runs on the caller's thread.
 */
public final class Publish {

    private final GitAccess access;

    public Publish(GitAccess access) {
        this.access = access;
    }

    /** What a publish would start from, read before anything is written: for the dialog and the status bar. */
    public record Readiness(CheckoutConfig config, CheckoutStatus status, Optional<String> lastPublishAddress) {
    }

    /**
     * Checks the checkout can be published from (a git checkout, on a branch with an upstream, writable, an
     * identity) and reads its state; no network.
     *
     * @throws GitException with the one reason it cannot ({@code NOT_A_REPOSITORY}: offer export only)
     */
    public Readiness check(Path blogFolder) throws GitException {
        Path blog = BlogFolder.blogFolder(blogFolder);
        try (BlogCheckout checkout = BlogCheckout.open(blog)) {
            CheckoutConfig config = checkout.publishConfig();
            CheckoutStatus status = checkout.status();
            return new Readiness(config, status, status.lastPublish().flatMap(commit -> firstAddress(blog, commit.paths())));
        }
    }

    /**
     * The blog checkout this library publishes to (the one it last exported to), if it has one. The one place
     * that knows where that is remembered.
     */
    public static Optional<Path> rememberedBlogFolder(org.papernotes.store.Library library) {
        return new BlogSettings(library).exportFolder();
    }

    /** The checkout's state alone (for the status bar, also when it cannot be published from: detached, no upstream). */
    public static CheckoutStatus status(Path blogFolder) throws GitException {
        try (BlogCheckout checkout = BlogCheckout.open(BlogFolder.blogFolder(blogFolder))) {
            return checkout.status();
        }
    }

    /**
     * The checkout's state with where its last published post is on the site: for the status bar and the export
     * dialog. Local data only.
     */
    public static BlogState state(Path blogFolder) throws GitException {
        Path blog = BlogFolder.blogFolder(blogFolder);
        CheckoutStatus status = status(blog);
        return new BlogState(status, status.lastPublish().flatMap(commit -> firstAddress(blog, commit.paths())));
    }

    /** @param lastPublishAddress where the last publish's first post is on the site, when {@code _config.yml} gives {@code url} */
    public record BlogState(CheckoutStatus status, Optional<String> lastPublishAddress) {
    }

    /** The newest publish commit that changed this post ({@code _posts/…}): "published in abc1234". */
    public static Optional<org.papernotes.git.CommitInfo> lastPublishOf(Path blogFolder, String postPath)
            throws GitException {
        try (BlogCheckout checkout = BlogCheckout.open(BlogFolder.blogFolder(blogFolder))) {
            return checkout.lastPublishOf(postPath);
        }
    }

    /** Where the post is on the site ({@code _config.yml}'s {@code url} and the post's permalink), if it says. */
    public static Optional<String> addressOf(Path blogFolder, String postPath) {
        return PostAddress.of(BlogFolder.blogFolder(blogFolder), postPath);
    }

    /**
     * Checks the checkout, runs the export, commits what it wrote or removed, and (if {@code push}) pushes.
     *
     * @param message the commit message, or empty for one naming the posts
     * @throws GitException  when the checkout cannot be published from (before the export ran), or the commit or
     *                       push failed (the export's files are then written, the checkout's git state as before)
     * @throws IOException   when the export failed
     */
    public Outcome run(Path blogFolder, ExportStep export, Optional<String> message, boolean push,
                       PublishProgress progress) throws GitException, IOException {
        Path blog = BlogFolder.blogFolder(blogFolder);
        try (BlogCheckout checkout = BlogCheckout.open(blog)) {
            progress.step(PublishProgress.Step.CHECKING);
            checkout.publishConfig(push);
            progress.step(PublishProgress.Step.EXPORTING);
            ExportedFiles exported = export.run();
            // A post an earlier publish wrote but could not push is unchanged now, and still to be committed.
            ExportedFiles files = exported.with(checkout.uncommittedAmong(exported.unchanged().keySet()));
            String text = message.filter(m -> !m.isBlank()).orElseGet(() -> defaultMessage(files.titles()));
            PublishResult result = checkout.publish(new PublishRequest(files.paths(), text, push), access, progress);
            Optional<String> address = firstAddress(blog, result.committedPaths());
            return new Outcome(files, result, address);
        }
    }

    /**
     * @param address where the first published post is on the site, when {@code _config.yml} gives {@code url}
     */
    public record Outcome(ExportedFiles exported, PublishResult result, Optional<String> address) {
    }

    /** "Publish "Title"" for one post, "Publish 3 posts" for more (git's subject lines are English by custom). */
    static String defaultMessage(List<String> titles) {
        if (titles.size() == 1) {
            return "Publish \u201c" + titles.get(0) + "\u201d";
        }
        return titles.isEmpty() ? "Publish posts" : "Publish " + titles.size() + " posts\n\n"
                + String.join("\n", titles.stream().map(t -> "- " + t).toList());
    }

    private static Optional<String> firstAddress(Path blog, List<String> paths) {
        return paths.stream().filter(p -> p.startsWith(BlogFolder.POSTS + "/"))
                .map(p -> PostAddress.of(blog, p)).flatMap(Optional::stream).findFirst();
    }
}
