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
 * resolution, the header's PDF line, PDFs dropped on the paper or on a row of the list, a PDF dropped on the list
 * elsewhere (or File → New paper from PDF…) becoming a new paper, the actions Insert → Image…, Attach PDF…,
 * Open PDF (Ctrl+Shift+O), and View → Show remote images (off unless the user turns it on).
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
    private Consumer<Long> showPaper = id -> { };

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

    /** How the window shows a paper made of a PDF (or the one a PDF was attached to instead): selects it. */
    public void onPaperMade(Consumer<Long> show) {
        this.showPaper = show;
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
     * paper's. The attach dialog asks first (link or copy). A PDF dropped on the list but on no paper's row (or on the
     * window's right side while no paper is open) is not yet a paper: it becomes a new one, once the user confirmed
     * what the PDF says it is.
     */
    public void acceptDrops(Node paperView, Node paperList) {
        acceptPdfDrops(paperView, event -> attachments.openPaperId() == 0 ? NEW_PAPER : (Object) attachments.openPaperId());
        acceptPdfDrops(paperList, event -> {
            Object row = rowPaper(event);
            return row != null ? row : NEW_PAPER;
        });
    }

    /** Where a PDF dropped on no paper's row goes. */
    private static final Object NEW_PAPER = new Object();

    public List<AppAction> actions() {
        var noPaper = attachments.noPaper();
        return List.of(
                AppAction.of("insert-image", "action.insertImage", this::insertImage, "Shortcut+Shift+I").disabledWhen(noPaper),
                AppAction.of("attach-pdf", "action.attachPdf", this::choosePdf).disabledWhen(noPaper),
                AppAction.of("new-paper-from-pdf", "action.newPaperFromPdf", this::chooseNewPaperPdf),
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

    private void chooseNewPaperPdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("newPdf.choose.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.get("pdf.choose.filter"), "*.pdf", "*.PDF"),
                new FileChooser.ExtensionFilter(messages.get("library.filterAll"), "*"));
        File file = chooser.showOpenDialog(window.get());
        if (file != null) {
            newPaperFrom(file.toPath());
        }
    }

    /**
     * Reads the PDF and asks the user to confirm the paper it is: Create stores it with the PDF attached (linked or
     * copied as chosen), Cancel stores nothing, and a paper the library already has can get the PDF instead.
     */
    public void newPaperFrom(Path file) {
        NewPaperFromPdfViewModel viewModel = attachments.newPaperFromPdf(messages, preferences.copyPdfs());
        viewModel.read(file, () -> {
            long[] created = {0};
            NewPaperFromPdfDialog.Choice choice = NewPaperFromPdfDialog.show(window.get(), messages, viewModel,
                    paper -> created[0] = paper.id());
            if (choice == NewPaperFromPdfDialog.Choice.CREATED) {
                showPaper.accept(created[0]);
            } else if (choice == NewPaperFromPdfDialog.Choice.ATTACH_TO_EXISTING) {
                long existing = viewModel.existingProperty().get().id();
                pdf.attach(existing, file, viewModel.copyProperty().get(), () -> showPaper.accept(existing));
            }
        }, problem -> {
            javafx.scene.control.Alert alert = org.papernotes.ui.common.Dialogs.localize(new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.WARNING, problem), messages);
            alert.initOwner(window.get());
            alert.setTitle(messages.get("newPdf.title"));
            alert.setHeaderText(messages.format("newPdf.refused", file.getFileName()));
            alert.getDialogPane().setId("new-paper-pdf-refused");
            alert.show();
        });
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
        static final Target NEW = new Target(0, null);
    }

    private void acceptPdfDrops(Node node, java.util.function.Function<DragEvent, Object> paperOf) {
        node.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (!event.isConsumed() && pdfIn(event).isPresent() && target(paperOf.apply(event)).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        node.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            if (event.isConsumed()) {
                return; // .bib files with the PDF: Add papers from… takes them all (ui.bibliography)
            }
            Optional<Path> file = pdfIn(event);
            Optional<Target> target = target(paperOf.apply(event));
            if (file.isPresent() && target.isPresent()) {
                event.setDropCompleted(true);
                event.consume();
                // After the drop has returned: a dialog inside the drop handler would hold up the dragging program.
                Target to = target.get();
                javafx.application.Platform.runLater(() -> {
                    if (to == Target.NEW) {
                        newPaperFrom(file.get());
                    } else {
                        confirmAndAttach(to.paperId(), to.title(), file.get());
                    }
                });
            }
        });
    }

    private Optional<Target> target(Object paper) {
        if (paper == NEW_PAPER) {
            return Optional.of(Target.NEW);
        }
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
