package org.papernotes.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Opens links in the system's web browser, off the FX thread: {@code xdg-open} on Linux and other Unix systems (the
 * desktop's own choice of browser), {@code java.awt.Desktop} on Windows and macOS. Unlike JavaFX's
 * {@code HostServices.showDocument}, which only prints a stack trace, it reports a failure, so that the window can
 * say so and offer the link to copy.
 */
public final class SystemBrowser implements LinkOpener {

    private static final System.Logger LOG = System.getLogger(SystemBrowser.class.getName());
    private static final long WAIT_SECONDS = 20;

    private final Executor executor;

    public SystemBrowser(Executor executor) {
        this.executor = executor;
    }

    @Override
    public CompletionStage<Void> open(String address) {
        return CompletableFuture.runAsync(() -> {
            try {
                browse(address);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot open " + address + ": " + e.getMessage());
                throw new java.io.UncheckedIOException(e);
            }
        }, executor);
    }

    private static void browse(String address) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                throw new IOException("this system offers no web browser to Java");
            }
            Desktop.getDesktop().browse(URI.create(address));
            return;
        }
        Process process;
        try {
            process = new ProcessBuilder("xdg-open", address).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("no web browser found (xdg-open is not installed)", e);
        }
        try {
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return; // still starting the browser: it was found
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (process.exitValue() != 0) {
            throw new IOException("no web browser found (xdg-open exited with " + process.exitValue() + ")");
        }
    }
}
