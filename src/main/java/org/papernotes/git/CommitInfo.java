package org.papernotes.git;

import java.time.Instant;
import java.util.List;

/**
 * One commit of the blog, as the status shows it.
 *
 * @param id        the full commit id
 * @param time      when it was committed
 * @param subject   the first line of its message
 * @param paths     the files it changed (relative, {@code /}), for a publish commit the posts and images published
 */
public record CommitInfo(String id, Instant time, String subject, List<String> paths) {

    public CommitInfo {
        paths = List.copyOf(paths);
    }

    /** The id as git abbreviates it in messages: 7 hex digits. */
    public String shortId() {
        return id.substring(0, Math.min(7, id.length()));
    }
}
