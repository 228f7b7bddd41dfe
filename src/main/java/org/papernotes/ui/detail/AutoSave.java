package org.papernotes.ui.detail;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.papernotes.model.Paper;
import org.papernotes.store.CitationKeyTakenException;
import org.papernotes.store.Library;
import org.papernotes.store.PaperNotFoundException;
import org.papernotes.store.PaperRepository.SaveResult;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.Scheduler;
import org.papernotes.ui.common.UiExecutors;

/**
 * Saving the open paper: an edit is stored after a short pause in typing and never later than {@link #MAX_DELAY}
 * after it was made, so that killing the process loses at most the last second; {@link #flush()} stores at once.
 * The note goes through {@code saveNote}; changed metadata through {@code update} with the note. Every save says
 * which stored state it was based on, so that a change another program made meanwhile is not written over: the
 * store keeps it as a version, and {@link #conflictProperty()} tells the window. A save the library refuses (disk
 * full, file locked) is tried again by itself, after {@link #FIRST_RETRY_DELAY} and then less often, always with the
 * latest edits, until it is stored; edits of a paper left while its save was failing are kept and retried too, and
 * come back if it is opened again. The wait is counted down in whole seconds, and {@link #retryNow()} cuts it short.
 */
final class AutoSave {

    static final Duration PAUSE = Duration.ofMillis(400);
    static final Duration MAX_DELAY = Duration.ofMillis(1000);
    static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(2);
    static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    /** The edits in the form, over the paper as last stored. */
    interface Form {
        /** The open paper as last loaded or stored; null when none is open. */
        Paper base();

        Draft draft();

        /** A save of the open paper returned; {@code metadataStored} says whether its fields were stored too. */
        void stored(Paper stored, boolean metadataStored);

        /**
         * The library refused the typed citation key: another paper took it meanwhile. Returns true if the next
         * draft leaves it out (then the rest is stored at once).
         */
        default boolean keyTaken(CitationKeyTakenException taken) {
            return false;
        }
    }

    private final Library library;
    private final UiExecutors executors;
    private final Consumer<PaperViewModel.Saved> onSaved;
    private final Form form;

    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper retrying = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper retryIn = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<SaveConflict> conflict = new ReadOnlyObjectWrapper<>();
    /** Edits of papers no longer open whose save failed, by paper id, retried until stored. */
    private final Map<Long, Draft> unstored = new LinkedHashMap<>();
    /** The stored update time each paper's edits are based on; read and moved on the store thread by the saves. */
    private final Map<Long, Instant> basedOn = new ConcurrentHashMap<>();

    private boolean metadataDirty;
    private boolean noteDirty;
    private long editCount;
    private Scheduler.Cancellable pauseTimer;
    private Scheduler.Cancellable maxTimer;
    /** The next tick of the countdown to the retry (the last tick retries); null when no retry is due. */
    private Scheduler.Cancellable retryTimer;
    private Duration retryDelay = FIRST_RETRY_DELAY;
    private SaveState ownState = SaveState.SAVED; // of the open paper
    private String ownError = "";
    private boolean openWriteFailed; // the open paper's last store write failed
    private String unstoredError = "";

    AutoSave(Library library, UiExecutors executors, Consumer<PaperViewModel.Saved> onSaved, Form form) {
        this.library = library;
        this.executors = executors;
        this.onSaved = onSaved;
        this.form = form;
    }

    ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty retryingProperty() {
        return retrying.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty retryInSecondsProperty() {
        return retryIn.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<SaveConflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    boolean isDirty() {
        return metadataDirty || noteDirty;
    }

    boolean isMetadataDirty() {
        return metadataDirty;
    }

    boolean isNoteDirty() {
        return noteDirty;
    }

    boolean hasUnstoredEdits() {
        return isDirty() || !unstored.isEmpty();
    }

    /** Whether the open paper's edits could not be stored (they must not be replaced by a reload). */
    boolean holdsFailedEdits() {
        return openWriteFailed && isDirty();
    }

    void metadataEdited() {
        metadataDirty = true;
        edited();
    }

    void noteEdited() {
        noteDirty = true;
        edited();
    }

    /**
     * Another paper is being shown instead of {@code current} (or none): a current paper whose edits could not be
     * stored keeps them for retrying. Returns the kept edits of {@code loaded}, if it had any, to show again.
     */
    Draft switching(Paper current, Paper loaded) {
        if (current != null && holdsFailedEdits() && (loaded == null || loaded.id() != current.id())) {
            unstored.put(current.id(), form.draft());
            unstoredError = saveError.get();
        }
        openWriteFailed = false;
        Draft kept = loaded == null ? null : unstored.remove(loaded.id());
        if (loaded != null && kept == null) {
            basedOn.put(loaded.id(), loaded.updatedAt());
        }
        metadataDirty = kept != null && kept.metadataDirty();
        noteDirty = kept != null && kept.noteDirty();
        cancelTimers();
        if (kept != null) {
            // The paper's unstored edits are back in the editor; its failing save goes on being retried.
            openWriteFailed = true;
            setOwnState(SaveState.ERROR, unstoredError);
            scheduleRetry();
        } else {
            setOwnState(SaveState.SAVED, "");
        }
        return kept;
    }

    /** Forgets the open paper's edits without storing them (it was deleted). */
    void discard() {
        cancelTimers();
        metadataDirty = false;
        noteDirty = false;
        openWriteFailed = false;
        if (unstored.isEmpty()) {
            cancelRetry();
        }
        setOwnState(SaveState.SAVED, "");
    }

    /** The open paper's stored state moved on by another way than this class (a restore): saves build on it. */
    void rebased(Paper stored) {
        basedOn.put(stored.id(), stored.updatedAt());
    }

    private void edited() {
        editCount++;
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
    void flush() {
        cancelTimers();
        for (Draft draft : List.copyOf(unstored.values())) {
            storeUnstored(draft);
        }
        Paper base = form.base();
        if (base == null || !isDirty()) {
            return;
        }
        Draft draft = form.draft();
        Paper edited;
        String invalid = null;
        try {
            edited = draft.edited();
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
        long count = editCount;
        long id = base.id();
        Paper toStore = edited;
        String metadataProblem = invalid;
        boolean countsChanged = storeMetadata && countsChanged(base, edited);
        metadataDirty = metadataDirty && !storeMetadata;
        noteDirty = false;
        setOwnState(SaveState.SAVING, "");
        String noteText = draft.note();
        executors.run(() -> write(base, storeMetadata ? toStore : null, noteText),
                result -> saved(result, storeMetadata, count, metadataProblem, countsChanged),
                error -> {
                    Paper now = form.base();
                    if (now == null || now.id() != id) {
                        return; // the paper was discarded (deleted) meanwhile
                    }
                    // Keep the edits pending: the retry, the next change or flush stores them with what came since.
                    metadataDirty |= storeMetadata;
                    noteDirty |= storeNote;
                    if (error instanceof CitationKeyTakenException taken && form.keyTaken(taken)) {
                        flush(); // the problem is said at the key field; the other edits are stored without it
                        return;
                    }
                    openWriteFailed = true;
                    setOwnState(SaveState.ERROR, ErrorMessages.of(error));
                    scheduleRetry();
                });
    }

    /**
     * Stores the note, and the metadata when {@code metadata} is not null (it then holds the note too), based on
     * the state this window last stored or loaded. Runs on the store thread.
     */
    private SaveResult write(Paper base, Paper metadata, String noteText) {
        Instant since = basedOn.get(base.id());
        if (metadata != null && java.util.Objects.equals(metadata.citationKey(), base.citationKey())) {
            // The key was not edited here: keep the stored one (a BibTeX export may have given the paper one since,
            // without changing its update time), so that a key once made is never lost.
            metadata = metadata.withCitationKey(library.papers().find(base.id()).map(Paper::citationKey)
                    .orElse(base.citationKey()));
        }
        SaveResult result = metadata != null ? library.papers().update(metadata, since)
                : library.papers().saveNote(base.id(), noteText, since);
        basedOn.put(base.id(), result.paper().updatedAt());
        return result;
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
        executors.run(() -> write(draft.base(), metadata, draft.note()), result -> {
            unstored.remove(draft.id(), draft);
            noteConflict(result);
            onSaved.accept(new PaperViewModel.Saved(PaperViewModel.summaryOf(result.paper()), counts));
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

    private void saved(SaveResult result, boolean metadataStored, long count, String metadataProblem,
                       boolean countsChanged) {
        Paper stored = result.paper();
        Paper current = form.base();
        if (current != null && current.id() == stored.id()) {
            openWriteFailed = false;
            form.stored(stored, metadataStored && metadataProblem == null);
            if (metadataProblem != null) {
                setOwnState(SaveState.ERROR, metadataProblem);
            } else if (count == editCount && !isDirty()) {
                setOwnState(SaveState.SAVED, "");
            } else {
                setOwnState(SaveState.UNSAVED, ""); // stored, and newer edits are on their way
            }
        }
        noteConflict(result);
        onSaved.accept(new PaperViewModel.Saved(PaperViewModel.summaryOf(stored), countsChanged));
        storeSucceeded();
    }

    private void noteConflict(SaveResult result) {
        if (result.conflicted()) {
            conflict.set(new SaveConflict(result.paper().id(), result.paper().title(), result.otherProgramVersion()));
        }
    }

    // ---- save state and retries

    void failed(Throwable error) {
        setOwnState(SaveState.ERROR, ErrorMessages.of(error));
    }

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

    void retryNow() {
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
}
