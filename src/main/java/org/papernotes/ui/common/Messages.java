package org.papernotes.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The interface strings in one language (messages.properties, messages_zh_CN.properties). */
public final class Messages {

    public static final String BUNDLE = "org.papernotes.ui.messages";
    /** The languages the interface is written in. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages of(Locale locale) {
        Locale supported = supported(locale);
        // Without NoFallback, an English choice on a Chinese system would fall back to the system's bundle.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, supported);
    }

    /** The supported language closest to {@code locale}: Chinese for any zh locale, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
