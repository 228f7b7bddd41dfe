package org.papernotes.ui.blog;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.papernotes.store.Library;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.PaperViewModel;

/**
 * The window's access to the blog: makes the export, import and slug view models on one library, and runs
 * exports and imports on a thread of their own, so that the list and autosave keep working while a dialog
 * waits for an answer about a file.
 */
public final class BlogWork implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BlogWork.class.getName());

    private final Library library;
    private final UiExecutors executors;
    private final PaperViewModel paper;
    private final Runnable papersChanged;
    private final ExecutorService worker = UiExecutors.singleThread("papernotes-blog");
    private final java.util.Set<BlogTaskViewModel> tasks =
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private SlugViewModel slug;
    private PostStatusViewModel postStatus;
    private PreviewMathViewModel previewMath;
    /** Set on the FX thread at close: results arriving later no longer touch the (closed) library. */
    private boolean closed;

    /**
     * @param paper         the open paper (its pending edits are stored before an export; it is reloaded after)
     * @param papersChanged reloads the list and the sidebar counts after an import
     */
    public BlogWork(Library library, UiExecutors executors, PaperViewModel paper, Runnable papersChanged) {
        this.library = library;
        this.executors = executors;
        this.paper = paper;
        this.papersChanged = papersChanged;
    }

    /** An export of {@code selected}, or of {@code shown} (the papers the list shows) if the user chooses so. */
    public ExportViewModel newExport(List<ExportViewModel.Item> selected, List<ExportViewModel.Item> shown) {
        paper.flush();
        return remember(new ExportViewModel(library, executors, worker, selected, shown, () -> {
            if (!closed) {
                paper.reloadBlog();
            }
        }));
    }

    public ImportViewModel newImport() {
        paper.flush();
        return remember(new ImportViewModel(library, executors, worker, report -> {
            if (closed) {
                return;
            }
            papersChanged.run();
            var open = paper.getPaper();
            if (open != null && report.entries().stream().anyMatch(e -> e.paperId() == open.id())) {
                paper.reload();
            }
        }));
    }

    private <T extends BlogTaskViewModel> T remember(T task) {
        tasks.add(task);
        return task;
    }

    /** The slug of the open paper (one for the window, made on first use). */
    public SlugViewModel slug() {
        if (slug == null) {
            slug = new SlugViewModel(library, executors, paper);
        }
        return slug;
    }

    /** Where the open paper's post stands (one for the window, made on first use). */
    public PostStatusViewModel postStatus() {
        if (postStatus == null) {
            postStatus = new PostStatusViewModel(library, executors, paper);
        }
        return postStatus;
    }

    /** How the preview shows the open paper's math (one for the window, made on first use). */
    public PreviewMathViewModel previewMath() {
        if (previewMath == null) {
            previewMath = new PreviewMathViewModel(library, executors, paper);
        }
        return previewMath;
    }

    /** Lets a running export or import finish (it writes to the library) before the library closes. */
    @Override
    public void close() {
        closed = true;
        tasks.forEach(BlogTaskViewModel::cancel);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Blog export or import still running after 10 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
