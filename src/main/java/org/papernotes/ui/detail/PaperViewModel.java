package org.papernotes.ui.detail;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
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
import org.papernotes.bibliography.CitationKeyPattern;
import org.papernotes.model.CitationKey;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperSummary;
import org.papernotes.model.ReadingStatus;
import org.papernotes.model.VersionReason;
import org.papernotes.store.CitationKeyTakenException;
import org.papernotes.store.Library;
import org.papernotes.ui.common.UiExecutors;

/**
 * The open paper: its metadata as editable properties, its note, and the commands on it. The note's round trip
 * with the editor is one property and one command: {@link #noteLoadedProperty()} gives the editor a note to show
 * (a paper opened, reloaded or restored), {@link #noteEdited(String)} takes what the user typed; an edit that
 * matches the note already held is not one. Saving (autosave, retries, another program's changes, versions) is
 * {@link AutoSave}'s.
 */
public final class PaperViewModel {

    public static final Duration PAUSE = AutoSave.PAUSE;
    public static final Duration MAX_DELAY = AutoSave.MAX_DELAY;
    /** A failed save is tried again after this, then after twice as long each time, up to {@link #MAX_RETRY_DELAY}. */
    public static final Duration FIRST_RETRY_DELAY = AutoSave.FIRST_RETRY_DELAY;
    public static final Duration MAX_RETRY_DELAY = AutoSave.MAX_RETRY_DELAY;
    /** Authors are edited as one line, separated by semicolons (names themselves may hold commas). */
    public static final String AUTHOR_SEPARATOR = "; ";

    private final Library library;
    private final UiExecutors executors;
    private final AutoSave saving;

    private final ReadOnlyObjectWrapper<Paper> paper = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LoadedNote> noteLoaded = new ReadOnlyObjectWrapper<>();
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
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final StringProperty citationKey = new SimpleStringProperty("");
    private final StringProperty abstractText = new SimpleStringProperty("");
    private final StringProperty entryType = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<KeyProblem> keyProblem = new ReadOnlyObjectWrapper<>(KeyProblem.NONE);
    /** Counts key checks, so that the answer to an older one is dropped. */
    private long keyCheck;
    /** True while a load sets the fields, whose listeners must not take it for the user's edits. */
    private boolean loadingFields;

    /**
     * What is wrong with the typed citation key, said at the field; while there is a problem the paper keeps its
     * stored key (a key is never stored half-checked).
     *
     * @param ownerId    the paper that has the key ({@link Kind#TAKEN})
     * @param ownerTitle its title, or empty when not known
     */
    public record KeyProblem(Kind kind, long ownerId, String ownerTitle) {
        /** No problem; being checked; not a key BibTeX accepts; another paper's. */
        public enum Kind { NONE, CHECKING, INVALID, TAKEN }

        public static final KeyProblem NONE = new KeyProblem(Kind.NONE, 0, "");

        public boolean isProblem() {
            return kind == Kind.INVALID || kind == Kind.TAKEN;
        }
    }

    /** What a save stored: the list row to refresh, and whether tag or status counts changed. */
    public record Saved(PaperSummary summary, boolean countsChanged) {
    }

    public PaperViewModel(Library library, UiExecutors executors, Consumer<Saved> onSaved) {
        this.library = library;
        this.executors = executors;
        this.saving = new AutoSave(library, executors, onSaved, new AutoSave.Form() {
            @Override
            public Paper base() {
                return paper.get();
            }

            @Override
            public Draft draft() {
                return PaperViewModel.this.draft();
            }

            @Override
            public void stored(Paper stored, boolean metadataStored) {
                Paper before = paper.get();
                paper.set(stored);
                keyFromStore(before, stored);
            }

            @Override
            public boolean keyTaken(CitationKeyTakenException taken) {
                if (!taken.key().equalsIgnoreCase(citationKey.get().strip())) {
                    return false;
                }
                keyCheck++;
                keyProblem.set(new KeyProblem(KeyProblem.Kind.TAKEN, taken.ownerId(), ""));
                return true;
            }
        });
        for (ObservableValue<?> field : Arrays.asList(title, authors, venue, year, doi, arxiv, url, status, rating,
                abstractText, entryType)) {
            field.addListener((o, old, now) -> metadataEdited());
        }
        citationKey.addListener((o, old, now) -> keyTyped());
        tags.addListener((ListChangeListener<String>) change -> metadataEdited());
    }

    // 'paper' property: the paper as last loaded or saved; null when none is open
    public ReadOnlyObjectProperty<Paper> paperProperty() {
        return paper.getReadOnlyProperty();
    }

    public Paper getPaper() {
        return paper.get();
    }

    // 'noteLoaded' property: the note the editor is to show, set by each load (not by typing)
    public ReadOnlyObjectProperty<LoadedNote> noteLoadedProperty() {
        return noteLoaded.getReadOnlyProperty();
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

    // 'citationKey' property: the key as typed; stored once it is valid and no other paper has it
    public StringProperty citationKeyProperty() {
        return citationKey;
    }

    /** What is wrong with the typed key ({@link KeyProblem#NONE} when nothing is). */
    public ReadOnlyObjectProperty<KeyProblem> keyProblemProperty() {
        return keyProblem.getReadOnlyProperty();
    }

    // 'abstractText' property: the paper's abstract, plain text
    public StringProperty abstractTextProperty() {
        return abstractText;
    }

    // 'entryType' property: the BibTeX entry type (article, inproceedings, …), empty when unknown
    public StringProperty entryTypeProperty() {
        return entryType;
    }

    // 'note' property: the note as the user has it now (loaded, then edited)
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saving.saveStateProperty();
    }

    /** The reason of the last failed save; empty otherwise. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saving.saveErrorProperty();
    }

    /** True while a store write failed and is being tried again by itself (see {@link #FIRST_RETRY_DELAY}). */
    public ReadOnlyBooleanProperty retryingProperty() {
        return saving.retryingProperty();
    }

    /** Whole seconds until the next retry of a failed save; 0 when none is waiting. */
    public ReadOnlyIntegerProperty retryInSecondsProperty() {
        return saving.retryInSecondsProperty();
    }

    /** The last save that found the paper changed by another program (its text kept as a version); null if none. */
    public ReadOnlyObjectProperty<SaveConflict> conflictProperty() {
        return saving.conflictProperty();
    }

    /** Whether edits exist that are not stored yet: of the open paper, or of one whose save failed. */
    public boolean hasUnstoredEdits() {
        return saving.hasUnstoredEdits();
    }

    public boolean isDirty() {
        return saving.isDirty();
    }

    // ---- commands

    /** The user changed the note in the editor to {@code text}. */
    public void noteEdited(String text) {
        String value = text == null ? "" : text;
        if (paper.get() == null || value.equals(note.get())) {
            return; // the editor showing a loaded note, or no change at all
        }
        note.set(value);
        saving.noteEdited();
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
        executors.run(() -> library.papers().find(id).orElse(null), this::show, saving::failed);
    }

    /**
     * Gives the open paper a citation key made from its fields as typed (the library's pattern, unique in the
     * library), for a paper that has none; it is then checked and stored like a typed one, and kept.
     */
    public void generateKey() {
        Paper base = paper.get();
        if (base == null) {
            return;
        }
        Paper from;
        try {
            from = draft().edited();
        } catch (IllegalArgumentException e) {
            from = base; // a field the user left invalid: the stored fields make the key
        }
        Paper source = from;
        long id = base.id();
        executors.run(() -> {
            return CitationKeyPattern.of(CitationKeyPattern.DEFAULT).uniqueKey(source,
                    library.papers().citationKeysInUse(id));
        }, key -> {
            Paper now = paper.get();
            if (now != null && now.id() == id) {
                citationKey.set(key);
            }
        }, saving::failed);
    }

    /** Forgets the open paper without saving (it was deleted). */
    public void discard() {
        saving.discard();
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
                loadingFields = true;
                try {
                    tags.setAll(stored);
                } finally {
                    loadingFields = false;
                }
            }
        }, saving::failed);
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
        }, saving::failed);
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
            if (now != null && now.id() == id && !saving.holdsFailedEdits()) {
                show(loaded);
            }
        }, saving::failed);
    }

    /**
     * Another program changed the library: the open paper is loaded again if it changed and nothing is being
     * edited; with edits in progress they are stored now, and the store keeps the other text as a version.
     */
    public void externalChange() {
        Paper current = paper.get();
        if (current == null) {
            return;
        }
        if (saving.isDirty()) {
            flush();
            return;
        }
        long id = current.id();
        executors.run(() -> library.papers().find(id).orElse(null), loaded -> {
            Paper now = paper.get();
            if (now == null || now.id() != id || saving.isDirty() || saving.holdsFailedEdits()) {
                return;
            }
            if (loaded == null) {
                discard(); // deleted by the other program
            } else if (!loaded.updatedAt().equals(now.updatedAt())
                    || !java.util.Objects.equals(loaded.citationKey(), now.citationKey())) {
                show(loaded); // a key made by a BibTeX export does not change the update time
            }
        }, saving::failed);
    }

    /**
     * Keeps the open paper as a version before a bulk replacement (find-and-replace all): what is typed is stored
     * first, then the state is recorded, in that order on the store thread.
     */
    public void keepVersion(VersionReason reason) {
        Paper current = paper.get();
        if (current == null) {
            return;
        }
        flush();
        long id = current.id();
        executors.run(() -> library.versions().record(id, reason), number -> { }, saving::failed);
    }

    /** Restores version {@code number} of the open paper in place; the editor shows it when it is stored. */
    public void restoreVersion(int number, Runnable onRestored) {
        Paper current = paper.get();
        if (current == null) {
            return;
        }
        flush();
        long id = current.id();
        executors.run(() -> library.papers().restoreVersion(id, number), restored -> {
            Paper now = paper.get();
            if (now != null && now.id() == id) {
                saving.rebased(restored);
                show(restored);
            }
            onRestored.run();
        }, saving::failed);
    }

    /**
     * Stores pending edits now (on the store thread): those of the open paper, and those of papers whose save
     * failed earlier; does nothing when there are none.
     */
    public void flush() {
        saving.flush();
    }

    /** Retries a failing save at once instead of at the end of the countdown; does nothing while none is failing. */
    public void retryNow() {
        saving.retryNow();
    }

    // ---- the form

    private void show(Paper loaded) {
        Draft kept = saving.switching(paper.get(), loaded);
        loadingFields = true;
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
            citationKey.set(nullToEmpty(kept != null ? kept.citationKey() : p.citationKey()));
            abstractText.set(nullToEmpty(kept != null ? kept.abstractText() : p.abstractText()));
            entryType.set(nullToEmpty(kept != null ? kept.entryType() : p.entryType()));
            keyCheck++;
            keyProblem.set(KeyProblem.NONE);
        } finally {
            loadingFields = false;
        }
        noteLoaded.set(loaded == null ? null : new LoadedNote(loaded.id(), note.get()));
    }

    private Draft draft() {
        return new Draft(paper.get(), title.get(), authors.get(), venue.get(), year.get(), doi.get(), arxiv.get(),
                url.get(), status.get(), rating.get(), tags, note.get(), saving.isMetadataDirty(), saving.isNoteDirty(),
                keyToStore(), abstractText.get(), entryType.get());
    }

    /** The typed key once it is known to be good (blank: none), else the stored one. */
    private String keyToStore() {
        Paper base = paper.get();
        if (keyProblem.get().kind() != KeyProblem.Kind.NONE) {
            return base == null ? null : base.citationKey();
        }
        String typed = citationKey.get() == null ? "" : citationKey.get().strip();
        return typed.isEmpty() ? null : typed;
    }

    /**
     * The user typed in the key field: a blank key or the paper's own is stored as it is, an invalid one is said to
     * be so, any other is checked against the library first and stored only if no other paper has it.
     */
    private void keyTyped() {
        Paper base = paper.get();
        if (loadingFields || base == null) {
            return;
        }
        long check = ++keyCheck;
        String typed = citationKey.get() == null ? "" : citationKey.get().strip();
        if (typed.isEmpty() || typed.equalsIgnoreCase(nullToEmpty(base.citationKey()))) {
            keyProblem.set(KeyProblem.NONE);
            metadataEdited();
            return;
        }
        if (!CitationKey.isValid(typed)) {
            keyProblem.set(new KeyProblem(KeyProblem.Kind.INVALID, 0, ""));
            return;
        }
        keyProblem.set(new KeyProblem(KeyProblem.Kind.CHECKING, 0, ""));
        long id = base.id();
        executors.run(() -> library.papers().citationKeyOwner(typed).filter(owner -> owner != id)
                .map(owner -> new KeyProblem(KeyProblem.Kind.TAKEN, owner,
                        library.papers().find(owner).map(Paper::title).orElse("")))
                .orElse(KeyProblem.NONE), problem -> {
                    if (check != keyCheck) {
                        return; // typed on since
                    }
                    keyProblem.set(problem);
                    if (problem.kind() == KeyProblem.Kind.NONE) {
                        metadataEdited();
                    }
                }, error -> {
                    if (check == keyCheck) {
                        keyProblem.set(KeyProblem.NONE);
                        saving.failed(error);
                    }
                });
    }

    /**
     * After a save: a key the store kept (made by a BibTeX export meanwhile) shows in the field if the user had not
     * typed one.
     */
    private void keyFromStore(Paper before, Paper stored) {
        String shown = citationKey.get() == null ? "" : citationKey.get().strip();
        if (before != null && stored != null && before.id() == stored.id()
                && shown.equals(nullToEmpty(before.citationKey()))
                && !java.util.Objects.equals(before.citationKey(), stored.citationKey())) {
            loadingFields = true;
            try {
                citationKey.set(nullToEmpty(stored.citationKey()));
            } finally {
                loadingFields = false;
            }
        }
    }

    private void metadataEdited() {
        if (!loadingFields && paper.get() != null) {
            saving.metadataEdited();
        }
    }

    static PaperSummary summaryOf(Paper paper) {
        return new PaperSummary(paper.id(), paper.title(), paper.authors(), paper.year(), paper.venue(), paper.status(),
                paper.rating(), paper.tags(), paper.updatedAt(), paper.citationKey());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
