package org.papernotes.ui.main;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.papernotes.store.Library;
import org.papernotes.ui.common.UiExecutors;

/**
 * A library being opened on the store thread while JavaFX starts, so that start-up does not wait for both
 * one after the other. {@link WindowSession#open(LibraryPreload)} takes it over.
 */
public final class LibraryPreload {

    private final Path library;
    private final UiExecutors executors;
    private final CompletableFuture<Library> opening;

    private LibraryPreload(Path library, UiExecutors executors) {
        this.library = library;
        this.executors = executors;
        // The quick check runs after the window's first load (MainViewModel.start), not before it.
        this.opening = CompletableFuture.supplyAsync(() -> Library.open(library, Library.Check.LATER), executors.store());
    }

    /** Starts opening {@code library} now; results are delivered once the window asks for them. */
    public static LibraryPreload start(Path library, UiExecutors executors) {
        return new LibraryPreload(library, executors);
    }

    public Path library() {
        return library;
    }

    UiExecutors executors() {
        return executors;
    }

    /** The opened library (waits for it); failures come as they would from {@link Library#open}. */
    Library await() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
