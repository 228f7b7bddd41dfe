package org.papernotes.ui.editor;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The editor's visible strings, from {@code org/papernotes/ui/editor/messages*.properties}. */
final class EditorMessages {

    private static final String BUNDLE = "org.papernotes.ui.editor.messages";

    private EditorMessages() {
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE);
    }

    static String get(String key) {
        return bundle().getString(key);
    }

    static String format(String key, Object... arguments) {
        return MessageFormat.format(get(key), arguments);
    }
}
