package org.papernotes.model;

import java.util.List;
import java.util.Set;

/**
 * Which papers the list shows: all of the given tags (AND), optionally only untagged papers, optionally
 * only some reading statuses. An empty filter shows everything.
 */
public record PaperFilter(List<String> allTags, boolean untaggedOnly, Set<ReadingStatus> statuses) {

    public static final PaperFilter ALL = new PaperFilter(List.of(), false, Set.of());

    public PaperFilter {
        allTags = List.copyOf(allTags == null ? List.of() : allTags);
        statuses = Set.copyOf(statuses == null ? Set.of() : statuses);
    }

    public static PaperFilter tagged(String... tags) {
        return new PaperFilter(List.of(tags), false, Set.of());
    }
}
