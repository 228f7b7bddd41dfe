package org.papernotes.ui.preview;

import java.util.function.Consumer;

/**
 * Called from the preview page's script when a link is clicked. Public because WebKit's JavaScript bridge only
 * reaches public classes and methods; the page keeps only a weak reference, so the owner holds this object.
 */
public final class LinkBridge {

    private final Consumer<String> opener;

    LinkBridge(Consumer<String> opener) {
        this.opener = opener;
    }

    /** Opens an absolute link (never inside the preview). */
    public void open(String url) {
        if (url != null && !url.isBlank()) {
            opener.accept(url);
        }
    }
}
