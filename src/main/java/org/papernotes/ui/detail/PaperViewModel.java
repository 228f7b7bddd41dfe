package org.papernotes.ui.detail;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperSummary;
import org.papernotes.model.ReadingStatus;
import org.papernotes.store.Library;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.Scheduler;
import org.papernotes.ui.common.UiExecutors;

/**
 * The open paper: its metadata and note as editable properties, and autosave. An edit is stored after a
 * short pause in typing and never later than {@link #MAX_DELAY} after it was made, so that killing the
 * process loses at most the last second; {@link #flush()} stores at once (switching papers, focus loss,
 * close). The note goes through {@code saveNote}; changed metadata through {@code update} with the note.
 */
public final class PaperViewModel {

    public static final Duration PAUSE = Duration.ofMillis(400);
    public static final Duration MAX_DELAY = Duration.ofMillis(1000);
    /** Authors are edited as one line, separated by semicolons (names themselves may hold commas). */
    public static final String AUTHOR_SEPARATOR = "; ";

    private final Library library;
    private final UiExecutors executors;
    private final Consumer<Saved> onSaved;

    private final ReadOnlyObjectWrapper<Paper> paper = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper loadCount = new ReadOnlyIntegerWrapper();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty authors = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty doi = new SimpleStringProperty("");
    private final StringProperty arxiv = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final ObjectProperty<ReadingStatus> status = new SimpleObjectProperty<>(ReadingStatus.TO_READ);
    private final IntegerProperty rating = new SimpleIntegerProperty();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");

    private boolean applying;
    private boolean metadataDirty;
    private boolean noteDirty;
    private long editVersion;
    private Scheduler.Cancellable pauseTimer;
    private Scheduler.Cancellable maxTimer;

    /** What a save stored: the list row to refresh, and whether tag or status counts changed. */
    public record Saved(PaperSummary summary, boolean countsChanged) {
    }

    public PaperViewModel(Library library, UiExecutors executors, Consumer<Saved> onSaved) {
        this.library = library;
        this.executors = executors;
        this.onSaved = onSaved;
        for (ObservableValue<?> field : Arrays.asList(title, authors, venue, year, doi, arxiv, url, status, rating)) {
            field.addListener((o, old, now) -> metadataEdited());
        }
        tags.addListener((ListChangeListener<String>) change -> metadataEdited());
        note.addListener((o, old, now) -> noteEdited());
    }

    // 'paper' property: the paper as last loaded or saved; null when none is open
    public ReadOnlyObjectProperty<Paper> paperProperty() {
        return paper.getReadOnlyProperty();
    }

    public Paper getPaper() {
        return paper.get();
    }

    /** Counts loads; the view reloads the note editor (clearing its undo) when it changes. */
    public ReadOnlyIntegerProperty loadCountProperty() {
        return loadCount.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty authorsProperty() {
        return authors;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty doiProperty() {
        return doi;
    }

    public StringProperty arxivProperty() {
        return arxiv;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ObjectProperty<ReadingStatus> statusProperty() {
        return status;
    }

    public IntegerProperty ratingProperty() {
        return rating;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    // 'note' property: the editor's text
    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** The reason of the last failed save; empty otherwise. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return metadataDirty || noteDirty;
    }

    /** Stores pending edits of the current paper, then loads paper {@code id} (null: close the paper). */
    public void open(Long id) {
        flush();
        if (id == null) {
            show(null);
            return;
        }
        if (paper.get() != null && paper.get().id() == id) {
            return;
        }
        executors.run(() -> library.papers().find(id).orElse(null), this::show, this::failed);
    }

    /** Forgets the open paper without saving (it was deleted). */
    public void discard() {
        cancelTimers();
        metadataDirty = false;
        noteDirty = false;
        show(null);
    }

    /** Reloads the tags of the open paper (a tag was renamed, merged or deleted elsewhere). */
    public void reloadTags() {
        Paper current = paper.get();
        if (current == null) {
            return;
        }
        long id = current.id();
        executors.run(() -> library.papers().find(id).map(Paper::tags).orElse(null), stored -> {
            Paper now = paper.get();
            if (stored == null || now == null || now.id() != id) {
                return;
            }
            paper.set(now.withTags(stored));
            if (!tags.equals(stored)) {
                applying = true;
                try {
                    tags.setAll(stored);
                } finally {
                    applying = false;
                }
            }
        }, this::failed);
    }

    private void show(Paper loaded) {
        applying = true;
        try {
            paper.set(loaded);
            Paper p = loaded != null ? loaded : Paper.titled("");
            title.set(p.title());
            authors.set(String.join(AUTHOR_SEPARATOR, p.authors()));
            venue.set(nullToEmpty(p.venue()));
            year.set(p.year() == null ? "" : p.year().toString());
            doi.set(nullToEmpty(p.doi()));
            arxiv.set(nullToEmpty(p.arxivId()));
            url.set(nullToEmpty(p.url()));
            status.set(p.status());
            rating.set(p.rating());
            tags.setAll(p.tags());
            note.set(p.note());
        } finally {
            applying = false;
        }
        metadataDirty = false;
        noteDirty = false;
        saveState.set(SaveState.SAVED);
        saveError.set("");
        loadCount.set(loadCount.get() + 1);
    }

    private void metadataEdited() {
        if (!applying && paper.get() != null) {
            metadataDirty = true;
            edited();
        }
    }

    private void noteEdited() {
        if (!applying && paper.get() != null) {
            noteDirty = true;
            edited();
        }
    }

    private void edited() {
        editVersion++;
        if (saveState.get() != SaveState.ERROR) {
            saveState.set(SaveState.UNSAVED);
        }
        if (pauseTimer != null) {
            pauseTimer.cancel();
        }
        pauseTimer = executors.scheduler().schedule(PAUSE, this::flush);
        if (maxTimer == null) {
            maxTimer = executors.scheduler().schedule(MAX_DELAY, this::flush);
        }
    }

    /** Stores pending edits now (on the store thread); does nothing when there are none. */
    public void flush() {
        cancelTimers();
        Paper base = paper.get();
        if (base == null || !isDirty()) {
            return;
        }
        String noteText = note.get();
        Paper edited;
        String invalid = null;
        try {
            edited = editedMetadata(base).withNote(noteText);
        } catch (IllegalArgumentException e) {
            edited = null;
            invalid = e.getMessage();
        }
        boolean storeMetadata = metadataDirty && edited != null;
        boolean storeNote = noteDirty;
        if (!storeMetadata && !storeNote) {
            fail(invalid);
            return;
        }
        long version = editVersion;
        long id = base.id();
        Paper toStore = edited;
        String metadataProblem = invalid;
        boolean countsChanged = storeMetadata && (!edited.tags().equals(base.tags()) || edited.status() != base.status());
        metadataDirty = metadataDirty && !storeMetadata;
        noteDirty = false;
        saveState.set(SaveState.SAVING);
        executors.run(() -> storeMetadata ? library.papers().update(toStore)
                        : base.withNote(noteText).withTimes(base.createdAt(), library.papers().saveNote(id, noteText)),
                stored -> saved(stored, version, metadataProblem, countsChanged),
                error -> {
                    // Keep the edits pending so that the next change or flush tries again.
                    metadataDirty |= storeMetadata;
                    noteDirty |= storeNote;
                    fail(ErrorMessages.of(error));
                });
    }

    /** Reloads the blog side of the open paper (after an export or a slug change), keeping the edits in progress. */
    public void reloadBlog() {
        Paper current = paper.get();
        if (current == null) {
            return;
        }
        long id = current.id();
        executors.run(() -> library.papers().find(id).map(Paper::blog).orElse(null), blog -> {
            Paper now = paper.get();
            if (blog != null && now != null && now.id() == id && !blog.equals(now.blog())) {
                paper.set(now.withBlog(blog));
            }
        }, this::failed);
    }

    /**
     * Loads the open paper again from the library (an import changed it), after storing pending edits. The
     * editor is reloaded as for a newly opened paper.
     */
    public void reload() {
        Paper current = paper.get();
        if (current == null) {
            return;
        }
        flush();
        long id = current.id();
        executors.run(() -> library.papers().find(id).orElse(null), loaded -> {
            Paper now = paper.get();
            if (now != null && now.id() == id) {
                show(loaded);
            }
        }, this::failed);
    }

    private void saved(Paper stored, long version, String metadataProblem, boolean countsChanged) {
        Paper current = paper.get();
        if (current != null && current.id() == stored.id()) {
            // Keep the metadata still being edited; only the baseline moves.
            paper.set(metadataProblem == null ? stored : current.withNote(stored.note()).withTimes(stored.createdAt(), stored.updatedAt()));
            if (metadataProblem != null) {
                fail(metadataProblem);
            } else if (version == editVersion && !isDirty()) {
                saveState.set(SaveState.SAVED);
                saveError.set("");
            } else if (saveState.get() != SaveState.ERROR) {
                saveState.set(SaveState.UNSAVED);
            }
        }
        onSaved.accept(new Saved(summaryOf(stored), countsChanged));
    }

    private void fail(String message) {
        saveError.set(message == null ? "" : message);
        saveState.set(SaveState.ERROR);
    }

    private void failed(Throwable error) {
        fail(ErrorMessages.of(error));
    }

    private Paper editedMetadata(Paper base) {
        if (title.get() == null || title.get().isBlank()) {
            throw new IllegalArgumentException("A paper needs a title.");
        }
        Integer parsedYear = parseYear(year.get());
        List<String> authorList = Arrays.stream(authors.get().split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return base.withTitle(title.get().strip()).withAuthors(authorList).withVenue(blankToNull(venue.get()))
                .withYear(parsedYear).withLinks(blankToNull(doi.get()), blankToNull(arxiv.get()), blankToNull(url.get()))
                .withStatus(status.get()).withRating(Math.max(0, Math.min(Paper.MAX_RATING, rating.get())))
                .withTags(List.copyOf(tags));
    }

    private static Integer parseYear(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The year must be a number, like 2024.", e);
        }
    }

    private void cancelTimers() {
        if (pauseTimer != null) {
            pauseTimer.cancel();
            pauseTimer = null;
        }
        if (maxTimer != null) {
            maxTimer.cancel();
            maxTimer = null;
        }
    }

    static PaperSummary summaryOf(Paper paper) {
        return new PaperSummary(paper.id(), paper.title(), paper.authors(), paper.year(), paper.venue(), paper.status(),
                paper.rating(), paper.tags(), paper.updatedAt());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
