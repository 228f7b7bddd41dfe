package org.papernotes.blog;

import java.nio.file.Path;
import org.papernotes.model.Paper;

/**
 * Decides about a post file that PaperNotes would overwrite but did not write in its current form. Called on
 * the exporting thread; a window may block it while it asks the user.
 */
@FunctionalInterface
public interface OverwritePolicy {

    /** Skip every such file (the command line's default). */
    OverwritePolicy NEVER = (paper, file, conflict) -> false;
    /** Overwrite them all ({@code --force}). */
    OverwritePolicy ALWAYS = (paper, file, conflict) -> true;

    boolean mayOverwrite(Paper paper, Path file, Conflict conflict);

    /** Why a file needs asking about. */
    enum Conflict {
        /** The file is not one PaperNotes wrote or imported for this paper. */
        NOT_WRITTEN_BY_PAPERNOTES,
        /** PaperNotes wrote or imported it, but it was edited outside since. */
        CHANGED_SINCE_EXPORT
    }
}
