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
import org.papernotes.ui.attachments.PaperAttachments;
import org.papernotes.ui.blog.BlogWork;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.Scheduler;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.PaperViewModel;
import org.papernotes.ui.papers.PaperListViewModel;
import org.papernotes.ui.search.SearchService;
import org.papernotes.ui.tags.TagSidebarViewModel;
import org.papernotes.ui.trash.TrashViewModel;
import org.papernotes.ui.backup.BackupViewModel;

/**
 * The window's view model: one library, and the view models of the sidebar, the list and the open paper,
 * wired so that a change in one shows in the others at once.
 */
public final class MainViewModel implements AutoCloseable {

    private static final Duration COUNT_DELAY = Duration.ofMillis(200);
    /** How often the library is looked at for changes made by another program (the CLI, another window). */
    public static final Duration WATCH_INTERVAL = Duration.ofSeconds(3);
    private static final Duration BACKUP_CHECK_INTERVAL = Duration.ofHours(1);
    /** quick_check (and the daily backup) run this long after the window started. */
    static final Duration CHECK_DELAY = Duration.ofSeconds(2);

    private final Library library;
    private final UiExecutors executors;
    private final TagSidebarViewModel sidebar;
    private final PaperListViewModel list;
    private final PaperViewModel paper;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper words = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper characters = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper errorCount = new ReadOnlyIntegerWrapper();
    private final javafx.beans.property.ReadOnlyObjectWrapper<FailedLink> failedLink =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper damage = new ReadOnlyStringWrapper();
    private final TrashViewModel trash;
    private final BackupViewModel backups;
    private Scheduler.Cancellable pendingCount;
    private Scheduler.Cancellable watchTimer;
    private Scheduler.Cancellable backupTimer;
    private Scheduler.Cancellable checkTimer;
    /** SQLite's data_version when last looked at; -1 before the first look. */
    private long dataVersion = -1;
    private BlogWork blog;
    private PaperAttachments attachments;
    private org.papernotes.ui.publish.PublishWork publish;
    private org.papernotes.ui.bibliography.BibliographyWork bibliography;
    private boolean closed;

    public MainViewModel(Library library, UiExecutors executors, SearchService search) {
        this.library = library;
        this.executors = executors;
        this.sidebar = new TagSidebarViewModel(library, executors, this::tagsChanged, this::showError);
        this.trash = new TrashViewModel(library, executors, restored -> {
            list().refresh();
            sidebar.refresh();
        }, this::showError);
        this.backups = new BackupViewModel(library, executors, this::showError);
        this.list = new PaperListViewModel(library, executors, search, () -> {
            sidebar.refresh();
            trash.refresh();
        }, this::showError);
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
        // The offer to undo a delete goes once the user does something else: edits a paper, searches, filters.
        paper.saveStateProperty().addListener((o, old, state) -> {
            if (state == org.papernotes.ui.detail.SaveState.UNSAVED) {
                list.dismissUndoOffer();
            }
        });
        list.queryProperty().addListener((o, old, now) -> list.dismissUndoOffer());
        sidebar.filterProperty().addListener((o, old, now) -> list.dismissUndoOffer());
        paper.noteLoadedProperty().addListener((o, old, now) -> count());
    }

    /**
     * Loads the sidebar and the list (both off the FX thread); {@link #CHECK_DELAY} later checks the library file
     * (quick_check) and makes the daily backup if one is due.
     */
    public void start() {
        sidebar.refresh();
        list.refresh();
        trash.refresh();
        executors.run(() -> library.database().dataVersion(), version -> {
            if (dataVersion < 0) {
                dataVersion = version;
            }
        }, error -> { });
        // A while after start-up, so as not to compete with it for the CPU; on its own connection and thread, so
        // that the paper being opened does not wait for it.
        checkTimer = executors.scheduler().schedule(CHECK_DELAY, this::checkLibrary);
    }

    private void checkLibrary() {
        checkTimer = null;
        if (closed) {
            return;
        }
        executors.runInBackground(library::quickCheck, check -> {
            if (library.damage() != null) {
                damage.set(library.damage());
            } else if (!closed) {
                backups.backUpIfDue();
            }
        }, this::showError);
    }

    /**
     * From now on, looks every {@link #WATCH_INTERVAL} for changes another program made to the library, and once an
     * hour for a daily backup that became due.
     */
    public void startWatching() {
        if (watchTimer == null && !closed) {
            watchTimer = executors.scheduler().schedule(WATCH_INTERVAL, this::watchTick);
            backupTimer = executors.scheduler().schedule(BACKUP_CHECK_INTERVAL, this::backupTick);
        }
    }

    private void watchTick() {
        checkForExternalChanges();
        watchTimer = closed ? null : executors.scheduler().schedule(WATCH_INTERVAL, this::watchTick);
    }

    private void backupTick() {
        backups.backUpIfDue();
        backupTimer = closed ? null : executors.scheduler().schedule(BACKUP_CHECK_INTERVAL, this::backupTick);
    }

    /**
     * Looks whether another program changed the library since the last look (SQLite's data_version); if so the
     * list, the sidebar, the trash and the open paper are loaded again. The window calls it when it becomes active.
     */
    public void checkForExternalChanges() {
        if (closed) {
            return;
        }
        executors.run(() -> library.database().dataVersion(), version -> {
            boolean changed = dataVersion >= 0 && version != dataVersion;
            dataVersion = version;
            if (changed) {
                list.refresh();
                sidebar.refresh();
                trash.refresh();
                paper.externalChange();
            }
        }, error -> { });
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

    public TrashViewModel trash() {
        return trash;
    }

    public BackupViewModel backups() {
        return backups;
    }

    public Library library() {
        return library;
    }

    public UiExecutors executors() {
        return executors;
    }

    /** Shows a failure to the user (the panels opened from the window report through this). */
    public void showFailure(Throwable failure) {
        showError(failure);
    }

    /** Why the library is read-only (quick_check found it damaged); null while it is not. */
    public ReadOnlyStringProperty damageProperty() {
        return damage.getReadOnlyProperty();
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

    /** The open paper's images and PDF (made on first use). */
    public PaperAttachments attachments() {
        if (attachments == null) {
            attachments = new PaperAttachments(library, executors, paper);
        }
        return attachments;
    }

    /** Papers as papers: citation keys for the editor and preview, adding from DOIs and files, BibTeX out. */
    public org.papernotes.ui.bibliography.BibliographyWork bibliography() {
        if (bibliography == null) {
            bibliography = new org.papernotes.ui.bibliography.BibliographyWork(library, executors, list, paper,
                    System.getenv());
        }
        return bibliography;
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

    /** A link that could not be opened (no browser), with why; the status bar offers to copy it. Null: none. */
    public javafx.beans.property.ReadOnlyObjectProperty<FailedLink> failedLinkProperty() {
        return failedLink.getReadOnlyProperty();
    }

    /** A link the system could not open, and the reason it gave. */
    public record FailedLink(String address, String reason) {
    }

    public void linkFailed(String address, String reason) {
        failedLink.set(new FailedLink(address, reason));
    }

    public void dismissFailedLink() {
        failedLink.set(null);
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

    /** Shows a paper stored elsewhere (made of a PDF): the search and sidebar filter are cleared so that it is listed. */
    public void showAddedPaper(long id) {
        if (list.entry(id).isPresent()) {
            list.selectedIdProperty().set(id); // listed already (a PDF attached to it): the filter stays
            return;
        }
        sidebar.clearSelection();
        list.queryProperty().set("");
        list.showAdded(id);
    }

    /**
     * Opens paper {@code id} (a citation clicked in the preview, a duplicate found when adding): selected in the list,
     * whose filter and search are cleared first if they hide it.
     */
    public void openPaper(long id) {
        if (list.entry(id).isPresent()) {
            list.selectedIdProperty().set(id);
            return;
        }
        sidebar.clearSelection();
        list.queryProperty().set("");
        list.reveal(id);
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
        list.dismissUndoOffer();
        paper.flush();
        sidebar.rename(from, to);
    }

    public void mergeTags(java.util.Collection<String> sources, String target) {
        list.dismissUndoOffer();
        paper.flush();
        sidebar.merge(sources, target);
    }

    public void deleteTag(String name) {
        list.dismissUndoOffer();
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
        for (Scheduler.Cancellable timer : new Scheduler.Cancellable[] {watchTimer, backupTimer, checkTimer}) {
            if (timer != null) {
                timer.cancel();
            }
        }
        paper.flush();
        if (blog != null) {
            blog.close();
        }
        if (publish != null) {
            publish.close();
        }
        if (bibliography != null) {
            bibliography.close();
        }
        executors.close();
        if (attachments != null) {
            attachments.close();
        }
        library.close();
    }
}
