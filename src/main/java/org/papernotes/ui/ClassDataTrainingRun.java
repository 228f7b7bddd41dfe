package org.papernotes.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.papernotes.ui.main.WindowSession;

/**
 * The training run of the packaged app (packaging/build.sh): opens the window as a user would, waits until the
 * list is shown, opens the first paper (editor and preview), then quits. The JVM, started with
 * {@code -XX:ArchiveClassesAtExit}, then writes the classes it loaded into the archive that later starts use.
 */
final class ClassDataTrainingRun {

    private static final System.Logger LOG = System.getLogger(ClassDataTrainingRun.class.getName());
    private static final Duration TICK = Duration.millis(100);
    /** Time for the preview to render once the note is shown. */
    private static final int SETTLE_TICKS = 20;
    /** Gives up (and quits) after a minute, so that a build never hangs on it. */
    private static final int MAX_TICKS = 600;

    private final WindowSession session;
    private final Timeline timeline = new Timeline();
    private int ticks;
    private int settled = -1;
    private boolean opened;

    ClassDataTrainingRun(WindowSession session) {
        this.session = session;
    }

    void start() {
        timeline.getKeyFrames().add(new KeyFrame(TICK, e -> tick()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }

    private void tick() {
        ticks++;
        var viewModel = session.viewModel();
        if (ticks >= MAX_TICKS) {
            LOG.log(System.Logger.Level.WARNING, "Training run timed out; quitting");
            quit();
            return;
        }
        if (viewModel == null || !viewModel.list().loadedOnceProperty().get()) {
            return;
        }
        if (!opened) {
            opened = true;
            if (viewModel.list().entries().isEmpty()) {
                settled = 0;
            } else {
                viewModel.list().selectedIdProperty().set(viewModel.list().entries().get(0).id());
            }
            return;
        }
        var pane = session.window().paperView().notePane();
        if (settled < 0 && pane != null && !pane.textProperty().get().isEmpty()) {
            settled = 0;
        }
        if (settled >= 0 && ++settled >= SETTLE_TICKS) {
            quit();
        }
    }

    private void quit() {
        timeline.stop();
        Platform.exit();
    }
}
