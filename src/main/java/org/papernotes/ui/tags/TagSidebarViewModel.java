package org.papernotes.ui.tags;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.ReadingStatus;
import org.papernotes.model.TagCount;
import org.papernotes.store.Library;
import org.papernotes.ui.common.UiExecutors;

/**
 * The tag sidebar: "All papers", "Untagged", the reading statuses and every tag with its count. The
 * selection becomes the paper list's filter: tags narrow together (AND), statuses widen among themselves.
 */
public final class TagSidebarViewModel {

    private final Library library;
    private final UiExecutors executors;
    private final Runnable onTagsChanged;
    private final Consumer<Throwable> onError;

    private final ObservableList<SidebarItem> items = FXCollections.observableArrayList();
    private final ObservableList<SidebarItem> selection = FXCollections.observableArrayList();
    private final ObservableList<String> tagNames = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PaperFilter> filter = new ReadOnlyObjectWrapper<>(PaperFilter.ALL);

    /**
     * @param onTagsChanged runs after a rename, merge or delete changed tags on papers
     */
    public TagSidebarViewModel(Library library, UiExecutors executors, Runnable onTagsChanged,
                               Consumer<Throwable> onError) {
        this.library = library;
        this.executors = executors;
        this.onTagsChanged = onTagsChanged;
        this.onError = onError;
    }

    public ObservableList<SidebarItem> items() {
        return items;
    }

    /** The selected lines, as the view last reported them (see {@link #select}). */
    public ObservableList<SidebarItem> selection() {
        return selection;
    }

    /** Every tag name, by name; used for completion in the tag chips. */
    public ObservableList<String> tagNames() {
        return tagNames;
    }

    // 'filter' property: what the paper list shows
    public ReadOnlyObjectProperty<PaperFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public PaperFilter getFilter() {
        return filter.get();
    }

    /** Reloads counts; the selection keeps the lines that still exist. */
    public void refresh() {
        executors.run(this::loadItems, loaded -> {
            items.setAll(loaded);
            tagNames.setAll(loaded.stream().filter(i -> i.kind() == SidebarItem.Kind.TAG).map(SidebarItem::name).toList());
            select(selection.stream()
                    .map(old -> loaded.stream().filter(old::sameLine).findFirst().orElse(null))
                    .filter(java.util.Objects::nonNull).toList());
        }, onError);
    }

    private List<SidebarItem> loadItems() {
        List<TagCount> tags = library.tags().counts();
        int untagged = library.tags().untaggedCount();
        Map<ReadingStatus, Integer> byStatus = library.stats().byStatus();
        int all = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        List<SidebarItem> result = new ArrayList<>();
        result.add(SidebarItem.all(all));
        result.add(SidebarItem.untagged(untagged));
        result.add(SidebarItem.header(SidebarItem.Kind.STATUS_HEADER));
        for (ReadingStatus status : ReadingStatus.values()) {
            result.add(SidebarItem.status(status, byStatus.getOrDefault(status, 0)));
        }
        result.add(SidebarItem.header(SidebarItem.Kind.TAGS_HEADER));
        for (TagCount tag : tags) {
            result.add(SidebarItem.tag(tag.name(), tag.papers()));
        }
        return result;
    }

    /** The view's selection changed: headers are ignored, "All papers" clears the others. */
    public void select(Collection<SidebarItem> selected) {
        List<SidebarItem> chosen = selected.stream().filter(i -> !i.isHeader()).toList();
        if (chosen.stream().anyMatch(i -> i.kind() == SidebarItem.Kind.ALL)) {
            chosen = List.of();
        }
        if (!chosen.equals(selection)) {
            selection.setAll(chosen);
        }
        filter.set(filterOf(chosen));
    }

    /** Back to all papers. */
    public void clearSelection() {
        select(List.of());
    }

    static PaperFilter filterOf(Collection<SidebarItem> selected) {
        Set<String> tags = new LinkedHashSet<>();
        Set<ReadingStatus> statuses = EnumSet.noneOf(ReadingStatus.class);
        boolean untagged = false;
        for (SidebarItem item : selected) {
            switch (item.kind()) {
                case TAG -> tags.add(item.name());
                case STATUS -> statuses.add(item.status());
                case UNTAGGED -> untagged = true;
                default -> {
                    // "All papers" and headers add no condition
                }
            }
        }
        if (tags.isEmpty() && statuses.isEmpty() && !untagged) {
            return PaperFilter.ALL;
        }
        return new PaperFilter(List.copyOf(tags), untagged, statuses);
    }

    /** Renames a tag on every paper (to an existing name: merges). A selected tag stays selected. */
    public void rename(String from, String to) {
        String target = to == null ? "" : to.strip();
        executors.run(() -> {
            library.tags().rename(from, target);
            return null;
        }, done -> afterChange(Map.of(from, target)), onError);
    }

    /** Moves every paper of {@code sources} to {@code target} and drops the sources. */
    public void merge(Collection<String> sources, String target) {
        String name = target == null ? "" : target.strip();
        List<String> from = List.copyOf(sources);
        executors.run(() -> {
            library.tags().merge(from, name);
            return null;
        }, done -> {
            Map<String, String> renamed = new java.util.HashMap<>();
            from.forEach(source -> renamed.put(source, name));
            afterChange(renamed);
        }, onError);
    }

    /** Removes a tag from every paper. */
    public void delete(String name) {
        executors.run(() -> {
            library.tags().delete(name);
            return null;
        }, done -> afterChange(Map.of()), onError);
    }

    private void afterChange(Map<String, String> renamed) {
        List<SidebarItem> moved = selection.stream()
                .map(item -> item.kind() == SidebarItem.Kind.TAG && renamed.containsKey(item.name())
                        ? SidebarItem.tag(renamed.get(item.name()), item.count()) : item)
                .distinct().toList();
        selection.setAll(moved);
        refresh();
        onTagsChanged.run();
    }
}
