package org.papernotes.ui.attachments;

import org.papernotes.images.FileProblem;
import org.papernotes.ui.common.Messages;

/** Why a file was refused ({@link FileProblem}), in the interface's language: key {@code attach.problem.CODE}. */
public final class AttachProblems {

    private AttachProblems() {
    }

    public static String key(FileProblem.Code code) {
        return "attach.problem." + code.name();
    }

    public static String text(Messages messages, FileProblem problem) {
        return messages.format(key(problem.code()), problem.args().toArray());
    }
}
