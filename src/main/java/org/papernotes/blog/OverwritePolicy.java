package org.papernotes.blog;

import java.nio.file.Path;
import org.papernotes.model.Paper;

/**
 * Decides about an existing post file whose content an export would change. Called on the exporting thread; a
 * window may block it while it asks the user, showing the diff.
 */
@FunctionalInterface
public interface OverwritePolicy {

    /** Leave every such file as it is (the command line without {@code --force}). */
    OverwritePolicy NEVER = (paper, file, conflict, diff) -> false;
    /** Overwrite them all ({@code --force}). */
    OverwritePolicy ALWAYS = (paper, file, conflict, diff) -> true;

    /** @param diff the change, as a unified diff of the file's text */
    boolean mayOverwrite(Paper paper, Path file, Conflict conflict, String diff);

    /** What the file is to PaperNotes. */
    enum Conflict {
        /** PaperNotes wrote or imported it, and nobody changed it since: the paper changed. */
        WOULD_CHANGE,
        /** The file is not one PaperNotes wrote or imported for this paper. */
        NOT_WRITTEN_BY_PAPERNOTES,
        /** PaperNotes wrote or imported it, but it was edited outside since. */
        CHANGED_SINCE_EXPORT
    }
}
