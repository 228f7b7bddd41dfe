package org.papernotes.ui.publish;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.papernotes.git.CheckoutStatus;
import org.papernotes.git.CommitInfo;
import org.papernotes.git.GitException;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.PaperViewModel;
import org.papernotes.workflow.Publish;

/**
 * The git state of the blog this library publishes to, for the status bar (branch, ahead/behind, uncommitted changes,
 * last publish with the post's address on the site), and the commit that published the open paper's post, for its
 * header. Read from local data only, on the publish thread; never at start-up (the first read comes after a pause, or
 * after a publish or an export).
 */
public final class BlogStateViewModel {

    private static final System.Logger LOG = System.getLogger(BlogStateViewModel.class.getName());

    private final Library library;
    private final UiExecutors executors;
    private final Executor worker;
    private final PaperViewModel paper;
    private final CheckoutStateViewModel checkout;
    private final ReadOnlyObjectWrapper<CommitInfo> openPaperCommit = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper openPaperAddress = new ReadOnlyStringWrapper("");
    private long paperRequest;
    /** The paper whose publish commit is shown (or being read); -1: none. */
    private long shownPaperId = -1;

    BlogStateViewModel(Library library, UiExecutors executors, Executor worker, PaperViewModel paper) {
        this.library = library;
        this.executors = executors;
        this.worker = worker;
        this.paper = paper;
        this.checkout = new CheckoutStateViewModel(executors.fx(), worker);
        checkout.statusProperty().addListener((o, old, now) -> readOpenPaper(paper.getPaper()));
        paper.paperProperty().addListener((o, old, now) -> {
            if (old == null || now == null || old.id() != now.id() || !old.blog().equals(now.blog())) {
                readOpenPaper(now);
            }
        });
    }

    /** The checkout's state; null when no blog folder is known or it is not a git checkout. */
    public ReadOnlyObjectProperty<CheckoutStatus> statusProperty() {
        return checkout.statusProperty();
    }

    /** The address on the site of the last published post; empty when unknown. */
    public ReadOnlyStringProperty lastPublishAddressProperty() {
        return checkout.lastPublishAddressProperty();
    }

    /** The publish commit of the open paper's post; null when it was not published (or no paper is open). */
    public ReadOnlyObjectProperty<CommitInfo> openPaperCommitProperty() {
        return openPaperCommit.getReadOnlyProperty();
    }

    /** Where the open paper's published post is on the site; empty when unknown or not published. */
    public ReadOnlyStringProperty openPaperAddressProperty() {
        return openPaperAddress.getReadOnlyProperty();
    }

    /** Reads the state a few seconds from now: after start-up, never during it. */
    public void refreshLater() {
        executors.scheduler().schedule(java.time.Duration.ofSeconds(3), this::refresh);
    }

    /** Reads the state again (after a publish or an export, or when asked). */
    public void refresh() {
        executors.run(() -> Publish.rememberedBlogFolder(library).orElse(null), remembered -> {
            checkout.read(remembered);
            if (remembered != null) {
                readOpenPaper(paper.getPaper()); // its post may have been published meanwhile
            }
        }, e -> LOG.log(System.Logger.Level.DEBUG, "No blog folder: " + e.getMessage()));
    }

    private void readOpenPaper(Paper paper) {
        long request = ++paperRequest;
        long id = paper == null ? -1 : paper.id();
        String post = paper == null ? null : paper.blog().lastExportPath();
        Path blog = checkout.folderProperty().get();
        if (id != shownPaperId || post == null || blog == null || checkout.statusProperty().get() == null) {
            // another paper's commit is never shown, not even while this one's is read
            openPaperCommit.set(null);
            openPaperAddress.set("");
        }
        shownPaperId = id;
        if (post == null || blog == null || checkout.statusProperty().get() == null) {
            return;
        }
        try {
            worker.execute(() -> {
                CommitInfo commit = null;
                String address = "";
                try {
                    commit = Publish.lastPublishOf(blog, post).orElse(null);
                    address = commit == null ? "" : Publish.addressOf(blog, post).orElse("");
                } catch (GitException | RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "No publish commit for " + post + ": " + e.getMessage());
                }
                CommitInfo found = commit;
                String link = address;
                executors.fx().execute(() -> {
                    if (request == paperRequest) {
                        openPaperCommit.set(found);
                        openPaperAddress.set(link);
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "Window closing: publish commit not read");
        }
    }
}
