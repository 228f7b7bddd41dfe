package org.papernotes.blog;

/**
 * Progress of an export or import, reported from the thread that runs it (a window wraps its calls in
 * {@code Platform.runLater}). Cancelling stops before the next post; what was done so far is kept and reported.
 */
@FunctionalInterface
public interface BlogProgress {

    BlogProgress NONE = (done, total, item) -> { };

    /** @param item the post or paper being worked on, for display */
    void update(int done, int total, String item);

    default boolean isCancelled() {
        return false;
    }
}
