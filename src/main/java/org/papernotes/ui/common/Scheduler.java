package org.papernotes.ui.common;

import java.time.Duration;

/** Runs a task on the FX thread after a delay; injectable so that view-model tests control time. */
@FunctionalInterface
public interface Scheduler {

    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that has not run yet can be cancelled. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
