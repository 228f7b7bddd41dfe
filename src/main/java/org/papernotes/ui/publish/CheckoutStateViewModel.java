package org.papernotes.ui.publish;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.papernotes.git.CheckoutStatus;
import org.papernotes.git.GitException;
import org.papernotes.workflow.Publish;

/**
 * One blog checkout's git state, read on the publish thread when asked: branch, ahead/behind, uncommitted changes,
 * last publish and where its post is on the site. The status bar's and the export dialog's line show it.
 */
public final class CheckoutStateViewModel {

    private static final System.Logger LOG = System.getLogger(CheckoutStateViewModel.class.getName());

    private final Executor fx;
    private final Executor worker;
    private final ReadOnlyObjectWrapper<CheckoutStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lastPublishAddress = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    /** The newest read asked for: older ones are dropped before they start, and their results after. */
    private final AtomicLong request = new AtomicLong();

    CheckoutStateViewModel(Executor fx, Executor worker) {
        this.fx = fx;
        this.worker = worker;
    }

    /** The checkout's state; null when no folder was given or it is not a git checkout. */
    public ReadOnlyObjectProperty<CheckoutStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The address on the site of the last published post; empty when unknown. */
    public ReadOnlyStringProperty lastPublishAddressProperty() {
        return lastPublishAddress.getReadOnlyProperty();
    }

    /** The folder whose state is shown (null: none). */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** Reads the state of the checkout at (or above the {@code _posts} folder) {@code blog}; null clears it. */
    public void read(Path blog) {
        long mine = request.incrementAndGet();
        if (blog == null) {
            show(null, null);
            return;
        }
        try {
            worker.execute(() -> {
                if (mine != request.get()) {
                    return;
                }
                Publish.BlogState state = null;
                try {
                    state = Publish.state(blog);
                } catch (GitException | RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "No git state for " + blog + ": " + e.getMessage());
                }
                Publish.BlogState read = state;
                fx.execute(() -> {
                    if (mine == request.get()) {
                        show(blog, read);
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "Window closing: git state not read");
        }
    }

    private void show(Path blog, Publish.BlogState state) {
        folder.set(state == null ? null : blog);
        status.set(state == null ? null : state.status());
        lastPublishAddress.set(state == null ? "" : state.lastPublishAddress().orElse(""));
    }
}
