package org.papernotes.ui.blog;

import java.nio.file.Path;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.model.Paper;

/** Asks the user, on the FX thread, whether an existing post file may be changed, showing how. */
@FunctionalInterface
public interface OverwriteQuestion {

    /** Skip without asking: what an export does when nobody can be asked. */
    OverwriteQuestion SKIP = (paper, file, conflict, diff) -> new Answer(false, false);

    /** @param diff the change, as a unified diff */
    Answer ask(Paper paper, Path file, OverwritePolicy.Conflict conflict, String diff);

    /**
     * @param overwrite whether this file may be overwritten
     * @param forAll    whether the same answer holds for the other such files of this export
     */
    record Answer(boolean overwrite, boolean forAll) {
    }
}
