package org.papernotes.ui.attachments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import org.papernotes.images.FileProblem;
import org.papernotes.images.FileRejectedException;
import org.papernotes.images.ImageIngest;
import org.papernotes.images.IngestedImage;
import org.papernotes.model.Attachment;
import org.papernotes.model.ImageLink;
import org.papernotes.store.Library;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.workflow.AttachFiles;

/**
 * Adding images to the open paper's note: files (dropped, chosen, copied in a file manager) and pixels or bytes
 * from the clipboard. The work (checking, scaling, storing) runs on the store thread; the answer, on the FX thread,
 * is the Markdown to insert and the files refused, each with why. Nothing is stored for a file that is refused.
 */
public final class NoteImagesViewModel {

    /** The outcome of one request: the Markdown of the images added (empty if none) and the files refused. */
    public record Added(long paperId, String markdown, List<Refused> refused) {
    }

    /** A file that was not added, with why. */
    public record Refused(String file, FileProblem problem) {
    }

    /** An image from the clipboard: its bytes as a file would have them, or pixels (a screenshot). */
    public record ClipboardImage(byte[] bytes, int[] argb, int width, int height, String fileName) {
    }

    private final Library library;
    private final UiExecutors executors;
    private final LongSupplier openPaper;
    private final PreviewImages preview;
    private final AttachFiles attach;

    /**
     * @param openPaper the id of the open paper (0 for none), read on the FX thread
     * @param preview   told when an image was added, so the preview looks again
     */
    public NoteImagesViewModel(Library library, UiExecutors executors, LongSupplier openPaper, PreviewImages preview) {
        this.library = library;
        this.executors = executors;
        this.openPaper = openPaper;
        this.preview = preview;
        this.attach = new AttachFiles(library);
    }

    public long openPaper() {
        return openPaper.getAsLong();
    }

    /** Adds image files to the open paper; {@code done} gets their links, one paragraph each. */
    public void addFiles(List<Path> files, BiConsumer<NoteImagesViewModel, Added> done) {
        long paperId = openPaper.getAsLong();
        if (paperId == 0 || files.isEmpty()) {
            return;
        }
        List<Path> copy = List.copyOf(files);
        executors.run(() -> {
            List<String> links = new ArrayList<>();
            List<Refused> refused = new ArrayList<>();
            for (Path file : copy) {
                try {
                    Attachment image = attach.addImage(paperId, file);
                    links.add(markdown(image, ImageLink.stem(file.getFileName().toString())));
                } catch (FileRejectedException e) {
                    refused.add(new Refused(String.valueOf(file.getFileName()), e.problem()));
                }
            }
            return new Added(paperId, String.join("\n\n", links), refused);
        }, added -> finished(added, done), error -> done.accept(this, new Added(paperId, "",
                List.of(new Refused("", FileProblem.of(FileProblem.Code.UNREADABLE, String.valueOf(error.getMessage())))))));
    }

    /** Adds an image from the clipboard to the open paper. */
    public void addClipboardImage(ClipboardImage image, BiConsumer<NoteImagesViewModel, Added> done) {
        long paperId = openPaper.getAsLong();
        if (paperId == 0) {
            return;
        }
        executors.run(() -> {
            try {
                IngestedImage checked = image.bytes() != null ? ImageIngest.fromBytes(image.bytes(), image.fileName())
                        : ImageIngest.fromPixels(image.argb(), image.width(), image.height(), image.fileName());
                Attachment stored = attach.addImage(paperId, checked);
                return new Added(paperId, markdown(stored, checked.alt()), List.of());
            } catch (FileRejectedException e) {
                return new Added(paperId, "", List.of(new Refused(image.fileName(), e.problem())));
            }
        }, added -> finished(added, done), error -> done.accept(this, new Added(paperId, "",
                List.of(new Refused(image.fileName(), FileProblem.of(FileProblem.Code.UNREADABLE, String.valueOf(error.getMessage())))))));
    }

    private void finished(Added added, BiConsumer<NoteImagesViewModel, Added> done) {
        if (!added.markdown().isEmpty()) {
            preview.changed();
        }
        done.accept(this, added);
    }

    private static String markdown(Attachment image, String alt) {
        return ImageLink.markdown(alt.isBlank() ? ImageLink.stem(image.name()) : alt, image.link());
    }

    Library library() {
        return library;
    }
}
