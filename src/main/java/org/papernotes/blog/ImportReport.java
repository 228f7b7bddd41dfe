package org.papernotes.blog;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did, file by file; failures say why, warnings say what was read generously (or which of a post's
 * images could not be imported).
 *
 * @param imagesImported how many images of the posts were added to the library (those it had already are not counted)
 */
public record ImportReport(List<Entry> entries, boolean cancelled, int imagesImported) {

    public ImportReport {
        entries = List.copyOf(entries);
    }

    public enum Outcome { IMPORTED, UPDATED, UNCHANGED, FAILED }

    /**
     * @param paperId  the paper made or updated, or 0 when the file failed
     * @param title    the post's title, or null when the file failed
     * @param warnings what was read generously
     * @param problem  why the file failed, or null
     */
    public record Entry(Path file, Outcome outcome, long paperId, String title, List<BlogMessage> warnings,
                        BlogMessage problem) {
        public Entry {
            warnings = List.copyOf(warnings);
        }
    }

    public long count(Outcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).count();
    }

    public long imported() {
        return count(Outcome.IMPORTED);
    }

    public long updated() {
        return count(Outcome.UPDATED);
    }

    public long unchanged() {
        return count(Outcome.UNCHANGED);
    }

    public long failed() {
        return count(Outcome.FAILED);
    }
}
