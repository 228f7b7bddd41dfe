package org.papernotes.model;

import java.time.Instant;
import java.util.List;

/** A paper in the trash: what the Trash shows of it until it is restored or the trash is emptied. */
public record TrashedPaper(long trashId, long paperId, String title, List<String> tags, Instant deletedAt) {

    public TrashedPaper {
        tags = List.copyOf(tags);
    }
}
