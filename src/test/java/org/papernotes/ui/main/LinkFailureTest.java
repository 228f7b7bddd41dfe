package org.papernotes.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.common.LinkOpener;

/** A link the system cannot open (no browser) is said in the status bar, with the link to copy. */
class LinkFailureTest extends WindowTestSupport {

    @TempDir
    Path folder;

    @Test
    void aLinkWithoutABrowserIsReportedAndCanBeCopied() throws Exception {
        Path library = folder.resolve("library.db");
        try (Library seed = Library.open(library)) {
            seed.papers().insert(Paper.titled("Linked").withLinks("10.1/abc", null, null));
        }
        window = new WindowFixture(library);
        window.linkOpener = (LinkOpener) address -> CompletableFuture.failedFuture(
                new IOException("no web browser found (xdg-open is not installed)"));
        window.open();
        clickOn("Linked");
        waitUntil(() -> window.viewModel().paper().getPaper() != null);

        clickOn("#doi-open");

        waitUntil(() -> lookup("#link-failed").queryAs(Label.class).getParent().isVisible());
        assertThat(lookup("#link-failed").queryAs(Label.class).getText())
                .isEqualTo("Could not open https://doi.org/10.1/abc: no web browser found (xdg-open is not installed).");
        clickOn("#copy-link");
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("https://doi.org/10.1/abc");
        clickOn("#dismiss-link");
        waitUntil(() -> !lookup("#link-failed").queryAs(Label.class).getParent().isVisible());
    }
}
