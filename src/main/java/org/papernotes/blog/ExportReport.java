package org.papernotes.blog;

import java.nio.file.Path;
import java.util.List;

/** What an export did, post by post, for a summary or a result dialog. */
public record ExportReport(Path postsFolder, List<Entry> entries, boolean cancelled) {

    public ExportReport {
        entries = List.copyOf(entries);
    }

    public enum Outcome { WRITTEN, UNCHANGED, SKIPPED, FAILED }

    /**
     * @param file   the post file (absolute), or null when it could not be decided
     * @param detail why it was skipped or failed, or what else happened (an old file replaced); null for nothing
     */
    public record Entry(long paperId, String title, Path file, Outcome outcome, BlogMessage detail) {
    }

    public long count(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).count();
    }

    public long written() {
        return count(Outcome.WRITTEN);
    }

    public long unchanged() {
        return count(Outcome.UNCHANGED);
    }

    public long skipped() {
        return count(Outcome.SKIPPED);
    }

    public long failed() {
        return count(Outcome.FAILED);
    }
}
