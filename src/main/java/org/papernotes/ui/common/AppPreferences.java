package org.papernotes.ui.common;

import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the window remembers between runs (java.util.prefs): language, theme, window size, split positions. */
public final class AppPreferences {

    private static final System.Logger LOG = System.getLogger(AppPreferences.class.getName());
    private static final String LANGUAGE = "language";
    private static final String DARK = "theme.dark";
    private static final String VIEW_MODE = "note.viewMode";
    private static final String REMOTE_IMAGES = "preview.remoteImages";
    private static final String COPY_PDFS = "pdf.copyIntoLibrary";
    private static final String HEADER_COLLAPSED = "header.collapsed";
    private static final String KEY_COLUMN = "list.keyColumn";
    private static final String ABSTRACT_OPEN = "header.abstractOpen";

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("org/papernotes/window"));
    }

    /** The chosen interface language, or the system's when none was chosen. */
    public Locale locale() {
        String tag = node.get(LANGUAGE, null);
        return Messages.supported(tag == null ? Locale.getDefault() : Locale.forLanguageTag(tag));
    }

    public void setLocale(Locale locale) {
        node.put(LANGUAGE, locale.toLanguageTag());
        flush();
    }

    public boolean dark() {
        return node.getBoolean(DARK, false);
    }

    public void setDark(boolean dark) {
        node.putBoolean(DARK, dark);
        flush();
    }

    public Optional<String> viewMode() {
        return Optional.ofNullable(node.get(VIEW_MODE, null));
    }

    public void setViewMode(String mode) {
        node.put(VIEW_MODE, mode);
        flush();
    }

    /** Whether the preview loads images from the internet (off unless the user turns it on). */
    public boolean remoteImages() {
        return node.getBoolean(REMOTE_IMAGES, false);
    }

    public void setRemoteImages(boolean allowed) {
        node.putBoolean(REMOTE_IMAGES, allowed);
        flush();
    }

    /** Whether an attached PDF is copied into the library rather than linked where it lies (the default). */
    public boolean copyPdfs() {
        return node.getBoolean(COPY_PDFS, false);
    }

    public void setCopyPdfs(boolean copy) {
        node.putBoolean(COPY_PDFS, copy);
        flush();
    }

    /** Whether the paper header shows only the title line. */
    public boolean headerCollapsed() {
        return node.getBoolean(HEADER_COLLAPSED, false);
    }

    public void setHeaderCollapsed(boolean collapsed) {
        node.putBoolean(HEADER_COLLAPSED, collapsed);
        flush();
    }

    /** Whether the paper list shows the citation key column (off unless the user turns it on). */
    public boolean keyColumn() {
        return node.getBoolean(KEY_COLUMN, false);
    }

    public void setKeyColumn(boolean shown) {
        node.putBoolean(KEY_COLUMN, shown);
        flush();
    }

    /** Whether the header shows the whole abstract (folded to one line by default). */
    public boolean abstractOpen() {
        return node.getBoolean(ABSTRACT_OPEN, false);
    }

    public void setAbstractOpen(boolean open) {
        node.putBoolean(ABSTRACT_OPEN, open);
        flush();
    }

    public double number(String key, double fallback) {
        return node.getDouble(key, fallback);
    }

    public void putNumber(String key, double value) {
        node.putDouble(key, value);
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not store window preferences: " + e.getMessage());
        }
    }
}
