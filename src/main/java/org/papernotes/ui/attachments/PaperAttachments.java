package org.papernotes.ui.attachments;

import java.util.function.Consumer;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.PaperViewModel;
import org.papernotes.workflow.NewPaperFromPdf;

/**
 * The images and PDF of the open paper, for one library: the preview's image resolution (and the {@code pnimg:}
 * server, registered while the library is open) follows the open paper, and the view models of note images and the
 * PDF are made from here. The window's view model owns it and closes it with the library.
 */
public final class PaperAttachments implements AutoCloseable {

    private final Library library;
    private final UiExecutors executors;
    private final PaperViewModel paper;
    private final PreviewImages previewImages;
    private final NoteImagesViewModel noteImages;

    public PaperAttachments(Library library, UiExecutors executors, PaperViewModel paper) {
        this.library = library;
        this.executors = executors;
        this.paper = paper;
        this.previewImages = new PreviewImages(library, new PreviewImages.Words("Image not found:", "Remote image not loaded:"));
        this.noteImages = new NoteImagesViewModel(library, executors, this::openPaperId, previewImages);
        previewImages.setPaper(openPaperId());
        paper.paperProperty().addListener((o, old, now) -> previewImages.setPaper(openPaperId()));
    }

    public long openPaperId() {
        Paper open = paper.getPaper();
        return open == null ? 0 : open.id();
    }

    public String openPaperTitle() {
        return paper.titleProperty().get();
    }

    /** True while no paper is open. */
    public javafx.beans.value.ObservableBooleanValue noPaper() {
        return paper.paperProperty().isNull();
    }

    public PreviewImages previewImages() {
        return previewImages;
    }

    public NoteImagesViewModel noteImages() {
        return noteImages;
    }

    /** A view model of the open paper's PDF, in {@code messages}' language; it follows the open paper. */
    public PaperPdfViewModel newPdfViewModel(Messages messages, Consumer<String> opener) {
        PaperPdfViewModel pdf = new PaperPdfViewModel(library, executors, messages, opener);
        pdf.show(openPaperId());
        paper.paperProperty().addListener((o, old, now) -> {
            long id = openPaperId();
            if (id != pdf.paperId()) {
                pdf.show(id);
            }
        });
        return pdf;
    }

    /** A view model for making a new paper of a PDF, in {@code messages}' language. */
    public NewPaperFromPdfViewModel newPaperFromPdf(Messages messages, boolean copyByDefault) {
        return new NewPaperFromPdfViewModel(new NewPaperFromPdf(library), executors, messages, copyByDefault);
    }

    @Override
    public void close() {
        previewImages.close();
    }
}
