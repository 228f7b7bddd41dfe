package org.papernotes.ui.main;

import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.papernotes.markdown.NoteStatistics;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.blog.BlogWork;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.Scheduler;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.PaperViewModel;
import org.papernotes.ui.papers.PaperListViewModel;
import org.papernotes.ui.search.SearchService;
import org.papernotes.ui.tags.TagSidebarViewModel;

/**
 * The window's view model: one library, and the view models of the sidebar, the list and the open paper,
 * wired so that a change in one shows in the others at once.
 */
public final class MainViewModel implements AutoCloseable {

    private static final Duration COUNT_DELAY = Duration.ofMillis(200);

    private final Library library;
    private final UiExecutors executors;
    private final TagSidebarViewModel sidebar;
    private final PaperListViewModel list;
    private final PaperViewModel paper;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper words = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper characters = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper errorCount = new ReadOnlyIntegerWrapper();
    private Scheduler.Cancellable pendingCount;
    private BlogWork blog;
    private org.papernotes.ui.publish.PublishWork publish;
    private boolean closed;

    public MainViewModel(Library library, UiExecutors executors, SearchService search) {
        this.library = library;
        this.executors = executors;
        this.sidebar = new TagSidebarViewModel(library, executors, this::tagsChanged, this::showError);
        this.list = new PaperListViewModel(library, executors, search, sidebar::refresh, this::showError);
        this.paper = new PaperViewModel(library, executors, saved -> {
            list.updateRow(saved.summary());
            if (saved.countsChanged()) {
                sidebar.refresh();
            }
        });
        sidebar.filterProperty().addListener((o, old, now) -> list.filterProperty().set(now));
        list.lastDeletedProperty().addListener((o, old, deleted) -> {
            Paper open = paper.getPaper();
            if (deleted != null && open != null && deleted.stream().anyMatch(p -> p.id() == open.id())) {
                paper.discard();
            }
        });
        list.selectedIdProperty().addListener((o, old, id) -> paper.open(id));
        paper.noteProperty().addListener((o, old, now) -> scheduleCount());
        paper.loadCountProperty().addListener((o, old, now) -> count());
    }

    /** Loads the sidebar and the list (both off the FX thread). */
    public void start() {
        sidebar.refresh();
        list.refresh();
    }

    public TagSidebarViewModel sidebar() {
        return sidebar;
    }

    public PaperListViewModel list() {
        return list;
    }

    public PaperViewModel paper() {
        return paper;
    }

    /** Export to and import from the blog (made on first use, so that start-up does not pay for it). */
    public BlogWork blog() {
        if (blog == null) {
            blog = new BlogWork(library, executors, paper, () -> {
                list.refresh();
                sidebar.refresh();
            });
        }
        return blog;
    }

    /** Publishing through the blog's git repository (made on first use). */
    public org.papernotes.ui.publish.PublishWork publish() {
        if (publish == null) {
            publish = new org.papernotes.ui.publish.PublishWork(library, executors, paper);
        }
        return publish;
    }

    public Path libraryPath() {
        return library.file();
    }

    /** The last failure to show the user (empty when none); see {@link #errorCountProperty()}. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Counts failures, so that the same message twice is still noticed. */
    public ReadOnlyIntegerProperty errorCountProperty() {
        return errorCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty wordsProperty() {
        return words.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty charactersProperty() {
        return characters.getReadOnlyProperty();
    }

    // ---- commands

    /** Creates a paper and shows it: the search and the sidebar filter are cleared so that it is in the list. */
    public void newPaper(String title) {
        sidebar.clearSelection();
        list.queryProperty().set("");
        list.newPaper(title);
    }

    public void duplicate(String titleSuffix) {
        paper.flush();
        list.duplicateSelected(titleSuffix);
    }

    /** Deletes the selected papers after storing pending edits, so that undo gives back the latest note. */
    public void delete() {
        paper.flush();
        list.deleteSelected();
    }

    public void undoDelete() {
        list.undoDelete();
    }

    public void renameTag(String from, String to) {
        paper.flush();
        sidebar.rename(from, to);
    }

    public void mergeTags(java.util.Collection<String> sources, String target) {
        paper.flush();
        sidebar.merge(sources, target);
    }

    public void deleteTag(String name) {
        paper.flush();
        sidebar.delete(name);
    }

    /** Stores pending edits (focus loss, switching library). */
    public void flush() {
        paper.flush();
    }

    private void tagsChanged() {
        list.refresh();
        paper.reloadTags();
    }

    private void showError(Throwable failure) {
        error.set(ErrorMessages.of(failure));
        errorCount.set(errorCount.get() + 1);
    }

    private void scheduleCount() {
        if (pendingCount != null) {
            pendingCount.cancel();
        }
        pendingCount = executors.scheduler().schedule(COUNT_DELAY, this::count);
    }

    private void count() {
        pendingCount = null;
        NoteStatistics.Counts counts = NoteStatistics.count(paper.noteProperty().get());
        words.set(counts.words());
        characters.set(counts.characters());
    }

    /** Stores pending edits, waits for the library work to finish and closes the library. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        paper.flush();
        if (blog != null) {
            blog.close();
        }
        if (publish != null) {
            publish.close();
        }
        executors.close();
        library.close();
    }
}
