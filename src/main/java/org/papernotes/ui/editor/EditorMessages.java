package org.papernotes.ui.editor;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The editor's visible strings, from {@code org/papernotes/ui/editor/messages*.properties}, in the window's language
 * (which need not be the system's: a window switched to Chinese on an English system shows a Chinese find bar).
 */
final class EditorMessages {

    private static final String BUNDLE = "org.papernotes.ui.editor.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private EditorMessages(Locale locale) {
        this.locale = locale;
        // Without NoFallback, English on a Chinese system would fall back to the system's (Chinese) bundle.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The strings in {@code locale}'s language: Chinese for any zh locale, English otherwise. */
    static EditorMessages of(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        return new EditorMessages(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
    }

    String text(String key) {
        return bundle.getString(key);
    }

    String formatted(String key, Object... arguments) {
        return new MessageFormat(text(key), locale).format(arguments);
    }

    /** In the system's language (a pane made without one). */
    static String get(String key) {
        return of(Locale.getDefault()).text(key);
    }

    static String format(String key, Object... arguments) {
        return of(Locale.getDefault()).formatted(key, arguments);
    }
}
