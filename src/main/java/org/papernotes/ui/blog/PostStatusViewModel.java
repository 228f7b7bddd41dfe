package org.papernotes.ui.blog;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.papernotes.model.Paper;
import org.papernotes.model.PostOrigin;
import org.papernotes.store.Library;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.PaperViewModel;

/**
 * Where the open paper's post stands, for the status bar: exported (and where to), imported (and from where), or
 * not on the blog. Read from the library off the FX thread whenever the open paper or its blog side changes.
 */
public final class PostStatusViewModel {

    /** What the status bar says about the post. */
    public enum Kind { NONE, IMPORTED, EXPORTED }

    /** @param path the file exported to (relative to the blog) or imported from (absolute) */
    public record Status(Kind kind, String path) {
        static final Status NONE = new Status(Kind.NONE, null);
    }

    private final Library library;
    private final UiExecutors executors;
    private final PaperViewModel paper;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.NONE);
    private long request;

    PostStatusViewModel(Library library, UiExecutors executors, PaperViewModel paper) {
        this.library = library;
        this.executors = executors;
        this.paper = paper;
        paper.paperProperty().addListener((o, old, now) -> {
            if (now == null || old == null || now.id() != old.id() || !now.blog().equals(old.blog())) {
                refresh(now);
            }
        });
        refresh(paper.getPaper());
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void refresh(Paper open) {
        long current = ++request;
        if (open == null) {
            status.set(Status.NONE);
            return;
        }
        long id = open.id();
        String exportPath = open.blog().lastExportPath();
        executors.run(() -> library.papers().postOrigin(id), origin -> {
            if (current == request) {
                status.set(of(origin, exportPath));
            }
        }, error -> status.set(Status.NONE));
    }

    static Status of(PostOrigin origin, String exportPath) {
        if (exportPath != null && (origin.lastExportedAt() != null || !origin.imported())) {
            return new Status(Kind.EXPORTED, exportPath);
        }
        if (origin.imported()) {
            return new Status(Kind.IMPORTED, origin.sourcePath());
        }
        return Status.NONE;
    }
}
