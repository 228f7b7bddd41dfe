package org.papernotes.ui.preview;

import java.awt.Desktop;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Worker;
import javafx.scene.paint.Color;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSException;
import netscape.javascript.JSObject;
import org.papernotes.markdown.PreviewBlock;

/**
 * The live preview: a {@link WebView} showing sanitized note HTML with KaTeX math. The page is loaded once; each
 * update replaces the body through the page's script, so the scroll position stays and nothing reloads. Links
 * never open inside the view: the page's click handler and a navigation guard hand them to the link opener.
 * All methods run on the FX thread.
 */
public final class MarkdownPreview {

    private static final System.Logger LOG = System.getLogger(MarkdownPreview.class.getName());
    private static final Color LIGHT_FILL = Color.web("#ffffff");
    private static final Color DARK_FILL = Color.web("#1e2227");

    private final WebView view = new WebView();
    private final WebEngine engine = view.getEngine();
    private final Executor background;
    private final LinkBridge linkBridge = new LinkBridge(this::openLink); // held here: the page keeps it weakly
    private Consumer<String> linkOpener;
    private JSObject api;
    private List<PreviewBlock> shownBlocks = List.of(); // null: the page shows something else (raw HTML)
    private List<PreviewBlock> pendingBlocks;
    private boolean scrollToTopPending;
    private boolean dark;

    // 'ready' property: the page, KaTeX and the page script are loaded
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    // 'updateCount' property: how many note updates the page has shown
    private final ReadOnlyIntegerWrapper updateCount = new ReadOnlyIntegerWrapper(this, "updateCount");

    public MarkdownPreview(Executor background) {
        this.background = Objects.requireNonNull(background, "background");
        this.linkOpener = this::browseWithDesktop;
        view.setContextMenuEnabled(false);
        view.setPageFill(LIGHT_FILL);
        view.getStyleClass().add("markdown-preview");
        engine.setJavaScriptEnabled(true); // for KaTeX and the page script; the page's CSP blocks any other script
        engine.setCreatePopupHandler(features -> null);
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                onPageLoaded();
            } else if (state == Worker.State.FAILED) {
                LOG.log(System.Logger.Level.WARNING, "preview page failed to load",
                        engine.getLoadWorker().getException());
            }
        });
        engine.locationProperty().addListener((obs, old, location) -> guardNavigation(location));
        loadPage();
    }

    public WebView view() {
        return view;
    }

    public boolean isReady() {
        return ready.get();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public int getUpdateCount() {
        return updateCount.get();
    }

    public ReadOnlyIntegerProperty updateCountProperty() {
        return updateCount.getReadOnlyProperty();
    }

    /** Sets how links are opened (the system browser); the default uses java.awt.Desktop off the FX thread. */
    public void setLinkOpener(Consumer<String> opener) {
        this.linkOpener = opener == null ? this::browseWithDesktop : opener;
    }

    /**
     * Shows a note's sanitized blocks, replacing only those that changed since the last call and keeping the
     * scroll position; queued until the page is ready.
     */
    public void show(List<PreviewBlock> blocks) {
        if (api == null) {
            pendingBlocks = List.copyOf(blocks);
            return;
        }
        try {
            if (shownBlocks == null) {
                StringBuilder html = new StringBuilder();
                blocks.forEach(block -> html.append(block.html()));
                api.call("update", html.toString());
            } else {
                BlockPatch patch = BlockPatch.between(shownBlocks, blocks);
                if (!patch.isEmpty()) {
                    api.call("patch", patch.from(), patch.removeCount(), patch.html(), patch.delta());
                }
            }
            shownBlocks = List.copyOf(blocks);
            shown();
        } catch (JSException e) {
            shownBlocks = null;
            LOG.log(System.Logger.Level.WARNING, "preview update failed", e);
        }
    }

    /** Replaces the whole body with this HTML, which must already be sanitized. */
    public void show(String sanitizedHtml) {
        if (api == null) {
            return;
        }
        api.call("update", sanitizedHtml == null ? "" : sanitizedHtml);
        shownBlocks = null;
        shown();
    }

    private void shown() {
        if (scrollToTopPending) {
            scrollToTopPending = false;
            engine.executeScript("window.scrollTo(0, 0)");
        }
        updateCount.set(updateCount.get() + 1);
    }

    /** The next {@link #show} starts at the top of the page (a different note was loaded). */
    public void scrollToTopOnNextShow() {
        scrollToTopPending = true;
    }

    /** Scrolls so that the block rendered from this source offset is at the top. */
    public void scrollToSource(int offset) {
        if (api != null) {
            api.call("scrollToSource", offset);
        }
    }

    public void setDark(boolean dark) {
        this.dark = dark;
        view.setPageFill(dark ? DARK_FILL : LIGHT_FILL);
        if (api != null) {
            api.call("setDark", dark);
        }
    }

    private void loadPage() {
        CompletableFuture.supplyAsync(PreviewPage::get, background)
                .thenAcceptAsync(page -> engine.loadContent(page.shellHtml()), Platform::runLater)
                .exceptionally(error -> {
                    LOG.log(System.Logger.Level.ERROR, "cannot build the preview page", error);
                    return null;
                });
    }

    private void onPageLoaded() {
        PreviewPage page = PreviewPage.get();
        try {
            engine.executeScript(page.katexScript());
            engine.executeScript(page.highlightScript());
            engine.executeScript(page.previewScript());
            JSObject window = (JSObject) engine.executeScript("window");
            window.setMember("papernotesLinks", linkBridge);
            api = (JSObject) engine.executeScript("window.papernotes");
        } catch (JSException e) {
            LOG.log(System.Logger.Level.ERROR, "preview scripts failed", e);
            return;
        }
        api.call("setDark", dark);
        ready.set(true);
        List<PreviewBlock> blocks = pendingBlocks != null ? pendingBlocks : shownBlocks == null ? List.of() : shownBlocks;
        pendingBlocks = null;
        shownBlocks = List.of(); // the fresh page is empty
        show(blocks);
    }

    /** A page that somehow navigated away (not through our click handler) is opened outside and replaced. */
    private void guardNavigation(String location) {
        if (location == null || location.isEmpty() || location.startsWith("about:")) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, "preview navigation to {0} sent to the browser", location);
        Platform.runLater(() -> {
            engine.getLoadWorker().cancel();
            api = null;
            ready.set(false);
            pendingBlocks = shownBlocks == null ? List.of() : shownBlocks;
            loadPage();
            openLink(location);
        });
    }

    private void openLink(String url) {
        linkOpener.accept(url);
    }

    private void browseWithDesktop(String url) {
        background.execute(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                    Desktop.getDesktop().browse(new URI(url));
                } else {
                    LOG.log(System.Logger.Level.WARNING, "no system browser to open {0}", url);
                }
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "cannot open " + url, e);
            }
        });
    }
}
