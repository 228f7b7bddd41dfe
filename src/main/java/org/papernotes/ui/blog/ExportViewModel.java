package org.papernotes.ui.blog;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.papernotes.blog.BlogExporter;
import org.papernotes.blog.BlogFolder;
import org.papernotes.blog.ExportReport;
import org.papernotes.store.Library;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.UiExecutors;

/**
 * The export dialog's state: which papers, into which blog folder (remembered per library), the post file
 * one of them would become, and the export itself with progress, cancel, questions about files PaperNotes did
 * not write, and the report.
 */
public final class ExportViewModel extends BlogTaskViewModel {

    /** A paper offered for export. */
    public record Item(long id, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    private final Library library;
    private final BlogExporter exporter;
    private final List<Item> selected;
    private final List<Item> shown;
    private final Runnable onExported;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final BooleanProperty allShown = new SimpleBooleanProperty();
    private final ObservableList<Item> papers = FXCollections.observableArrayList();
    private final ObjectProperty<Item> previewed = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExportReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FolderProblem> folderProblem = new ReadOnlyObjectWrapper<>(FolderProblem.NONE);
    private OverwriteQuestion question = OverwriteQuestion.SKIP;
    private long previewRequest;

    /**
     * @param selected   the papers selected in the list (may be empty)
     * @param shown      all papers the list shows, offered as the alternative
     * @param onExported runs on the FX thread after an export (the open paper's blog side changed)
     */
    ExportViewModel(Library library, UiExecutors executors, Executor worker, List<Item> selected, List<Item> shown,
                    Runnable onExported) {
        super(executors, worker);
        this.library = library;
        this.exporter = new BlogExporter(library);
        this.selected = List.copyOf(selected);
        this.shown = List.copyOf(shown);
        this.onExported = onExported;
        allShown.set(selected.isEmpty());
        allShown.addListener((o, old, all) -> showScope());
        previewed.addListener((o, old, item) -> renderPreview(item));
        folder.addListener((o, old, now) -> folderProblem.set(FolderProblem.NONE));
        showScope();
    }

    /** Reads the remembered blog folder (unless one was already chosen). */
    public void load() {
        executors.run(() -> BlogFolder.remembered(library).orElse(null), remembered -> {
            if (folder.get() == null && remembered != null) {
                folder.set(remembered);
            }
        }, e -> setError(ErrorMessages.of(e)));
    }

    // 'folder' property: the blog checkout (or its _posts folder) chosen
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** Where the posts go: FOLDER/_posts; null while no folder is chosen. */
    public Path postsFolder() {
        return folder.get() == null ? null : BlogFolder.blogFolder(folder.get()).resolve(BlogFolder.POSTS);
    }

    public List<Item> selected() {
        return selected;
    }

    public List<Item> shown() {
        return shown;
    }

    // 'allShown' property: export every paper the list shows instead of the selected ones
    public BooleanProperty allShownProperty() {
        return allShown;
    }

    /** The papers the export will write, in the list's order. */
    public ObservableList<Item> papers() {
        return papers;
    }

    // 'previewed' property: the paper whose post is previewed
    public ObjectProperty<Item> previewedProperty() {
        return previewed;
    }

    /** The exact text of the previewed paper's post file. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last export did not start; {@link FolderProblem#NONE} otherwise. */
    public ReadOnlyObjectProperty<FolderProblem> folderProblemProperty() {
        return folderProblem.getReadOnlyProperty();
    }

    /** Who is asked about files PaperNotes did not write (default: nobody; they are skipped). */
    public void setOverwriteQuestion(OverwriteQuestion question) {
        this.question = question == null ? OverwriteQuestion.SKIP : question;
    }

    /** Exports {@link #papers()} into the chosen folder; returns false (and says why) if the folder will not do. */
    public boolean export() {
        if (runningProperty().get()) {
            return false;
        }
        Path chosen = folder.get();
        FolderProblem problem = FolderProblem.of(chosen);
        folderProblem.set(problem);
        if (problem != FolderProblem.NONE || papers.isEmpty()) {
            return false;
        }
        report.set(null);
        List<Long> ids = papers.stream().map(Item::id).toList();
        AskingOverwritePolicy policy = new AskingOverwritePolicy(executors.fx(), question, this::isCancelRequested);
        start(progress -> exporter.export(ids, chosen, policy, progress), done -> {
            report.set(done);
            onExported.run();
        });
        return true;
    }

    private void showScope() {
        papers.setAll(allShown.get() ? shown : selected);
        Item current = previewed.get();
        previewed.set(current != null && papers.contains(current) ? current : papers.isEmpty() ? null : papers.get(0));
    }

    private void renderPreview(Item item) {
        long request = ++previewRequest;
        if (item == null) {
            preview.set("");
            return;
        }
        executors.run(() -> library.papers().find(item.id()).map(exporter::renderPost).orElse(""), text -> {
            if (request == previewRequest) {
                preview.set(text);
            }
        }, e -> setError(ErrorMessages.of(e)));
    }
}
