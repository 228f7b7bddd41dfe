package org.papernotes.ui.publish;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.papernotes.git.GitAccess;
import org.papernotes.store.Library;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.PaperViewModel;

/**
 * The window's access to publishing: one {@link GitAccess} for the session (SSH keys, typed secrets kept in
 * memory until the window closes), a thread of its own for git work (a push may wait on the network or on a
 * question), the publish dialogs' view models and the blog's state for the status bar.
 */
public final class PublishWork implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PublishWork.class.getName());

    private final Library library;
    private final UiExecutors executors;
    private final PaperViewModel paper;
    private final ExecutorService worker = UiExecutors.singleThread("papernotes-publish");
    private GitAccess access;
    private BlogStateViewModel state;
    private volatile boolean closed;

    public PublishWork(Library library, UiExecutors executors, PaperViewModel paper) {
        this.library = library;
        this.executors = executors;
        this.paper = paper;
    }

    /** A publish of these papers; the open paper's pending edits are stored first. */
    public PublishViewModel newPublish(List<PublishViewModel.Item> papers, Messages messages, Supplier<Window> owner) {
        paper.flush();
        return new PublishViewModel(library, executors, worker, () -> access(messages, owner), papers, () -> {
            if (!closed) {
                paper.reloadBlog();
                state().refresh();
            }
        });
    }

    /** The blog's git state for the status bar (one for the window). */
    public BlogStateViewModel state() {
        if (state == null) {
            state = new BlogStateViewModel(library, executors, worker, paper);
        }
        return state;
    }

    /** The git state of a checkout the user chose (the export dialog's), read on the publish thread when asked. */
    CheckoutStateViewModel newCheckoutState() {
        return new CheckoutStateViewModel(executors.fx(), worker);
    }

    /** Reads the library's remembered blog folder (null: none) and hands it over on the FX thread. */
    void withBlogFolder(java.util.function.Consumer<java.nio.file.Path> onFolder) {
        executors.run(() -> org.papernotes.workflow.Publish.rememberedBlogFolder(library).orElse(null), onFolder::accept,
                e -> onFolder.accept(null));
    }

    /** Where results are applied (the FX thread). */
    java.util.concurrent.Executor fx() {
        return executors.fx();
    }

    /** Runs git work off the FX thread, on the publish thread. */
    void run(Runnable task) {
        try {
            worker.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "Window closing: git work dropped");
        }
    }

    private synchronized GitAccess access(Messages messages, Supplier<Window> owner) {
        if (access == null) {
            access = GitAccess.forUser(new SecretDialog(executors.fx(), messages, owner));
        }
        return access;
    }

    /** Lets a running publish finish (a push half done is worse than a wait), then forgets the session's secrets. */
    @Override
    public void close() {
        closed = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Publish still running after 30 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (access != null) {
                access.close();
            }
        }
    }
}
