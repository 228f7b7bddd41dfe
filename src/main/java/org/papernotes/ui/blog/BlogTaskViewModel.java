package org.papernotes.ui.blog;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.papernotes.blog.BlogMessage;
import org.papernotes.blog.BlogProgress;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.UiExecutors;

/**
 * What an export and an import have in common: they run off the FX thread, report progress there, can be
 * cancelled, and end with a report or an error.
 */
abstract class BlogTaskViewModel {

    protected final UiExecutors executors;
    private final Executor worker;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper item = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BlogMessage> errorReason = new ReadOnlyObjectWrapper<>();
    private volatile boolean cancelRequested;

    BlogTaskViewModel(UiExecutors executors, Executor worker) {
        this.executors = executors;
        this.worker = worker;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1; negative (indeterminate) while the work is being prepared. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The post or paper being worked on. */
    public ReadOnlyStringProperty itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** Why the whole task failed (a folder that is not there, not writable…); empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The blog package's reason for {@link #errorProperty()}, for the view to translate; null when it has none. */
    public ReadOnlyObjectProperty<BlogMessage> errorReasonProperty() {
        return errorReason.getReadOnlyProperty();
    }

    protected void setError(String message) {
        errorReason.set(null);
        error.set(message == null ? "" : message);
    }

    /** Stops before the next post; what was done is kept and reported. */
    public void cancel() {
        cancelRequested = true;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    /** Work for the worker thread; its result is handed to {@code onResult} on the FX thread. */
    protected interface Work<T> {
        T run(BlogProgress progress) throws Exception;
    }

    /**
     * Runs {@code work} on the worker thread. It first passes through the store thread, so that saves queued
     * before (the open paper's pending edits) are in the library when it starts.
     */
    protected <T> void start(Work<T> work, java.util.function.Consumer<T> onResult) {
        if (running.get()) {
            return;
        }
        cancelRequested = false;
        running.set(true);
        progress.set(-1);
        item.set("");
        error.set("");
        errorReason.set(null);
        BlogProgress reporter = new BlogProgress() {
            @Override
            public void update(int done, int total, String current) {
                double fraction = total <= 0 ? 1 : (double) done / total;
                executors.fx().execute(() -> {
                    progress.set(fraction);
                    item.set(current == null ? "" : current);
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested;
            }
        };
        executors.store().execute(() -> runOn(() -> {
            try {
                T result = work.run(reporter);
                executors.fx().execute(() -> {
                    running.set(false);
                    onResult.accept(result);
                });
            } catch (Exception | Error e) {
                String message = e instanceof java.io.IOException && e.getMessage() != null ? e.getMessage()
                        : ErrorMessages.of(e);
                BlogMessage reason = e instanceof java.io.IOException ? BlogMessage.of(e) : null;
                executors.fx().execute(() -> {
                    running.set(false);
                    errorReason.set(reason);
                    error.set(message);
                });
            }
        }));
    }

    /**
     * Runs {@code work} on the worker thread (not the store thread, so that autosave never waits for it) and hands
     * its result or failure to the FX thread.
     */
    protected <T> void inBackground(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onResult,
                                    java.util.function.Consumer<Throwable> onError) {
        runOn(() -> {
            try {
                T result = work.call();
                executors.fx().execute(() -> onResult.accept(result));
            } catch (Exception | Error e) {
                executors.fx().execute(() -> onError.accept(e));
            }
        });
    }

    private void runOn(Runnable task) {
        try {
            worker.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The window is closing: nothing more is exported or imported.
            executors.fx().execute(() -> running.set(false));
        }
    }
}
