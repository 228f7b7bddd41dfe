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

    /** Moves time forward by {@code millis} and runs what became due. */
    public void advance(long millis) {
        now += millis;
        List<Task> due = tasks.stream().filter(t -> t.at <= now).toList();
        tasks.removeAll(due);
        due.forEach(t -> t.task.run());
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
