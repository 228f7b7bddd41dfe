package org.papernotes.ui.history;

import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperVersion;
import org.papernotes.store.Library;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.PaperViewModel;

/**
 * The History panel of the open paper: its versions, newest first; the selected one compared, line by line, with
 * the version before it (what it changed) or with the paper as it is now; Restore (in place, itself a new
 * version) and the selected version's note for Copy text. Loads and comparisons run on the store thread.
 */
public final class HistoryViewModel {

    private final Library library;
    private final UiExecutors executors;
    private final PaperViewModel paper;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private final DiffRowGenerator rows = DiffRowGenerator.create().showInlineDiffs(false).lineNormalizer(line -> line)
            .build();

    private final ObservableList<PaperVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<PaperVersion> selected = new SimpleObjectProperty<>();
    private final BooleanProperty compareWithCurrent = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<VersionComparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> paperId = new ReadOnlyObjectWrapper<>();
    private long request;
    private Integer wanted;

    public HistoryViewModel(Library library, UiExecutors executors, PaperViewModel paper, Messages messages,
                            Consumer<Throwable> onError) {
        this.library = library;
        this.executors = executors;
        this.paper = paper;
        this.messages = messages;
        this.onError = onError;
        selected.addListener((o, old, now) -> compare());
        compareWithCurrent.addListener((o, old, now) -> compare());
    }

    public ObservableList<PaperVersion> versions() {
        return versions;
    }

    // 'selected' property: the version shown; null when none is
    public ObjectProperty<PaperVersion> selectedProperty() {
        return selected;
    }

    // 'compareWithCurrent' property: compare the selected version with the paper now instead of the version before
    public BooleanProperty compareWithCurrentProperty() {
        return compareWithCurrent;
    }

    public ReadOnlyObjectProperty<VersionComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The paper whose history is shown; null before {@link #load}. */
    public ReadOnlyObjectProperty<Long> paperIdProperty() {
        return paperId.getReadOnlyProperty();
    }

    /** Shows the history of the open paper (after storing what is typed), with version {@code select} selected if given. */
    public void load(Integer select) {
        Paper open = paper.getPaper();
        if (open == null) {
            return;
        }
        paper.flush();
        long id = open.id();
        wanted = select;
        executors.run(() -> library.versions().list(id), list -> {
            paperId.set(id);
            versions.setAll(list);
            PaperVersion choice = list.stream().filter(v -> wanted != null && v.number() == wanted).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (choice == selected.get()) {
                compare();
            }
            selected.set(choice);
        }, onError);
    }

    /** Restores the selected version in place; the list then shows the versions this made. */
    public void restore() {
        PaperVersion version = selected.get();
        if (version == null) {
            return;
        }
        paper.restoreVersion(version.number(), () -> load(null));
    }

    /** Hands the selected version's note to {@code into} (for the clipboard). */
    public void selectedNote(Consumer<String> into) {
        PaperVersion version = selected.get();
        if (version == null) {
            return;
        }
        executors.run(() -> library.versions().noteAt(version.paperId(), version.number()), into, onError);
    }

    private void compare() {
        PaperVersion version = selected.get();
        long mine = ++request;
        if (version == null) {
            comparison.set(null);
            return;
        }
        boolean withCurrent = compareWithCurrent.get();
        int at = versions.indexOf(version);
        PaperVersion before = at >= 0 && at + 1 < versions.size() ? versions.get(at + 1) : null;
        executors.run(() -> {
            long id = version.paperId();
            Paper chosen = library.versions().paperAt(id, version.number());
            if (withCurrent) {
                return new VersionComparison(version.number(), null,
                        rows.generateDiffRows(lines(chosen), lines(library.papers().get(id))));
            }
            List<String> older = before == null ? List.of() : lines(library.versions().paperAt(id, before.number()));
            return new VersionComparison(before == null ? null : before.number(), version.number(),
                    rows.generateDiffRows(older, lines(chosen)));
        }, result -> {
            if (mine == request) {
                comparison.set(result);
            }
        }, onError);
    }

    /** The paper as lines to compare: its fields, one a line, then its note. */
    List<String> lines(Paper p) {
        List<String> lines = new ArrayList<>();
        field(lines, "field.title.prompt", p.title());
        field(lines, "field.authors", String.join("; ", p.authors()));
        field(lines, "field.venue", p.venue());
        field(lines, "field.year", p.year() == null ? null : p.year().toString());
        field(lines, "field.doi", p.doi());
        field(lines, "field.arxiv", p.arxivId());
        field(lines, "field.url", p.url());
        field(lines, "field.status", messages.get("status." + p.status().key()));
        field(lines, "field.rating", p.rating() == 0 ? null : Integer.toString(p.rating()));
        field(lines, "field.tags", String.join(", ", p.tags()));
        lines.add("");
        lines.addAll(List.of(p.note().split("\n", -1)));
        return lines;
    }

    private void field(List<String> lines, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(messages.format("history.field", messages.get(key), value));
        }
    }
}
