package org.papernotes.model;

import java.time.Instant;
import java.util.List;

/**
 * One row of the paper list: what the table shows, without the note.
 *
 * @param citationKey the paper's citation key, or null when it has none
 */
public record PaperSummary(
        long id,
        String title,
        List<String> authors,
        Integer year,
        String venue,
        ReadingStatus status,
        int rating,
        List<String> tags,
        Instant updatedAt,
        String citationKey) {

    public PaperSummary {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }
}
