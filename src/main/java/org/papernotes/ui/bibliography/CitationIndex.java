package org.papernotes.ui.bibliography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.papernotes.bibliography.CitationText;
import org.papernotes.markdown.CitationResolver;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperSummary;
import org.papernotes.store.Library;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.editor.CitationSuggestions;

/**
 * The library's papers by citation key, for completing {@code [@…} in the editor and showing citations in the
 * preview: read once when first needed (off the FX thread), then kept current from the rows the list loads and the
 * saves it shows, and read again whenever the number of papers changes (added, deleted, imported). Its snapshot is
 * immutable, so that the preview's render thread and the editor read it without locks.
 */
public final class CitationIndex implements CitationSuggestions {

    /** A paper with a key, as completion and the preview show it. */
    public record Entry(long id, String key, String title, Integer year, List<String> authorList, String inText) {
        public String authors() {
            return String.join(", ", authorList);
        }

        /** Whether the row says the same as this entry (nothing to recompute). */
        boolean describes(PaperSummary row) {
            return key.equals(row.citationKey()) && title.equals(row.title()) && Objects.equals(year, row.year())
                    && authorList.equals(row.authors());
        }
    }

    private final Library library;
    private final UiExecutors executors;
    private volatile Map<String, Entry> byKey = Map.of();
    private volatile Map<Long, Entry> byId = Map.of();
    private volatile List<Entry> inKeyOrder = List.of();
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
    private boolean loaded;
    private boolean loading;

    public CitationIndex(Library library, UiExecutors executors) {
        this.library = library;
        this.executors = executors;
    }

    /** Counts changes of what a key names (the preview renders again when it moves). */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** Whether the index was read (before, nothing asked for it). */
    public boolean isLoaded() {
        return loaded;
    }

    /** Reads the index the first time it is needed; later calls do nothing. */
    public void ensureLoaded() {
        if (!loaded && !loading) {
            refresh();
        }
    }

    /** Reads every keyed paper again (papers were added or deleted). */
    public void refresh() {
        loading = true;
        executors.run(() -> library.papers().list(PaperFilter.ALL), rows -> {
            loading = false;
            loaded = true;
            Map<String, Entry> fresh = new HashMap<>();
            for (PaperSummary row : rows) {
                Entry entry = entry(row);
                if (entry != null) {
                    fresh.putIfAbsent(lower(entry.key()), entry);
                }
            }
            publish(fresh);
        }, error -> loading = false);
    }

    /** Rows the list just showed (loaded or saved): their keys and fields now. Cheap for rows that did not change. */
    public void update(List<? extends PaperSummary> rows) {
        if (!loaded) {
            return;
        }
        Map<String, Entry> keys = null;
        Map<Long, Entry> ids = null;
        for (PaperSummary row : rows) {
            Entry old = (ids == null ? byId : ids).get(row.id());
            if (old == null ? row.citationKey() == null || row.citationKey().isBlank() : old.describes(row)) {
                continue;
            }
            if (keys == null) {
                keys = new HashMap<>(byKey);
                ids = new HashMap<>(byId);
            }
            if (old != null) {
                keys.remove(lower(old.key()), old);
                ids.remove(row.id());
            }
            Entry entry = entry(row);
            if (entry != null) {
                keys.put(lower(entry.key()), entry);
                ids.put(row.id(), entry);
            }
        }
        if (keys != null) {
            publish(keys);
        }
    }

    /** The paper a key names, ignoring case. */
    public Optional<Entry> find(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(lower(key)));
    }

    /** The preview's view of the index; {@code unknown} is the tooltip of a key no paper has. */
    public CitationResolver resolver(java.util.function.Function<String, String> unknown) {
        return new CitationResolver() {
            @Override
            public Optional<Cited> resolve(String key) {
                return find(key).map(entry -> new Cited(entry.id(), entry.inText(), entry.title()));
            }

            @Override
            public String unknownTitle(String key) {
                return unknown.apply(key);
            }
        };
    }

    /**
     * Papers for what was typed after {@code [@}: keys that start with it first, then keys, titles and authors
     * that contain it; all keys (in key order) for nothing typed.
     */
    @Override
    public List<Suggestion> complete(String typed, int limit) {
        String query = lower(typed == null ? "" : typed.strip());
        List<Entry> starting = new ArrayList<>();
        List<Entry> containing = new ArrayList<>();
        for (Entry entry : inKeyOrder) {
            String key = lower(entry.key());
            if (key.startsWith(query)) {
                starting.add(entry);
            } else if (key.contains(query) || lower(entry.title()).contains(query) || lower(entry.authors()).contains(query)) {
                containing.add(entry);
            }
            if (starting.size() >= limit) {
                break;
            }
        }
        starting.addAll(containing);
        return starting.stream().limit(limit)
                .map(e -> new Suggestion(e.key(), e.title(), e.year(), e.authors())).toList();
    }

    private void publish(Map<String, Entry> fresh) {
        Map<Long, Entry> ids = new HashMap<>();
        fresh.values().forEach(entry -> ids.put(entry.id(), entry));
        byId = Map.copyOf(ids);
        byKey = Map.copyOf(fresh);
        List<Entry> sorted = new ArrayList<>(fresh.values());
        sorted.sort(Comparator.comparing((Entry e) -> lower(e.key())));
        inKeyOrder = List.copyOf(sorted);
        version.set(version.get() + 1);
    }

    private static Entry entry(PaperSummary row) {
        if (row.citationKey() == null || row.citationKey().isBlank()) {
            return null;
        }
        Paper paper = Paper.titled(row.title()).withAuthors(row.authors()).withYear(row.year());
        return new Entry(row.id(), row.citationKey(), row.title(), row.year(), row.authors(), CitationText.inText(paper));
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
