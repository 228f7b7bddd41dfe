package org.papernotes.model;

import java.util.Map;

/** Counts for `papernotes stats` and the status bar. */
public record LibraryStats(
        int papers,
        int tags,
        Map<ReadingStatus, Integer> byStatus,
        long noteCharacters,
        int published,
        int schemaVersion,
        long fileBytes) {

    public LibraryStats {
        byStatus = Map.copyOf(byStatus);
    }
}
