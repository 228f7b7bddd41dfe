package org.papernotes.ui.blog;

import java.nio.file.InvalidPathException;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.papernotes.blog.BlogFolder;
import org.papernotes.blog.BlogMath;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.PostBody;
import org.papernotes.store.Library;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.workflow.BlogSettings;
import org.papernotes.workflow.ExportPosts;

/**
 * The export dialog's state: which papers, into which blog folder (typed, pasted or chosen; remembered per library
 * once an export ran, never taken from an import by itself), that blog's MathJax set-up, the posts whose math it
 * cannot show and the choice to fix them, the exact text of a paper's post and how it changes the file there, and
 * the export itself with progress, cancel, questions (with the diff) about files that would change, and the report.
 */
public final class ExportViewModel extends BlogTaskViewModel {

    /** A paper offered for export. */
    public record Item(long id, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** A post exported unchanged whose math the blog cannot show. */
    public record MathFix(long id, String title, String file, int formulas) {
    }

    private final Library library;
    private final ExportPosts exporter;
    private final List<Item> selected;
    private final List<Item> shown;
    private final Runnable onExported;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final StringProperty folderText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Path> suggestedFolder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BlogMath> blogMath = new ReadOnlyObjectWrapper<>(BlogMath.UNKNOWN);
    private final BooleanProperty fixMath = new SimpleBooleanProperty();
    private final ObjectProperty<org.papernotes.workflow.PaperCard.Choice> paperCard =
            new SimpleObjectProperty<>(org.papernotes.workflow.PaperCard.Choice.NONE);
    private final ObservableList<MathFix> needingFix = FXCollections.observableArrayList();
    private final BooleanProperty allShown = new SimpleBooleanProperty();
    private final ObservableList<Item> papers = FXCollections.observableArrayList();
    private final ObjectProperty<Item> previewed = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewChanges = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExportReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FolderProblem> folderProblem = new ReadOnlyObjectWrapper<>(FolderProblem.NONE);
    private OverwriteQuestion question = OverwriteQuestion.SKIP;
    private long planRequest;
    private boolean syncingFolder;

    /**
     * @param selected   the papers selected in the list (may be empty)
     * @param shown      all papers the list shows, offered as the alternative
     * @param onExported runs on the FX thread after an export (the open paper's blog side changed)
     */
    ExportViewModel(Library library, UiExecutors executors, Executor worker, List<Item> selected, List<Item> shown,
                    Runnable onExported) {
        super(executors, worker);
        this.library = library;
        this.exporter = new ExportPosts(library);
        this.selected = List.copyOf(selected);
        this.shown = List.copyOf(shown);
        this.onExported = onExported;
        allShown.set(selected.isEmpty());
        allShown.addListener((o, old, all) -> showScope());
        previewed.addListener((o, old, item) -> replan());
        fixMath.addListener((o, old, now) -> replan());
        paperCard.addListener((o, old, now) -> replan());
        folder.addListener((o, old, now) -> {
            folderProblem.set(FolderProblem.NONE);
            if (!syncingFolder) {
                syncingFolder = true;
                folderText.set(now == null ? "" : now.toString());
                syncingFolder = false;
            }
            replan();
        });
        folderText.addListener((o, old, text) -> {
            if (!syncingFolder) {
                syncingFolder = true;
                folder.set(parse(text));
                syncingFolder = false;
            }
        });
        showScope();
    }

    /**
     * Reads the remembered blog folder (unless one was already chosen); with none, offers the folder posts were
     * imported from, if it is a blog checkout, without choosing it.
     */
    public void load() {
        executors.run(() -> {
            BlogSettings settings = new BlogSettings(library);
            Path remembered = settings.exportFolder().orElse(null);
            Path source = settings.importSource().filter(BlogFolder::isBlogCheckout).orElse(null);
            return new Path[] {remembered, source};
        }, found -> {
            if (folder.get() == null && found[0] != null) {
                folder.set(found[0]);
            } else if (folder.get() == null) {
                suggestedFolder.set(found[1]);
            }
        }, e -> setError(ErrorMessages.of(e)));
        executors.run(() -> org.papernotes.workflow.PaperCard.remembered(library), paperCard::set,
                e -> setError(ErrorMessages.of(e)));
    }

    // 'paperCard' property: which posts start with a card of the paper (the library's last choice; #14)
    public ObjectProperty<org.papernotes.workflow.PaperCard.Choice> paperCardProperty() {
        return paperCard;
    }

    // 'folder' property: the blog checkout (or its _posts folder) chosen
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    // 'folderText' property: the folder field's text, typed or pasted; follows and sets 'folder'
    public StringProperty folderTextProperty() {
        return folderText;
    }

    /** The folder posts were imported from, offered at a first export when it is a blog checkout; else null. */
    public ReadOnlyObjectProperty<Path> suggestedFolderProperty() {
        return suggestedFolder.getReadOnlyProperty();
    }

    /** Uses the suggested folder. */
    public void useSuggestedFolder() {
        if (suggestedFolder.get() != null) {
            folder.set(suggestedFolder.get());
            suggestedFolder.set(null);
        }
    }

    /** The chosen blog's MathJax set-up ({@link BlogMath#UNKNOWN} while none is chosen). */
    public ReadOnlyObjectProperty<BlogMath> blogMathProperty() {
        return blogMath.getReadOnlyProperty();
    }

    // 'fixMath' property: rewrite the math of unedited imported posts that this blog cannot show
    public BooleanProperty fixMathProperty() {
        return fixMath;
    }

    /** The posts to export unchanged whose math the chosen blog cannot show. */
    public ObservableList<MathFix> needingFix() {
        return needingFix;
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

    /** How the previewed post changes the file in the blog, as a diff; empty when it adds or keeps the file. */
    public ReadOnlyStringProperty previewChangesProperty() {
        return previewChanges.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the last export did not start; {@link FolderProblem#NONE} otherwise. */
    public ReadOnlyObjectProperty<FolderProblem> folderProblemProperty() {
        return folderProblem.getReadOnlyProperty();
    }

    /** Who is asked about files that would change (default: nobody; they are left as they are). */
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
        boolean fix = fixMath.get();
        org.papernotes.workflow.PaperCard.Choice card = paperCard.get();
        AskingOverwritePolicy policy = new AskingOverwritePolicy(executors.fx(), question, this::isCancelRequested);
        start(progress -> exporter.export(exporter.plan(ids, chosen, fix, card), policy, progress), done -> {
            report.set(done);
            onExported.run();
        });
        return true;
    }

    private void showScope() {
        papers.setAll(allShown.get() ? shown : selected);
        Item current = previewed.get();
        previewed.set(current != null && papers.contains(current) ? current : papers.isEmpty() ? null : papers.get(0));
        replan();
    }

    /** The blog's set-up, the posts needing a math fix, and the previewed post, for the folder and choices now. */
    private void replan() {
        long request = ++planRequest;
        Path chosen = folder.get();
        boolean fix = fixMath.get();
        org.papernotes.workflow.PaperCard.Choice card = paperCard.get();
        List<Long> ids = papers.stream().map(Item::id).toList();
        Item item = previewed.get();
        boolean usable = FolderProblem.of(chosen) == FolderProblem.NONE && java.nio.file.Files.isDirectory(
                BlogFolder.blogFolder(chosen == null ? Path.of("") : chosen).resolve(BlogFolder.POSTS));
        inBackground(() -> {
            if (!usable) {
                String text = item == null ? "" : library.papers().find(item.id())
                        .map(p -> exporter.previewPost(p, null, fix, card)).orElse("");
                return new Planned(BlogMath.of(chosen == null ? null : BlogFolder.blogFolder(chosen)), List.of(), text, "");
            }
            ExportPosts.Plan plan = exporter.plan(ids, chosen, fix, card);
            List<MathFix> fixes = plan.needingMathFix().stream().map(p -> new MathFix(p.paper().id(), p.paper().title(),
                    p.relativePath(), (int) p.unshownMath().stream()
                            .filter(m -> m.reason() != PostBody.Reason.CUT_BY_KRAMDOWN).count()))
                    .filter(f -> f.formulas() > 0).toList();
            ExportPosts.Planned shownPost = item == null ? null : plan.posts().stream()
                    .filter(p -> p.paper().id() == item.id()).findFirst().orElse(null);
            String text = shownPost == null || shownPost.post() == null ? "" : shownPost.post().text();
            String changes = shownPost == null || shownPost.current() == null ? "" : shownPost.diff();
            if (!fix && shownPost != null && fixes.stream().anyMatch(f -> f.id() == item.id())) {
                // what fixing its math would change, shown before the user chooses it
                changes = exporter.plan(List.of(item.id()), chosen, true, card).posts().get(0).diff();
            }
            return new Planned(plan.math(), fixes, text, changes);
        }, planned -> {
            if (request == planRequest) {
                blogMath.set(planned.math());
                needingFix.setAll(planned.fixes());
                preview.set(planned.text());
                previewChanges.set(planned.changes());
            }
        }, e -> {
            if (request == planRequest) {
                setError(ErrorMessages.of(e));
            }
        });
    }

    private record Planned(BlogMath math, List<MathFix> fixes, String text, String changes) {
    }

    private static Path parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("~/") || trimmed.equals("~")) {
            trimmed = System.getProperty("user.home") + trimmed.substring(1);
        }
        try {
            return Path.of(trimmed);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
