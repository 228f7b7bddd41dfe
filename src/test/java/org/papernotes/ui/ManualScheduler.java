package org.papernotes.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.papernotes.ui.common.Scheduler;
import org.papernotes.ui.common.UiExecutors;

/** A scheduler whose time the test moves: tasks run only when {@link #runDue} or {@link #runAll} is called. */
public final class ManualScheduler implements Scheduler {

    private final List<Task> tasks = new ArrayList<>();
    private long now;

    /** Executors that run library work and results at once, on the calling thread, with this scheduler. */
    public UiExecutors executors() {
        return new UiExecutors(Runnable::run, Runnable::run, this, () -> { });
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        Task scheduled = new Task(now + delay.toMillis(), task);
        tasks.add(scheduled);
        return () -> tasks.remove(scheduled);
    }

    /**
     * Moves time forward by {@code millis} and runs what became due, in the order of their times, each at its own
     * time: a task that schedules another within the span (a countdown ticking each second) sees it run too, and a
     * task cancelled by an earlier one does not run.
     */
    public void advance(long millis) {
        long until = now + millis;
        for (Task next = nextDue(until); next != null; next = nextDue(until)) {
            tasks.remove(next);
            now = next.at;
            next.task.run();
        }
        now = until;
    }

    /** The earliest task due by {@code until} (the first scheduled among equals); null when none is. */
    private Task nextDue(long until) {
        Task next = null;
        for (Task task : tasks) {
            if (task.at <= until && (next == null || task.at < next.at)) {
                next = task;
            }
        }
        return next;
    }

    public void runAll() {
        while (!tasks.isEmpty()) {
            advance(tasks.stream().mapToLong(t -> t.at).max().orElse(now) - now);
        }
    }

    public int pending() {
        return tasks.size();
    }

    private record Task(long at, Runnable task) {
    }
}
