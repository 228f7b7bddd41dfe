package org.papernotes.ui.publish;

import org.papernotes.git.GitMessage;
import org.papernotes.ui.common.Messages;

/** A {@link GitMessage} in the interface's language (key {@code git.CODE}), or in English where none is written. */
public final class GitReasons {

    private GitReasons() {
    }

    public static String text(Messages messages, GitMessage reason) {
        String key = "git." + reason.code().name();
        String pattern = messages.get(key);
        if (pattern.startsWith("!")) {
            return reason.english();
        }
        return messages.format(key, reason.args().toArray());
    }
}
