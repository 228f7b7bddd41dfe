package org.papernotes.ui.attachments;

import java.io.File;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritablePixelFormat;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import org.fxmisc.richtext.CodeArea;
import org.papernotes.ui.common.Dialogs;
import org.papernotes.ui.common.Messages;
import org.papernotes.workflow.AttachFiles;

/**
 * Images into the note editor: Ctrl+V (and Shift+Insert) of an image or of image files on the clipboard, image files
 * dropped on the editor (the link goes where they are dropped), and {@link #chooseFiles()} for Insert → Image….
 * The link is inserted as one edit, so one undo removes it; text on the clipboard is pasted as text, as before.
 * PDFs among the files go to {@code pdfFiles} (they become the paper's PDF). Files that are neither, or that are
 * refused, are named in one message, each with why; nothing else changes.
 */
public final class NoteImageInput {

    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE_INSERT = new KeyCodeCombination(KeyCode.INSERT, KeyCombination.SHIFT_DOWN);
    /** The clipboard formats of image bytes as browsers and image viewers put them there, best first. */
    private static final List<String> IMAGE_TYPES = List.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "image/svg+xml");

    private final CodeArea area;
    private final NoteImagesViewModel viewModel;
    private final Messages messages;
    private final Consumer<List<Path>> pdfFiles;

    private NoteImageInput(CodeArea area, NoteImagesViewModel viewModel, Messages messages, Consumer<List<Path>> pdfFiles) {
        this.area = area;
        this.viewModel = viewModel;
        this.messages = messages;
        this.pdfFiles = pdfFiles;
    }

    /** Installs paste and drop of images on the editor; returns the input, for Insert → Image…. */
    public static NoteImageInput install(CodeArea area, NoteImagesViewModel viewModel, Messages messages,
                                         Consumer<List<Path>> pdfFiles) {
        NoteImageInput input = new NoteImageInput(area, viewModel, messages, pdfFiles);
        area.addEventFilter(KeyEvent.KEY_PRESSED, input::keyPressed);
        area.addEventHandler(DragEvent.DRAG_OVER, input::dragOver);
        area.addEventHandler(DragEvent.DRAG_DROPPED, input::dropped);
        return input;
    }

    /** Insert → Image…: image files chosen in a dialog go in at the caret. */
    public void chooseFiles() {
        if (viewModel.openPaper() == 0 || area.getScene() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("image.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("image.choose.filter"), PreviewImages.extensions()),
                new FileChooser.ExtensionFilter(messages.get("library.filterAll"), "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(area.getScene().getWindow());
        if (chosen != null && !chosen.isEmpty()) {
            addFiles(chosen.stream().map(File::toPath).toList(), area.getCaretPosition());
        }
    }

    private void keyPressed(KeyEvent event) {
        if ((PASTE.match(event) || PASTE_INSERT.match(event)) && pasteImage(Clipboard.getSystemClipboard())) {
            event.consume();
        }
    }

    /**
     * Pastes what the clipboard holds as an image, if it holds one: image or PDF files copied in a file manager, or
     * an image (a screenshot, "Copy image" in a browser or PDF viewer) with no text beside it. Returns whether it did.
     */
    boolean pasteImage(Clipboard clipboard) {
        if (viewModel.openPaper() == 0) {
            return false;
        }
        if (clipboard.hasFiles()) {
            List<Path> files = clipboard.getFiles().stream().map(File::toPath).toList();
            if (!files.isEmpty() && files.stream().allMatch(f -> AttachFiles.kind(f) != AttachFiles.Kind.OTHER)) {
                addFiles(files, area.getSelection().getStart());
                return true;
            }
        }
        if (clipboard.hasString() && !clipboard.getString().isBlank()) {
            return false; // text wins: a copied passage with a picture in it is pasted as its text
        }
        Optional<NoteImagesViewModel.ClipboardImage> image = clipboardImage(clipboard);
        if (image.isEmpty()) {
            return false;
        }
        int at = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        viewModel.addClipboardImage(image.get(), (vm, added) -> {
            if (!added.markdown().isEmpty() && vm.openPaper() == added.paperId()) {
                insert(at, end, added.markdown());
            }
            report(added);
        });
        return true;
    }

    private Optional<NoteImagesViewModel.ClipboardImage> clipboardImage(Clipboard clipboard) {
        String name = fileName(clipboard);
        for (String type : IMAGE_TYPES) {
            DataFormat format = DataFormat.lookupMimeType(type);
            byte[] bytes = format == null ? null : bytes(clipboard.getContent(format));
            if (bytes != null && bytes.length > 0) {
                return Optional.of(new NoteImagesViewModel.ClipboardImage(bytes, null, 0, 0, name));
            }
        }
        if (!clipboard.hasImage()) {
            return Optional.empty();
        }
        Image image = clipboard.getImage();
        PixelReader reader = image == null ? null : image.getPixelReader();
        if (reader == null || image.getWidth() < 1 || image.getHeight() < 1) {
            return Optional.empty();
        }
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        reader.getPixels(0, 0, width, height, WritablePixelFormat.getIntArgbInstance(), argb, 0, width);
        return Optional.of(new NoteImagesViewModel.ClipboardImage(null, argb, width, height, name));
    }

    /** The image's own file name when the clipboard names its address (a browser's "Copy image"), else "image". */
    private String fileName(Clipboard clipboard) {
        String fallback = messages.get("image.pasted.name") + ".png";
        if (!clipboard.hasUrl()) {
            return fallback;
        }
        try {
            String path = URI.create(clipboard.getUrl().strip()).getPath();
            String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
            return last.contains(".") ? last : fallback;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static byte[] bytes(Object content) {
        if (content instanceof byte[] array) {
            return array;
        }
        if (content instanceof ByteBuffer buffer) {
            byte[] array = new byte[buffer.remaining()];
            buffer.duplicate().get(array);
            return array;
        }
        return null;
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && viewModel.openPaper() != 0) {
            event.acceptTransferModes(TransferMode.COPY);
            // The caret shows where the link will go.
            area.displaceCaret(area.hit(event.getX(), event.getY()).getInsertionIndex());
            event.consume();
        }
    }

    private void dropped(DragEvent event) {
        if (!event.getDragboard().hasFiles() || viewModel.openPaper() == 0) {
            return;
        }
        int at = area.hit(event.getX(), event.getY()).getInsertionIndex();
        addFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList(), at);
        event.setDropCompleted(true);
        event.consume();
    }

    /** Images go into the note at {@code at}, PDFs to the paper, anything else is named as refused. */
    private void addFiles(List<Path> files, int at) {
        List<Path> images = new ArrayList<>();
        List<Path> pdfs = new ArrayList<>();
        for (Path file : files) {
            switch (AttachFiles.kind(file)) {
                case PDF -> pdfs.add(file);
                case IMAGE, OTHER -> images.add(file); // checked as an image, which says why another file is refused
            }
        }
        if (!pdfs.isEmpty()) {
            pdfFiles.accept(pdfs);
        }
        if (!images.isEmpty()) {
            viewModel.addFiles(images, (vm, added) -> {
                if (!added.markdown().isEmpty() && vm.openPaper() == added.paperId()) {
                    insert(at, at, added.markdown());
                }
                report(added);
            });
        }
    }

    /** One edit (one undo) that replaces {@code from..to} with the link; the caret goes after it. */
    private void insert(int from, int to, String markdown) {
        int length = area.getLength();
        int start = Math.min(from, length);
        int end = Math.max(start, Math.min(to, length));
        area.getUndoManager().preventMerge();
        area.replaceText(start, end, markdown);
        area.getUndoManager().preventMerge();
        area.moveTo(start + markdown.length());
        area.requestFollowCaret();
        area.requestFocus();
    }

    private void report(NoteImagesViewModel.Added added) {
        if (added.refused().isEmpty() || area.getScene() == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (NoteImagesViewModel.Refused refused : added.refused()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(messages.format("image.refused.file", refused.file(), AttachProblems.text(messages, refused.problem())));
        }
        Alert alert = Dialogs.localize(new Alert(Alert.AlertType.WARNING, text.toString()), messages);
        alert.initOwner(area.getScene().getWindow());
        alert.setTitle(messages.get("image.refused.title"));
        alert.setHeaderText(messages.format("image.refused.header", added.refused().size()));
        alert.getDialogPane().setId("image-refused");
        alert.show();
    }
}
