package org.papernotes.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Opens a web address outside the application (the system browser), and says whether that worked. It is also a
 * plain {@code Consumer<String>}, so that it goes wherever a link opener that reports nothing went before.
 */
@FunctionalInterface
public interface LinkOpener extends Consumer<String> {

    /** Completes when the address was handed over; completes exceptionally, with the reason, when it could not be. */
    CompletionStage<Void> open(String address);

    @Override
    default void accept(String address) {
        open(address);
    }

    /** {@code opener} itself if it reports failures, else an opener around it that reports none. */
    static LinkOpener of(Consumer<String> opener) {
        return opener instanceof LinkOpener reporting ? reporting : reportingNothing(opener);
    }

    /** An opener that cannot tell whether it worked (it always reports success). */
    static LinkOpener reportingNothing(Consumer<String> opener) {
        return address -> {
            opener.accept(address);
            return CompletableFuture.completedFuture(null);
        };
    }
}
