package org.papernotes.ui.papers;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperSummary;
import org.papernotes.store.Library;
import org.papernotes.ui.common.Scheduler;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.search.SearchService;

/**
 * The paper list: the rows for the sidebar's filter and the search box, the selected paper, and the
 * commands new, duplicate, delete and undo delete. Loads run on the store thread; a result that arrives
 * after a newer request is dropped.
 */
public final class PaperListViewModel {

    /** How long typing in the search box pauses before the search runs. */
    public static final Duration SEARCH_DELAY = Duration.ofMillis(150);
    static final int SEARCH_LIMIT = 1000;

    private final Library library;
    private final UiExecutors executors;
    private final SearchService search;
    private final Consumer<Throwable> onError;

    private final ObservableList<PaperListEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<PaperFilter> filter = new SimpleObjectProperty<>(PaperFilter.ALL);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loadedOnce = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper libraryCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Paper> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final Runnable onPapersChanged;
    private long generation;
    private Scheduler.Cancellable pendingSearch;

    /**
     * @param onPapersChanged runs after a paper was added or removed (tag and status counts change)
     * @param onError         shows a failure to the user
     */
    public PaperListViewModel(Library library, UiExecutors executors, SearchService search,
                              Runnable onPapersChanged, Consumer<Throwable> onError) {
        this.library = library;
        this.executors = executors;
        this.search = search;
        this.onPapersChanged = onPapersChanged;
        this.onError = onError;
        filter.addListener((o, old, now) -> refresh());
        query.addListener((o, old, now) -> scheduleSearch());
    }

    // 'entries': the rows, in the library's order (most recently updated first) or by score when searching
    public ObservableList<PaperListEntry> entries() {
        return entries;
    }

    // 'filter' property: set from the tag sidebar
    public ObjectProperty<PaperFilter> filterProperty() {
        return filter;
    }

    // 'query' property: the search box
    public StringProperty queryProperty() {
        return query;
    }

    // 'selectedId' property: the paper shown on the right; null for none
    public ObjectProperty<Long> selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once the first load has finished (until then "empty library" is not known). */
    public ReadOnlyBooleanProperty loadedOnceProperty() {
        return loadedOnce.getReadOnlyProperty();
    }

    /** How many papers the whole library holds, whatever the filter. */
    public ReadOnlyIntegerProperty libraryCountProperty() {
        return libraryCount.getReadOnlyProperty();
    }

    /** The paper the last delete removed, while it can still be restored. */
    public ReadOnlyObjectProperty<Paper> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    public boolean isSearching() {
        return !query.get().isBlank();
    }

    /** Reloads the rows for the current filter and query. */
    public void refresh() {
        refresh(null);
    }

    private void refresh(Long selectAfter) {
        cancelPendingSearch();
        long request = ++generation;
        PaperFilter currentFilter = filter.get();
        String currentQuery = query.get().strip();
        loading.set(true);
        executors.run(() -> {
            List<PaperListEntry> rows = currentQuery.isEmpty()
                    ? library.papers().list(currentFilter).stream().map(PaperListEntry::of).toList()
                    : search.search(currentQuery, currentFilter, SEARCH_LIMIT).stream().map(PaperListEntry::of).toList();
            return new Loaded(rows, library.papers().count());
        }, loaded -> {
            if (request != generation) {
                return;
            }
            Long keep = selectAfter != null ? selectAfter : selectedId.get();
            entries.setAll(loaded.rows);
            libraryCount.set(loaded.libraryCount);
            loading.set(false);
            loadedOnce.set(true);
            selectedId.set(keep != null && indexOf(keep) >= 0 ? keep : null);
        }, error -> {
            loading.set(false);
            onError.accept(error);
        });
    }

    private record Loaded(List<PaperListEntry> rows, int libraryCount) {
    }

    private void scheduleSearch() {
        cancelPendingSearch();
        pendingSearch = executors.scheduler().schedule(SEARCH_DELAY, this::refresh);
    }

    private void cancelPendingSearch() {
        if (pendingSearch != null) {
            pendingSearch.cancel();
            pendingSearch = null;
        }
    }

    /** Stores a new paper with the given title, reloads the rows and selects it. */
    public void newPaper(String title) {
        executors.run(() -> library.papers().insert(Paper.titled(title)), paper -> {
            refresh(paper.id());
            onPapersChanged.run();
        }, onError);
    }

    /** Copies the selected paper (note and tags included) and selects the copy. */
    public void duplicateSelected(String titleSuffix) {
        Long id = selectedId.get();
        if (id == null) {
            return;
        }
        executors.run(() -> library.papers().duplicate(id, titleSuffix), copy -> {
            refresh(copy.id());
            onPapersChanged.run();
        }, onError);
    }

    /**
     * Deletes the selected paper, keeping it in memory so that {@link #undoDelete()} can restore it. The next
     * row is selected.
     */
    public void deleteSelected() {
        Long id = selectedId.get();
        if (id == null) {
            return;
        }
        int index = indexOf(id);
        executors.run(() -> {
            Paper paper = library.papers().get(id);
            library.papers().delete(id);
            return paper;
        }, paper -> {
            int at = indexOf(id);
            if (at >= 0) {
                entries.remove(at);
            }
            libraryCount.set(Math.max(0, libraryCount.get() - 1));
            lastDeleted.set(paper);
            if (!entries.isEmpty() && index >= 0) {
                selectedId.set(entries.get(Math.min(index, entries.size() - 1)).id());
            } else {
                selectedId.set(null);
            }
            onPapersChanged.run();
        }, onError);
    }

    /** Restores the last deleted paper with its note, tags and blog post, and selects it. */
    public void undoDelete() {
        Paper paper = lastDeleted.get();
        if (paper == null) {
            return;
        }
        lastDeleted.set(null);
        executors.run(() -> library.papers().insert(paper.withId(0)), restored -> {
            refresh(restored.id());
            onPapersChanged.run();
        }, onError);
    }

    /** Forgets the deleted paper (the undo offer timed out or was dismissed). */
    public void forgetDeleted() {
        lastDeleted.set(null);
    }

    /** Puts a changed row (after a save) in place, keeping its search score and snippet. */
    public void updateRow(PaperSummary paper) {
        int at = indexOf(paper.id());
        if (at >= 0) {
            entries.set(at, entries.get(at).withPaper(paper));
        }
    }

    public Optional<PaperListEntry> entry(long id) {
        int at = indexOf(id);
        return at < 0 ? Optional.empty() : Optional.of(entries.get(at));
    }

    private int indexOf(long id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
