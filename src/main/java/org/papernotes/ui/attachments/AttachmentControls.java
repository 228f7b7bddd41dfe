package org.papernotes.ui.attachments;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.papernotes.ui.actions.AppAction;
import org.papernotes.ui.common.AppPreferences;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.editor.NotePane;
import org.papernotes.ui.papers.PaperListEntry;
import org.papernotes.workflow.AttachFiles;

/**
 * What one window shows and offers of images and PDFs: the editor's paste and drop of images, the preview's image
 * resolution, the header's PDF line, PDFs dropped on the paper or on a row of the list, the actions Insert → Image…,
 * Attach PDF…, Open PDF (Ctrl+Shift+O), and View → Show remote images (off unless the user turns it on).
 */
public final class AttachmentControls {

    private final PaperAttachments attachments;
    private final Messages messages;
    private final AppPreferences preferences;
    private final Supplier<Window> window;
    private final PaperPdfViewModel pdf;
    private NoteImageInput imageInput;
    private NotePane notePane;
    private List<File> draggedFiles = List.of();
    private Optional<Path> draggedPdf = Optional.empty();

    public AttachmentControls(PaperAttachments attachments, Messages messages, AppPreferences preferences,
                              Consumer<String> opener, Supplier<Window> window) {
        this.attachments = attachments;
        this.messages = messages;
        this.preferences = preferences;
        this.window = window;
        this.pdf = attachments.newPdfViewModel(messages, opener);
        attachments.previewImages().setWords(new PreviewImages.Words(messages.get("image.missing"),
                messages.get("image.remoteBlocked")));
        attachments.previewImages().setRemoteAllowed(preferences.remoteImages());
    }

    public PaperPdfViewModel pdf() {
        return pdf;
    }

    /** Paste and drop of images on the note's editor, and the preview's images. */
    public void install(NotePane pane) {
        notePane = pane;
        imageInput = NoteImageInput.install(pane.editor(), attachments.noteImages(), messages, this::pdfFiles);
        pane.setPreviewBlockFilter(attachments.previewImages());
        // Back in the window after saving a figure elsewhere: files the note links may have appeared.
        pane.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && scene.getWindow() != null) {
                scene.getWindow().focusedProperty().addListener((w, was, focused) -> {
                    if (focused) {
                        refreshPreview();
                    }
                });
            }
        });
    }

    /** The PDF line the paper's header shows. */
    public Node pdfView() {
        return new PaperPdfView(pdf, messages, this::choosePdf);
    }

    /**
     * PDFs dropped on the open paper (its header or note) become its PDF; dropped on a row of the list, that row's
     * paper's. The attach dialog asks first (link or copy).
     */
    public void acceptDrops(Node paperView, Node paperList) {
        acceptPdfDrops(paperView, event -> (Object) attachments.openPaperId());
        acceptPdfDrops(paperList, AttachmentControls::rowPaper);
    }

    public List<AppAction> actions() {
        var noPaper = attachments.noPaper();
        return List.of(
                AppAction.of("insert-image", "action.insertImage", this::insertImage, "Shortcut+Shift+I").disabledWhen(noPaper),
                AppAction.of("attach-pdf", "action.attachPdf", this::choosePdf).disabledWhen(noPaper),
                AppAction.of("open-pdf", "action.openPdf", pdf::open, "Shortcut+Shift+O")
                        .disabledWhen(pdf.pdfProperty().isNull()));
    }

    /** View → Show remote images in the preview (a setting, off by default). */
    public CheckMenuItem remoteImagesItem() {
        CheckMenuItem item = new CheckMenuItem(messages.get("menu.remoteImages"));
        item.setId("menu-remote-images");
        item.setSelected(preferences.remoteImages());
        item.setOnAction(e -> {
            preferences.setRemoteImages(item.isSelected());
            attachments.previewImages().setRemoteAllowed(item.isSelected());
            refreshPreview();
        });
        return item;
    }

    private void refreshPreview() {
        attachments.previewImages().changed();
        if (notePane != null) {
            notePane.refreshPreview();
        }
    }

    private void insertImage() {
        if (imageInput != null) {
            imageInput.chooseFiles();
        }
    }

    private void choosePdf() {
        long paperId = attachments.openPaperId();
        if (paperId == 0) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("pdf.choose.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.get("pdf.choose.filter"), "*.pdf", "*.PDF"),
                new FileChooser.ExtensionFilter(messages.get("library.filterAll"), "*"));
        File file = chooser.showOpenDialog(window.get());
        if (file != null) {
            confirmAndAttach(paperId, attachments.openPaperTitle(), file.toPath());
        }
    }

    /** PDFs dropped on the editor: the first one becomes the open paper's PDF. */
    private void pdfFiles(List<Path> files) {
        long paperId = attachments.openPaperId();
        if (paperId != 0 && !files.isEmpty()) {
            String title = attachments.openPaperTitle();
            javafx.application.Platform.runLater(() -> confirmAndAttach(paperId, title, files.get(0)));
        }
    }

    private void confirmAndAttach(long paperId, String title, Path file) {
        boolean isOpen = paperId == attachments.openPaperId();
        Optional<PdfAttachDialog.Answer> answer = PdfAttachDialog.ask(window.get(), messages, file, title,
                isOpen ? pdf.getPdf() : null, preferences.copyPdfs());
        answer.ifPresent(a -> {
            if (a.remember()) {
                preferences.setCopyPdfs(a.copy());
            }
            pdf.attach(paperId, file, a.copy(), () -> { });
        });
    }

    private record Target(long paperId, String title) {
    }

    private void acceptPdfDrops(Node node, java.util.function.Function<DragEvent, Object> paperOf) {
        node.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (pdfIn(event).isPresent() && target(paperOf.apply(event)).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        node.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<Path> file = pdfIn(event);
            Optional<Target> target = target(paperOf.apply(event));
            if (file.isPresent() && target.isPresent()) {
                event.setDropCompleted(true);
                event.consume();
                // After the drop has returned: a dialog inside the drop handler would hold up the dragging program.
                javafx.application.Platform.runLater(() -> confirmAndAttach(target.get().paperId(), target.get().title(), file.get()));
            }
        });
    }

    private Optional<Target> target(Object paper) {
        if (paper instanceof PaperListEntry entry) {
            return Optional.of(new Target(entry.id(), entry.paper().title()));
        }
        if (paper instanceof Long id && id != 0) {
            return Optional.of(new Target(id, attachments.openPaperTitle()));
        }
        return Optional.empty();
    }

    private static Object rowPaper(DragEvent event) {
        Node node = event.getPickResult() == null ? null : event.getPickResult().getIntersectedNode();
        while (node != null && !(node instanceof TableRow<?>)) {
            node = node.getParent();
        }
        return node instanceof TableRow<?> row ? row.getItem() : null;
    }

    /** The first PDF among the dragged files; a drag asks many times a second, so the answer is kept per drag. */
    private Optional<Path> pdfIn(DragEvent event) {
        if (!event.getDragboard().hasFiles()) {
            return Optional.empty();
        }
        List<File> files = event.getDragboard().getFiles();
        if (!files.equals(draggedFiles)) {
            draggedFiles = List.copyOf(files);
            draggedPdf = files.stream().map(File::toPath).filter(f -> AttachFiles.kind(f) == AttachFiles.Kind.PDF).findFirst();
        }
        return draggedPdf;
    }
}
