package org.papernotes.model;

import java.time.Instant;
import java.util.List;

/**
 * One version in a paper's history: when it was taken, why, and what changed since the version before it.
 *
 * @param number        1, 2, … for the paper; stays the same when older versions are thinned out
 * @param changedFields the fields that differ from the version before: "title", "authors", "tags", "note", …
 * @param charsAdded    characters of the note added since the version before
 * @param charsRemoved  characters of the note removed since the version before
 * @param restoredFrom  for {@link VersionReason#RESTORED}, the number of the version restored; null otherwise
 */
public record PaperVersion(long paperId, int number, Instant createdAt, VersionReason reason,
                           List<String> changedFields, int charsAdded, int charsRemoved, Integer restoredFrom) {

    public PaperVersion {
        changedFields = List.copyOf(changedFields);
    }
}
