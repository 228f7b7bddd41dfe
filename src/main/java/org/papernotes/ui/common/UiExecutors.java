package org.papernotes.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The threads the window uses: one worker for all library (SQLite) work, so that saves and loads run in the
 * order they were asked for, and the FX thread for results. Tests build one with their own executors.
 */
public final class UiExecutors implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(UiExecutors.class.getName());

    private final Executor store;
    private final Executor fx;
    private final Scheduler scheduler;
    private final Runnable shutdown;
    private final Executor background;

    public UiExecutors(Executor store, Executor fx, Scheduler scheduler, Runnable shutdown) {
        this(store, fx, scheduler, shutdown, store);
    }

    /** @param background for long reads that must not hold up the store thread (the library check) */
    public UiExecutors(Executor store, Executor fx, Scheduler scheduler, Runnable shutdown, Executor background) {
        this.store = store;
        this.fx = fx;
        this.scheduler = scheduler;
        this.shutdown = shutdown;
        this.background = background;
    }

    /** The production set: a daemon "papernotes-store" thread, {@code Platform.runLater}, a timer thread. */
    public static UiExecutors forApplication() {
        ExecutorService store = Executors.newSingleThreadExecutor(daemon("papernotes-store"));
        ExecutorService background = Executors.newSingleThreadExecutor(daemon("papernotes-background"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("papernotes-timer"));
        Executor fx = Platform::runLater;
        Scheduler scheduler = (delay, task) -> {
            if (timer.isShutdown()) {
                // The window closed (a save that failed while closing asks for its retry): nothing is left to act on.
                LOG.log(System.Logger.Level.DEBUG, "Timer asked for after the window closed: dropped");
                return () -> { };
            }
            try {
                var future = timer.schedule(() -> fx.execute(task), delay.toMillis(), TimeUnit.MILLISECONDS);
                return () -> future.cancel(false);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                LOG.log(System.Logger.Level.DEBUG, "Timer asked for while the window closed: dropped");
                return () -> { };
            }
        };
        return new UiExecutors(store, fx, scheduler, () -> {
            timer.shutdownNow();
            background.shutdownNow();
            store.shutdown();
            try {
                // Pending saves must reach the library before it closes.
                if (!store.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.log(System.Logger.Level.WARNING, "Library work still running after 10 s at shutdown");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, background);
    }

    /** Threads for handing work to the desktop (opening a link in the browser), made as needed, never holding exit. */
    public static Executor forDesktop() {
        return DesktopThreads.EXECUTOR;
    }

    private static final class DesktopThreads {
        static final Executor EXECUTOR = Executors.newCachedThreadPool(daemon("papernotes-desktop"));
    }

    /** A worker of its own (one daemon thread named {@code name}) for work that must not wait behind the library's. */
    public static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(daemon(name));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Where library work runs. */
    public Executor store() {
        return store;
    }

    /** Where results are applied (the FX thread). */
    public Executor fx() {
        return fx;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /** Where long reads run that must not hold up the store thread (checking the library file). */
    public Executor background() {
        return background;
    }

    /** Runs {@code work} on the background thread, then {@code onResult} or {@code onError} on the FX thread. */
    public <T> void runInBackground(StoreWork<T> work, java.util.function.Consumer<T> onResult,
                                    java.util.function.Consumer<Throwable> onError) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (RuntimeException | Error e) {
                fx.execute(() -> onError.accept(e));
                return;
            }
            fx.execute(() -> onResult.accept(result));
        });
    }

    /** Runs {@code work} on the store thread, then {@code onResult} or {@code onError} on the FX thread. */
    public <T> void run(StoreWork<T> work, java.util.function.Consumer<T> onResult,
                        java.util.function.Consumer<Throwable> onError) {
        if (store instanceof ExecutorService service && service.isShutdown()) {
            // The library closed (the window went away) after this was asked for, e.g. by a timer already
            // running; closing stored every pending edit first, so there is nothing left to do it for.
            LOG.log(System.Logger.Level.DEBUG, "Library work asked for after the library closed: dropped");
            return;
        }
        store.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (RuntimeException | Error e) {
                if (!(e instanceof org.papernotes.store.LibraryException) && !(e instanceof IllegalArgumentException)) {
                    LOG.log(System.Logger.Level.ERROR, "Library work failed", e);
                }
                fx.execute(() -> onError.accept(e));
                return;
            }
            fx.execute(() -> onResult.accept(result));
        });
    }

    /** Waits until the store thread has finished what was queued (used at close). */
    @Override
    public void close() {
        shutdown.run();
    }

    /** Library work that returns a value. */
    @FunctionalInterface
    public interface StoreWork<T> {
        T call();
    }
}
