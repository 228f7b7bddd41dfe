package org.papernotes.ui.blog;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.papernotes.blog.BlogFolder;
import org.papernotes.blog.BlogMath;
import org.papernotes.blog.PostRenderer;
import org.papernotes.markdown.PreviewMath;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.PaperViewModel;
import org.papernotes.workflow.BlogSettings;

/**
 * How the preview shows the open paper's math so that it looks as it will on the blog: an imported post is read
 * as kramdown reads it (its escapes between single dollars), with the blog's MathJax set-up (the export folder's,
 * or the folder it was imported from); and while an imported post is unedited, the formulas that blog will not
 * show are marked, since exporting it unchanged leaves them so. Once the note is edited, export writes it safe,
 * and the marks go.
 */
public final class PreviewMathViewModel {

    private final Library library;
    private final UiExecutors executors;
    private final ReadOnlyObjectWrapper<PreviewMath> previewMath = new ReadOnlyObjectWrapper<>(PreviewMath.NOTE);
    private String unshownTitle = "";
    private String loadedNote;
    private long request;

    PreviewMathViewModel(Library library, UiExecutors executors, PaperViewModel paper) {
        this.library = library;
        this.executors = executors;
        paper.paperProperty().addListener((o, old, now) -> {
            if (now == null || old == null || now.id() != old.id() || !now.blog().equals(old.blog())) {
                refresh(now);
            }
        });
        paper.noteProperty().addListener((o, old, now) -> {
            PreviewMath math = previewMath.get();
            if (math.markUnshown() && loadedNote != null && !Objects.equals(now, loadedNote)) {
                previewMath.set(new PreviewMath(math.writtenForKramdown(), math.blogShowsDollars(), false, unshownTitle));
            }
        });
        refresh(paper.getPaper());
    }

    public ReadOnlyObjectProperty<PreviewMath> previewMathProperty() {
        return previewMath.getReadOnlyProperty();
    }

    /** The tooltip of a marked formula, in the interface's language. */
    public void setUnshownTitle(String title) {
        unshownTitle = title == null ? "" : title;
        PreviewMath math = previewMath.get();
        previewMath.set(new PreviewMath(math.writtenForKramdown(), math.blogShowsDollars(), math.markUnshown(), unshownTitle));
    }

    private void refresh(Paper open) {
        long current = ++request;
        if (open == null) {
            loadedNote = null;
            previewMath.set(PreviewMath.NOTE);
            return;
        }
        boolean imported = open.blog().originalFrontMatter() != null;
        long id = open.id();
        String note = open.note();
        executors.run(() -> {
            BlogSettings settings = new BlogSettings(library);
            Path folder = settings.exportFolder().or(() -> settings.importSource().filter(BlogFolder::isBlogCheckout))
                    .orElse(null);
            BlogMath math = BlogMath.of(folder);
            var origin = library.papers().postOrigin(id);
            // unedited and never written since its import: the blog has the post as it was
            boolean unedited = imported && origin.lastExportedAt() == null
                    && PostRenderer.unchangedSinceImport(note, open.blog(), origin);
            return new PreviewMath(imported, math.findsDollars(), unedited, unshownTitle);
        }, math -> {
            if (current == request) {
                loadedNote = note;
                previewMath.set(math);
            }
        }, error -> previewMath.set(PreviewMath.NOTE));
    }
}
