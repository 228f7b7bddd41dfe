package org.papernotes.ui.bibliography;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;
import org.papernotes.markdown.CitationResolver;
import org.papernotes.ui.actions.AppAction;
import org.papernotes.ui.common.AppPreferences;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.detail.PaperHeaderView;
import org.papernotes.ui.editor.NotePane;
import org.papernotes.ui.papers.PaperListView;

/**
 * What one window shows and offers of papers as papers: File → Add papers from… (Ctrl+Shift+N), pasting a DOI, an
 * arXiv id, BibTeX or .bib/.pdf files into the paper list and dropping a .bib on it (both open that dialog, already
 * looking up), File → Export BibTeX…, View → Citation key column (remembered), the header's abstract folded or not
 * (remembered), and in the note: {@code [@} completion, citations in the preview, a click on one opening its paper.
 */
public final class BibliographyControls {

    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final BibliographyWork work;
    private final Messages messages;
    private final AppPreferences preferences;
    private final Supplier<Window> window;
    private final LongConsumer openPaper;
    private final List<Long> selectedIds;
    private final List<String> tagNames;
    private AddPapersDialog lastAdd;
    private String draggedText;
    private boolean draggedTextNamesPapers;
    private ExportBibtexDialog lastBibtex;

    /**
     * @param openPaper   opens a paper of the library in the window (clearing the list's filter if it hides it)
     * @param selectedIds the list's selection (read when Export BibTeX opens)
     * @param tagNames    the library's tags
     */
    public BibliographyControls(BibliographyWork work, Messages messages, AppPreferences preferences,
                                Supplier<Window> window, LongConsumer openPaper, List<Long> selectedIds,
                                List<String> tagNames) {
        this.work = work;
        this.messages = messages;
        this.preferences = preferences;
        this.window = window;
        this.openPaper = openPaper;
        this.selectedIds = selectedIds;
        this.tagNames = tagNames;
    }

    public List<AppAction> actions() {
        return List.of(
                AppAction.of("add-papers", "action.addPapers", () -> addPapers(""), "Shortcut+Shift+N"),
                AppAction.of("export-bibtex", "action.exportBibtex", this::exportBibtex));
    }

    /** View → Citation key column: the list's optional column, remembered. */
    public CheckMenuItem keyColumnItem(PaperListView list) {
        CheckMenuItem item = new CheckMenuItem(messages.get("menu.keyColumn"));
        item.setId("menu-key-column");
        item.setSelected(preferences.keyColumn());
        list.keyColumnShownProperty().set(item.isSelected());
        item.selectedProperty().addListener((o, was, shown) -> {
            list.keyColumnShownProperty().set(shown);
            preferences.setKeyColumn(shown);
        });
        return item;
    }

    /**
     * Ctrl+V in the paper list adds what the clipboard holds (identifiers, BibTeX, .bib or .pdf files); a .bib (or
     * text) dropped on the list too. PDFs dropped on the list are the attachments' (a paper's PDF).
     */
    public void acceptPasteAndDrops(Node paperList) {
        paperList.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (PASTE.match(event)) {
                Clipboard clipboard = Clipboard.getSystemClipboard();
                String text = clipboard.hasFiles() ? paths(clipboard.getFiles()) : clipboard.getString();
                if (text != null && !text.isBlank()) {
                    event.consume();
                    addPapers(text);
                }
            }
        });
        paperList.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (dropped(event) != null) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        paperList.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            String text = dropped(event);
            if (text != null) {
                event.setDropCompleted(true);
                event.consume();
                // After the drop has returned: a dialog inside the handler would hold up the dragging program.
                Platform.runLater(() -> addPapers(text));
            }
        });
    }

    /** The header's abstract: folded to one line or whole, as the user last left it. */
    public void install(PaperHeaderView header) {
        header.abstractOpenProperty().set(preferences.abstractOpen());
        header.abstractOpenProperty().addListener((o, was, open) -> preferences.setAbstractOpen(open));
    }

    /**
     * The note's citations: {@code [@} completion from the library's keys, the preview showing each as its paper
     * (rendered again when a key, title, author or year changes).
     */
    public void install(NotePane pane) {
        CitationIndex index = work.citations();
        pane.setCitations(index.resolver(key -> messages.format("preview.citation.unknown", key)), index);
        index.versionProperty().addListener((o, old, now) -> pane.refreshPreview());
        index.ensureLoaded();
    }

    /** Links clicked in the preview: a citation opens its paper here, anything else goes to {@code browser}. */
    public Consumer<String> linkOpener(Consumer<String> browser) {
        return address -> {
            var paper = CitationResolver.paperOf(address);
            if (paper.isPresent()) {
                openPaper.accept(paper.get());
            } else {
                browser.accept(address);
            }
        };
    }

    /** Opens "Add papers from…", looking up {@code text} at once when there is some. */
    public AddPapersDialog addPapers(String text) {
        AddPapersViewModel add = work.newAdd();
        add.setCopyPdfs(preferences.copyPdfs());
        lastAdd = new AddPapersDialog(window.get(), messages, add, openPaper);
        lastAdd.show();
        if (text != null && !text.isBlank()) {
            add.inputProperty().set(text.strip());
            add.find();
        }
        return lastAdd;
    }

    public ExportBibtexDialog exportBibtex() {
        lastBibtex = new ExportBibtexDialog(window.get(), messages,
                work.newBibtexExport(List.copyOf(selectedIds), List.copyOf(tagNames)));
        lastBibtex.show();
        return lastBibtex;
    }

    /** The add dialog opened last (for tests). */
    public AddPapersDialog lastAdd() {
        return lastAdd;
    }

    /** The BibTeX export dialog opened last (for tests). */
    public ExportBibtexDialog lastBibtex() {
        return lastBibtex;
    }

    /**
     * What a drop on the list adds: .bib files (with any PDFs dropped along), or text; null for anything else (PDFs
     * alone, images: ui.attachments takes those).
     */
    private String dropped(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            List<File> files = event.getDragboard().getFiles();
            if (files.stream().noneMatch(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".bib"))) {
                return null;
            }
            return paths(files.stream().filter(f -> {
                String name = f.getName().toLowerCase(Locale.ROOT);
                return name.endsWith(".bib") || name.endsWith(".pdf");
            }).toList());
        }
        String text = event.getDragboard().hasString() ? event.getDragboard().getString() : null;
        if (text == null) {
            return null;
        }
        // A drag asks many times a second, and the answer looks at files: it is kept for the dragged text.
        if (!text.equals(draggedText)) {
            draggedText = text;
            draggedTextNamesPapers = AddPapersViewModel.names(text);
        }
        return draggedTextNamesPapers ? text : null;
    }

    private static String paths(List<File> files) {
        StringBuilder text = new StringBuilder();
        for (File file : files) {
            Path path = file.toPath().toAbsolutePath();
            text.append(path).append('\n');
        }
        return text.toString();
    }
}
