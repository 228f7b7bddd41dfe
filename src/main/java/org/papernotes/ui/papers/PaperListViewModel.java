package org.papernotes.ui.papers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.papernotes.model.TrashedPaper;
import org.papernotes.store.Library;
import org.papernotes.ui.common.Scheduler;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.search.SearchService;

/**
 * The paper list: the rows for the sidebar's filter and the search box, the selection (one or several papers,
 * of which one, the lead, is the paper shown on the right), and the commands new, duplicate, delete and undo
 * delete, which act on every selected paper. Loads run on the store thread; a result that arrives after a newer
 * request is dropped.
 */
public final class PaperListViewModel {

    /** How long typing in the search box pauses before the search runs. */
    public static final Duration SEARCH_DELAY = Duration.ofMillis(150);
    /** How long the offer to undo a delete stays in view (Edit → Undo still works after it). */
    public static final Duration UNDO_OFFER_TIME = Duration.ofSeconds(8);
    static final int SEARCH_LIMIT = 1000;

    private final Library library;
    private final UiExecutors executors;
    private final SearchService search;
    private final Consumer<Throwable> onError;

    private final ObservableList<PaperListEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<PaperFilter> filter = new SimpleObjectProperty<>(PaperFilter.ALL);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>();
    private final ObservableList<Long> selectedIds = FXCollections.observableArrayList();
    private final ObservableList<Long> selectedIdsView = FXCollections.unmodifiableObservableList(selectedIds);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loadedOnce = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper libraryCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<List<Paper>> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper undoOffered = new ReadOnlyBooleanWrapper();
    private Scheduler.Cancellable undoOfferTimeout;
    private final Runnable onPapersChanged;
    private long generation;
    private Scheduler.Cancellable pendingSearch;
    /** The trash entries of the last delete, for its undo; written on the store thread before its result is shown. */
    private volatile List<Long> lastTrashed = List.of();

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
        // Choosing one paper (a click, the keyboard, a new paper) makes it the whole selection.
        selectedId.addListener((o, old, id) -> {
            if (id == null) {
                selectedIds.clear();
            } else if (!selectedIds.contains(id)) {
                selectedIds.setAll(id);
            }
        });
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

    // 'selectedId' property: the lead of the selection, the paper shown on the right; null for none.
    // Setting it to a paper outside the selection makes that paper the only one selected.
    public ObjectProperty<Long> selectedIdProperty() {
        return selectedId;
    }

    /** Every selected paper, the lead included, in the order they were selected in; empty when none is. */
    public ObservableList<Long> selectedIds() {
        return selectedIdsView;
    }

    /**
     * Selects several papers (Shift- or Ctrl-click in the table) with {@code lead} as the one shown; the lead is
     * added if {@code ids} lacks it.
     */
    public void select(List<Long> ids, Long lead) {
        if (lead == null) {
            selectedId.set(null);
            return;
        }
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        if (!all.contains(lead)) {
            all.add(lead);
        }
        if (!all.equals(selectedIds)) {
            selectedIds.setAll(all);
        }
        selectedId.set(lead);
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

    /** The papers the last delete removed (one or several), while they can still be restored; null otherwise. */
    public ReadOnlyObjectProperty<List<Paper>> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    /**
     * True while the list offers to undo the last delete: from the delete until {@link #UNDO_OFFER_TIME} has passed
     * or the user did something else ({@link #dismissUndoOffer()}).
     */
    public ReadOnlyBooleanProperty undoOfferedProperty() {
        return undoOffered.getReadOnlyProperty();
    }

    /** Takes the undo offer out of view (its time is up, or the user went on); the delete can still be undone. */
    public void dismissUndoOffer() {
        if (undoOfferTimeout != null) {
            undoOfferTimeout.cancel();
            undoOfferTimeout = null;
        }
        undoOffered.set(false);
    }

    private void offerUndo() {
        dismissUndoOffer();
        undoOffered.set(true);
        undoOfferTimeout = executors.scheduler().schedule(UNDO_OFFER_TIME, this::dismissUndoOffer);
    }

    public boolean isSearching() {
        return !query.get().isBlank();
    }

    /** Reloads the rows for the current filter and query. */
    public void refresh() {
        refresh(List.of(), null);
    }

    /** Papers were added elsewhere (Add papers from…): reloads the rows, keeping the selection, and the counts. */
    public void refreshAfterAdding() {
        refresh();
        onPapersChanged.run();
    }

    /** Reloads the rows; then selects {@code selectAfter} (led by {@code leadAfter}) if given, else keeps the selection. */
    private void refresh(List<Long> selectAfter, Long leadAfter) {
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
            Long lead = leadAfter != null ? leadAfter : selectedId.get();
            List<Long> keep = leadAfter != null ? selectAfter : List.copyOf(selectedIds);
            entries.setAll(loaded.rows);
            libraryCount.set(loaded.libraryCount);
            loading.set(false);
            loadedOnce.set(true);
            Set<Long> shown = shownIds();
            if (lead != null && shown.contains(lead)) {
                select(keep.stream().filter(shown::contains).toList(), lead);
            } else {
                selectedId.set(null);
            }
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
        dismissUndoOffer();
        executors.run(() -> library.papers().insert(Paper.titled(title)), paper -> {
            refresh(List.of(paper.id()), paper.id());
            onPapersChanged.run();
        }, onError);
    }

    /** A paper stored elsewhere (made of a dropped PDF): reloads the rows and selects it. */
    public void showAdded(long id) {
        dismissUndoOffer();
        refresh(List.of(id), id);
        onPapersChanged.run();
    }

    /**
     * Copies the selected papers (notes and tags included) in one transaction, in the list's order, and selects the
     * copies, led by the lead's copy.
     */
    public void duplicateSelected(String titleSuffix) {
        Long lead = selectedId.get();
        if (lead == null) {
            return;
        }
        List<Long> ids = selectedInListOrder();
        if (ids.isEmpty()) {
            return;
        }
        int leadAt = Math.max(0, ids.indexOf(lead));
        dismissUndoOffer();
        executors.run(() -> library.inTransaction(connection -> {
            // Last row first: the newest copy comes first in the list, so the copies keep the originals' order.
            Long[] copies = new Long[ids.size()];
            for (int i = ids.size() - 1; i >= 0; i--) {
                copies[i] = library.papers().duplicate(ids.get(i), titleSuffix).id();
            }
            return List.of(copies);
        }), copies -> {
            refresh(copies, copies.get(leadAt));
            onPapersChanged.run();
        }, onError);
    }

    /**
     * Moves the selected papers to the trash in one transaction, so that one {@link #undoDelete()} restores them
     * all (and the Trash keeps them after the undo offer is gone). The row after the first of them is selected.
     */
    public void deleteSelected() {
        if (selectedId.get() == null) {
            return;
        }
        // In the list's order, so that undo gives them back in it.
        List<Long> ids = selectedInListOrder();
        if (ids.isEmpty()) {
            return;
        }
        int index = indexOf(ids.get(0));
        executors.run(() -> library.inTransaction(connection -> {
            List<Paper> papers = library.papers().getAll(ids);
            lastTrashed = library.trash().moveToTrash(papers.stream().map(Paper::id).toList()).stream()
                    .map(TrashedPaper::trashId).toList();
            return papers;
        }), papers -> {
            Set<Long> gone = new HashSet<>(ids);
            entries.removeIf(entry -> gone.contains(entry.id()));
            libraryCount.set(Math.max(0, libraryCount.get() - papers.size()));
            lastDeleted.set(papers.isEmpty() ? null : List.copyOf(papers));
            if (!papers.isEmpty()) {
                offerUndo();
            }
            if (!entries.isEmpty() && index >= 0) {
                selectedId.set(entries.get(Math.min(index, entries.size() - 1)).id());
            } else {
                selectedId.set(null);
            }
            onPapersChanged.run();
        }, onError);
    }

    /** Takes the papers of the last delete back out of the trash, with everything they had, and selects them. */
    public void undoDelete() {
        List<Paper> papers = lastDeleted.get();
        if (papers == null) {
            return;
        }
        lastDeleted.set(null);
        dismissUndoOffer();
        List<Long> trashIds = lastTrashed;
        executors.run(() -> library.trash().restore(trashIds), restored -> {
            if (!restored.isEmpty()) {
                refresh(restored, restored.get(0));
            }
            onPapersChanged.run();
        }, onError);
    }

    /** Forgets the deleted paper (the undo offer timed out or was dismissed). */
    public void forgetDeleted() {
        dismissUndoOffer();
        lastDeleted.set(null);
    }

    /** Puts a changed row (after a save) in place, keeping its search score and snippet. */
    public void updateRow(PaperSummary paper) {
        int at = indexOf(paper.id());
        if (at >= 0) {
            entries.set(at, entries.get(at).withPaper(paper));
        }
    }

    /**
     * Selects paper {@code id}: at once if the list shows it, else after reloading the rows (the caller cleared the
     * filter and the search that hid it).
     */
    public void reveal(long id) {
        if (indexOf(id) >= 0) {
            selectedId.set(id);
        } else {
            refresh(List.of(id), id);
        }
    }

    public Optional<PaperListEntry> entry(long id) {
        int at = indexOf(id);
        return at < 0 ? Optional.empty() : Optional.of(entries.get(at));
    }

    /** The selected papers (the lead included) in the order the list shows them. */
    private List<Long> selectedInListOrder() {
        Set<Long> chosen = new HashSet<>(selectedIds);
        chosen.add(selectedId.get());
        return entries.stream().map(PaperListEntry::id).filter(chosen::contains).toList();
    }

    private Set<Long> shownIds() {
        Set<Long> ids = new HashSet<>(entries.size() * 2);
        for (PaperListEntry entry : entries) {
            ids.add(entry.id());
        }
        return ids;
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
