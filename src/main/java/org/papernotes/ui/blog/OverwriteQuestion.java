package org.papernotes.ui.blog;

import java.nio.file.Path;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.model.Paper;

/** Asks the user, on the FX thread, whether a post file PaperNotes did not write may be overwritten. */
@FunctionalInterface
public interface OverwriteQuestion {

    /** Skip without asking: what an export does when nobody can be asked. */
    OverwriteQuestion SKIP = (paper, file, conflict) -> new Answer(false, false);

    Answer ask(Paper paper, Path file, OverwritePolicy.Conflict conflict);

    /**
     * @param overwrite whether this file may be overwritten
     * @param forAll    whether the same answer holds for the other such files of this export
     */
    record Answer(boolean overwrite, boolean forAll) {
    }
}
