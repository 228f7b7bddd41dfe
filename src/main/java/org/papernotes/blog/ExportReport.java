package org.papernotes.blog;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export did, post by post and image by image, for a summary or a result dialog; and exactly which files it
 * wrote and removed ({@code writtenFiles}, {@code removedFiles}: paths relative to the blog checkout with {@code /},
 * such as {@code _posts/2024-01-18-apo.md} or {@code images/apo/fig.png}, sorted), so that publishing can commit
 * exactly those.
 *
 * @param blogFolder  the real path of the blog checkout
 * @param postsFolder the real path of its {@code _posts} folder
 * @param math        the blog's MathJax set-up the posts were written for
 * @param images      the images of the posts written or left unchanged, in the order of their posts
 */
public record ExportReport(Path blogFolder, Path postsFolder, BlogMath math, List<Entry> entries,
                           List<String> writtenFiles, List<String> removedFiles, boolean cancelled,
                           List<ImageEntry> images) {

    public ExportReport {
        entries = List.copyOf(entries);
        writtenFiles = List.copyOf(writtenFiles);
        removedFiles = List.copyOf(removedFiles);
        images = List.copyOf(images);
    }

    public enum Outcome { WRITTEN, UNCHANGED, SKIPPED, FAILED }

    /** What became of an image a post links. */
    public enum ImageOutcome { WRITTEN, UNCHANGED, SKIPPED }

    /**
     * @param path   the image file relative to the blog checkout ({@code images/apo/fig.png}), or the link as the
     *               note has it when no file could be decided
     * @param detail why it was skipped, or null
     */
    public record ImageEntry(long paperId, String path, ImageOutcome outcome, BlogMessage detail) {
    }

    public long imageCount(ImageOutcome outcome) {
        return images.stream().filter(e -> e.outcome() == outcome).count();
    }

    /**
     * @param file       the post file (its real path), or null when it could not be decided
     * @param detail     why it was skipped or failed, or what else happened (an old file replaced); null for nothing
     * @param mathFixed  how many formulas were rewritten so that the blog shows them
     */
    public record Entry(long paperId, String title, Path file, Outcome outcome, BlogMessage detail, int mathFixed) {
    }

    public long count(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).count();
    }

    public long written() {
        return count(Outcome.WRITTEN);
    }

    public long unchanged() {
        return count(Outcome.UNCHANGED);
    }

    public long skipped() {
        return count(Outcome.SKIPPED);
    }

    public long failed() {
        return count(Outcome.FAILED);
    }
}
