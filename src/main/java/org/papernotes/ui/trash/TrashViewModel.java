package org.papernotes.ui.trash;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.papernotes.model.TrashedPaper;
import org.papernotes.store.Library;
import org.papernotes.ui.common.UiExecutors;

/**
 * The Trash: deleted papers until they are restored or removed for good. Removing for good is only offered behind
 * a confirmation (the view asks); the trash survives restarts, since it is in the library.
 */
public final class TrashViewModel {

    private final Library library;
    private final UiExecutors executors;
    private final Consumer<List<Long>> onRestored;
    private final Consumer<Throwable> onError;
    private final ObservableList<TrashedPaper> papers = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();

    /**
     * @param onRestored gets the ids of restored papers (the list and the sidebar reload)
     */
    public TrashViewModel(Library library, UiExecutors executors, Consumer<List<Long>> onRestored,
                          Consumer<Throwable> onError) {
        this.library = library;
        this.executors = executors;
        this.onRestored = onRestored;
        this.onError = onError;
    }

    public ObservableList<TrashedPaper> papers() {
        return papers;
    }

    /** How many papers are in the trash (the sidebar's Trash line shows it). */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public void refresh() {
        executors.run(library.trash()::list, list -> {
            papers.setAll(list);
            count.set(list.size());
        }, onError);
    }

    public void restore(List<TrashedPaper> chosen) {
        List<Long> ids = chosen.stream().map(TrashedPaper::trashId).toList();
        if (ids.isEmpty()) {
            return;
        }
        executors.run(() -> library.trash().restore(ids), restored -> {
            refresh();
            onRestored.accept(restored);
        }, onError);
    }

    /** Removes the chosen papers for good (the view has asked the user). */
    public void deleteForever(List<TrashedPaper> chosen) {
        List<Long> ids = chosen.stream().map(TrashedPaper::trashId).toList();
        executors.run(() -> {
            library.trash().deleteForever(ids);
            return null;
        }, done -> refresh(), onError);
    }

    /** Empties the trash for good (the view has asked the user). */
    public void empty() {
        executors.run(library.trash()::empty, removed -> refresh(), onError);
    }
}
