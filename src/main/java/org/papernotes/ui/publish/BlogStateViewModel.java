package org.papernotes.ui.publish;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.papernotes.blog.BlogFolder;
import org.papernotes.git.CheckoutStatus;
import org.papernotes.git.CommitInfo;
import org.papernotes.git.GitException;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.PaperViewModel;
import org.papernotes.workflow.PostAddress;
import org.papernotes.workflow.Publish;

/**
 * The blog checkout's git state for the status bar: branch, ahead/behind, uncommitted changes, last publish
 * (with the post's address on the site), and the commit that published the open paper's post. Read from local
 * data only, on the publish thread; never at start-up (the first read comes after a pause, or after a publish).
 */
public final class BlogStateViewModel {

    private static final System.Logger LOG = System.getLogger(BlogStateViewModel.class.getName());

    private final Library library;
    private final UiExecutors executors;
    private final Executor worker;
    private final PaperViewModel paper;
    private final ReadOnlyObjectWrapper<CheckoutStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lastPublishAddress = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CommitInfo> openPaperCommit = new ReadOnlyObjectWrapper<>();
    private Path folder;
    private long paperRequest;

    BlogStateViewModel(Library library, UiExecutors executors, Executor worker, PaperViewModel paper) {
        this.library = library;
        this.executors = executors;
        this.worker = worker;
        this.paper = paper;
        paper.paperProperty().addListener((o, old, now) -> {
            if (old == null || now == null || old.id() != now.id() || !old.blog().equals(now.blog())) {
                readOpenPaper(now);
            }
        });
    }

    /** The checkout's state; null when no blog folder is known or it is not a git checkout. */
    public ReadOnlyObjectProperty<CheckoutStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The address on the site of the last published post; empty when unknown. */
    public ReadOnlyStringProperty lastPublishAddressProperty() {
        return lastPublishAddress.getReadOnlyProperty();
    }

    /** The publish commit of the open paper's post; null when it was not published (or no paper is open). */
    public ReadOnlyObjectProperty<CommitInfo> openPaperCommitProperty() {
        return openPaperCommit.getReadOnlyProperty();
    }

    /** Reads the state a few seconds from now: after start-up, never during it. */
    public void refreshLater() {
        executors.scheduler().schedule(java.time.Duration.ofSeconds(3), this::refresh);
    }

    /** Reads the state again (after a publish, or when asked). */
    public void refresh() {
        executors.run(() -> Publish.rememberedBlogFolder(library).orElse(null), remembered -> {
            folder = remembered;
            if (remembered == null) {
                status.set(null);
                return;
            }
            worker.execute(() -> {
                CheckoutStatus read = null;
                String address = "";
                try {
                    read = Publish.status(remembered);
                    Optional<CommitInfo> last = read.lastPublish();
                    address = last.flatMap(commit -> commit.paths().stream().filter(p -> p.startsWith("_posts/"))
                            .map(p -> PostAddress.of(BlogFolder.blogFolder(remembered), p)).flatMap(Optional::stream)
                            .findFirst()).orElse("");
                } catch (GitException | RuntimeException e) {
                    LOG.log(System.Logger.Level.DEBUG, "No git state for " + remembered + ": " + e.getMessage());
                }
                CheckoutStatus result = read;
                String link = address;
                executors.fx().execute(() -> {
                    status.set(result);
                    lastPublishAddress.set(link);
                    readOpenPaper(paper.getPaper());
                });
            });
        }, e -> LOG.log(System.Logger.Level.DEBUG, "No blog folder: " + e.getMessage()));
    }

    private void readOpenPaper(Paper paper) {
        long request = ++paperRequest;
        openPaperCommit.set(null);
        String post = paper == null ? null : paper.blog().lastExportPath();
        Path blog = folder;
        if (post == null || blog == null) {
            return;
        }
        worker.execute(() -> {
            CommitInfo commit = null;
            try {
                commit = Publish.lastPublishOf(blog, post).orElse(null);
            } catch (GitException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "No publish commit for " + post + ": " + e.getMessage());
            }
            CommitInfo found = commit;
            executors.fx().execute(() -> {
                if (request == paperRequest) {
                    openPaperCommit.set(found);
                }
            });
        });
    }
}
