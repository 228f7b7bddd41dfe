package org.papernotes.bibliography;

import java.util.ArrayList;
import java.util.List;

/** The user's Cancel for lookups under way: cancelling stops the request in flight and any wait. */
public final class Cancellation {

    private final List<Runnable> onCancel = new ArrayList<>();
    private boolean cancelled;

    public synchronized void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        List.copyOf(onCancel).forEach(Runnable::run);
        notifyAll();
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} on cancel (at once if already cancelled); returns a handle that removes it. */
    synchronized Runnable whenCancelled(Runnable action) {
        if (cancelled) {
            action.run();
            return () -> { };
        }
        onCancel.add(action);
        return () -> {
            synchronized (this) {
                onCancel.remove(action);
            }
        };
    }

    /** Waits {@code millis} or until cancelled; returns false if cancelled. */
    synchronized boolean pause(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (!cancelled) {
            long left = (end - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return true;
            }
            wait(left);
        }
        return false;
    }
}
