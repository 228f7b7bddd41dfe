package org.papernotes.ui;

import java.util.Optional;
import javafx.application.Platform;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops JavaFX at the end of a test run in which it was started, before the test JVM exits.
 * <p>
 * Why: without it the JVM exits while the FX thread is still pulsing and WebKit's threads still run, and native
 * code torn down under them can crash the JVM on its way out. The tests have passed by then, but the test fork
 * exits non-zero and the build fails. {@link Platform#exit()} is how the application itself ends.
 */
public final class FxToolkitShutdown implements LauncherSessionListener {

    private static final long WAIT_MILLIS = 10_000;

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Optional<Thread> fxThread = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("JavaFX Application Thread"))
                .findFirst();
        if (fxThread.isEmpty()) {
            return; // this run never started JavaFX (or it has stopped already)
        }
        Platform.exit();
        try {
            fxThread.get().join(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
