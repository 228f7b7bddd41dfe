package org.papernotes.ui.detail;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.papernotes.store.PaperNotFoundException;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.Scheduler;
import org.papernotes.ui.common.UiExecutors;

/**
 * The open paper: its metadata and note as editable properties, and autosave. An edit is stored after a
 * short pause in typing and never later than {@link #MAX_DELAY} after it was made, so that killing the
 * process loses at most the last second; {@link #flush()} stores at once (switching papers, focus loss,
 * close). The note goes through {@code saveNote}; changed metadata through {@code update} with the note.
 * A save the library refuses (disk full, file locked) is tried again by itself, after
 * {@link #FIRST_RETRY_DELAY} and then less often, always with the latest edits, until it is stored; edits of a
 * paper left while its save was failing are kept and retried too, and come back if it is opened again. The wait
 * is counted down in whole seconds ({@link #retryInSecondsProperty()}), and {@link #retryNow()} cuts it short.
 */
public final class PaperViewModel {

    public static final Duration PAUSE = Duration.ofMillis(400);
    public static final Duration MAX_DELAY = Duration.ofMillis(1000);
    /** A failed save is tried again after this, then after twice as long each time, up to {@link #MAX_RETRY_DELAY}. */
    public static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(2);
    public static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
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
    private final ReadOnlyBooleanWrapper retrying = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper retryIn = new ReadOnlyIntegerWrapper();
    /** Edits of papers no longer open whose save failed, by paper id, retried until stored. */
    private final Map<Long, Draft> unstored = new LinkedHashMap<>();

    private boolean applying;
    private boolean metadataDirty;
    private boolean noteDirty;
    private long editVersion;
    private Scheduler.Cancellable pauseTimer;
    private Scheduler.Cancellable maxTimer;
    /** The next tick of the countdown to the retry (the last tick retries); null when no retry is due. */
    private Scheduler.Cancellable retryTimer;
    private Duration retryDelay = FIRST_RETRY_DELAY;
    private SaveState ownState = SaveState.SAVED; // of the open paper
    private String ownError = "";
    private boolean openWriteFailed; // the open paper's last store write failed
    private String unstoredError = "";

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

    /** True while a store write failed and is being tried again by itself (see {@link #FIRST_RETRY_DELAY}). */
    public ReadOnlyBooleanProperty retryingProperty() {
        return retrying.getReadOnlyProperty();
    }

    /**
     * Whole seconds until the next retry of a failed save, counted down once a second; 0 when none is waiting
     * (nothing failed, or the retry is being made).
     */
    public ReadOnlyIntegerProperty retryInSecondsProperty() {
        return retryIn.getReadOnlyProperty();
    }

    /** Whether edits exist that are not stored yet: of the open paper, or of one whose save failed. */
    public boolean hasUnstoredEdits() {
        return isDirty() || !unstored.isEmpty();
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
        openWriteFailed = false;
        show(null);
        if (unstored.isEmpty()) {
            cancelRetry();
            publishState();
        }
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
        Paper current = paper.get();
        if (current != null && openWriteFailed && isDirty() && (loaded == null || loaded.id() != current.id())) {
            // Another paper opens while this one's edits could not be stored: keep them and go on trying.
            unstored.put(current.id(), draft());
            unstoredError = saveError.get();
        }
        openWriteFailed = false;
        Draft kept = loaded == null ? null : unstored.remove(loaded.id());
        applying = true;
        try {
            paper.set(loaded);
            Paper p = loaded != null ? loaded : Paper.titled("");
            title.set(kept != null ? kept.title() : p.title());
            authors.set(kept != null ? kept.authors() : String.join(AUTHOR_SEPARATOR, p.authors()));
            venue.set(kept != null ? kept.venue() : nullToEmpty(p.venue()));
            year.set(kept != null ? kept.year() : p.year() == null ? "" : p.year().toString());
            doi.set(kept != null ? kept.doi() : nullToEmpty(p.doi()));
            arxiv.set(kept != null ? kept.arxiv() : nullToEmpty(p.arxivId()));
            url.set(kept != null ? kept.url() : nullToEmpty(p.url()));
            status.set(kept != null ? kept.status() : p.status());
            rating.set(kept != null ? kept.rating() : p.rating());
            tags.setAll(kept != null ? kept.tags() : p.tags());
            note.set(kept != null ? kept.note() : p.note());
        } finally {
            applying = false;
        }
        metadataDirty = kept != null && kept.metadataDirty();
        noteDirty = kept != null && kept.noteDirty();
        if (kept != null) {
            // The paper's unstored edits are back in the editor; its failing save goes on being retried.
            openWriteFailed = true;
            setOwnState(SaveState.ERROR, unstoredError);
            scheduleRetry();
        } else {
            setOwnState(SaveState.SAVED, "");
        }
        loadCount.set(loadCount.get() + 1);
    }

    private Draft draft() {
        return new Draft(paper.get(), title.get(), authors.get(), venue.get(), year.get(), doi.get(), arxiv.get(),
                url.get(), status.get(), rating.get(), tags, note.get(), metadataDirty, noteDirty);
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
        if (ownState != SaveState.ERROR) {
            setOwnState(SaveState.UNSAVED, "");
        }
        if (pauseTimer != null) {
            pauseTimer.cancel();
        }
        pauseTimer = executors.scheduler().schedule(PAUSE, this::flush);
        if (maxTimer == null) {
            maxTimer = executors.scheduler().schedule(MAX_DELAY, this::flush);
        }
    }

    /**
     * Stores pending edits now (on the store thread): those of the open paper, and those of papers whose save
     * failed earlier; does nothing when there are none.
     */
    public void flush() {
        cancelTimers();
        for (Draft draft : List.copyOf(unstored.values())) {
            storeUnstored(draft);
        }
        Paper base = paper.get();
        if (base == null || !isDirty()) {
            return;
        }
        String noteText = note.get();
        Paper edited;
        String invalid = null;
        try {
            edited = draft().edited();
        } catch (IllegalArgumentException e) {
            edited = null;
            invalid = e.getMessage();
        }
        boolean storeMetadata = metadataDirty && edited != null;
        boolean storeNote = noteDirty;
        if (!storeMetadata && !storeNote) {
            setOwnState(SaveState.ERROR, invalid);
            return;
        }
        long version = editVersion;
        long id = base.id();
        Paper toStore = edited;
        String metadataProblem = invalid;
        boolean countsChanged = storeMetadata && countsChanged(base, edited);
        metadataDirty = metadataDirty && !storeMetadata;
        noteDirty = false;
        setOwnState(SaveState.SAVING, "");
        executors.run(() -> write(base, storeMetadata ? toStore : null, noteText),
                stored -> saved(stored, version, metadataProblem, countsChanged),
                error -> {
                    Paper now = paper.get();
                    if (now == null || now.id() != id) {
                        return; // the paper was discarded (deleted) meanwhile
                    }
                    // Keep the edits pending: the retry, the next change or flush stores them with what came since.
                    metadataDirty |= storeMetadata;
                    noteDirty |= storeNote;
                    openWriteFailed = true;
                    setOwnState(SaveState.ERROR, ErrorMessages.of(error));
                    scheduleRetry();
                });
    }

    /** Stores the note, and the metadata when {@code metadata} is not null (it then holds the note too). */
    private Paper write(Paper base, Paper metadata, String noteText) {
        return metadata != null ? library.papers().update(metadata)
                : base.withNote(noteText).withTimes(base.createdAt(), library.papers().saveNote(base.id(), noteText));
    }

    private static boolean countsChanged(Paper base, Paper edited) {
        return !edited.tags().equals(base.tags()) || edited.status() != base.status();
    }

    /** Tries again to store the edits of a paper that is no longer open. */
    private void storeUnstored(Draft draft) {
        Paper edited;
        try {
            edited = draft.metadataDirty() ? draft.edited() : null;
        } catch (IllegalArgumentException e) {
            edited = null; // metadata the user left invalid: only the note can be stored
        }
        if (edited == null && !draft.noteDirty()) {
            unstored.remove(draft.id(), draft);
            return;
        }
        Paper metadata = edited;
        boolean counts = metadata != null && countsChanged(draft.base(), metadata);
        executors.run(() -> write(draft.base(), metadata, draft.note()), stored -> {
            unstored.remove(draft.id(), draft);
            onSaved.accept(new Saved(summaryOf(stored), counts));
            storeSucceeded();
        }, error -> {
            if (unstored.get(draft.id()) != draft) {
                return; // the paper was opened again: its edits are in the editor now
            }
            if (error instanceof PaperNotFoundException) {
                unstored.remove(draft.id()); // the paper was deleted: there is nothing left to store them in
                storeSucceeded();
                return;
            }
            unstoredError = ErrorMessages.of(error);
            publishState();
            scheduleRetry();
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
            // Edits that could not be stored stay in the editor rather than being replaced.
            if (now != null && now.id() == id && !(openWriteFailed && isDirty())) {
                show(loaded);
            }
        }, this::failed);
    }

    private void saved(Paper stored, long version, String metadataProblem, boolean countsChanged) {
        Paper current = paper.get();
        if (current != null && current.id() == stored.id()) {
            openWriteFailed = false;
            // Keep the metadata still being edited; only the baseline moves.
            paper.set(metadataProblem == null ? stored : current.withNote(stored.note()).withTimes(stored.createdAt(), stored.updatedAt()));
            if (metadataProblem != null) {
                setOwnState(SaveState.ERROR, metadataProblem);
            } else if (version == editVersion && !isDirty()) {
                setOwnState(SaveState.SAVED, "");
            } else {
                setOwnState(SaveState.UNSAVED, ""); // stored, and newer edits are on their way
            }
        }
        onSaved.accept(new Saved(summaryOf(stored), countsChanged));
        storeSucceeded();
    }

    private void failed(Throwable error) {
        setOwnState(SaveState.ERROR, ErrorMessages.of(error));
    }

    // ---- save state and retries

    private void setOwnState(SaveState state, String error) {
        ownState = state;
        ownError = error == null ? "" : error;
        publishState();
    }

    /** The open paper's state, unless a save of another paper is failing: that must stay in view. */
    private void publishState() {
        boolean othersFailing = !unstored.isEmpty();
        boolean showOthers = othersFailing && ownState != SaveState.ERROR;
        saveError.set(showOthers ? unstoredError : ownError);
        saveState.set(showOthers ? SaveState.ERROR : ownState);
        retrying.set(openWriteFailed || othersFailing);
    }

    /** A store write failed: try again after a while, waiting longer each time (up to {@link #MAX_RETRY_DELAY}). */
    private void scheduleRetry() {
        publishState();
        if (retryTimer != null) {
            return; // one is already due; a failure of the same round must not double the wait
        }
        Duration delay = retryDelay;
        retryDelay = retryDelay.multipliedBy(2).compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : retryDelay.multipliedBy(2);
        retryIn.set((int) Math.max(1, delay.toSeconds()));
        retryTimer = executors.scheduler().schedule(ONE_SECOND, this::countDownToRetry);
    }

    /** One second of the wait has passed: show one less, or retry when the wait is over. */
    private void countDownToRetry() {
        retryIn.set(retryIn.get() - 1);
        if (retryIn.get() > 0) {
            retryTimer = executors.scheduler().schedule(ONE_SECOND, this::countDownToRetry);
        } else {
            retryTimer = null;
            flush();
        }
    }

    /**
     * Retries a failing save at once instead of at the end of the countdown (the user says the disk has room
     * again); does nothing while no save is failing. Should it fail again, the next wait is as long as it would
     * have been.
     */
    public void retryNow() {
        if (!retrying.get()) {
            return;
        }
        if (retryTimer != null) {
            retryTimer.cancel();
            retryTimer = null;
        }
        retryIn.set(0);
        flush();
    }

    private void storeSucceeded() {
        if (!openWriteFailed && unstored.isEmpty()) {
            cancelRetry();
        }
        publishState();
    }

    private void cancelRetry() {
        if (retryTimer != null) {
            retryTimer.cancel();
            retryTimer = null;
        }
        retryIn.set(0);
        retryDelay = FIRST_RETRY_DELAY;
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
}
