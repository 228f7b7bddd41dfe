package org.papernotes.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.papernotes.store.LibraryLocation;
import org.papernotes.ui.common.AppPreferences;
import org.papernotes.ui.common.SystemBrowser;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.main.LibraryPreload;
import org.papernotes.ui.main.WindowSession;
import org.papernotes.ui.search.SearchServices;

/** The JavaFX application: the main window on one library. */
public final class PaperNotesApp extends Application {

    /**
     * Set by packaging/build.sh for the run that records the class-data-sharing archive: the window opens,
     * shows the first paper and quits by itself.
     */
    static final String TRAINING_PROPERTY = "papernotes.cdsTraining";

    private static volatile LibraryPreload preload;
    /** Held so that its filter stays (java.util.logging keeps loggers only weakly). */
    private static java.util.logging.Logger javafxLogger;
    private WindowSession session;

    /** Starts JavaFX and opens the window; {@code library} null means the default library. */
    public static void launchWindow(Path library) {
        quietClassPathWarning();
        // The library opens on its own thread while JavaFX starts.
        preload = LibraryPreload.start(library != null ? library : LibraryLocation.defaultLibrary(),
                UiExecutors.forApplication());
        Application.launch(PaperNotesApp.class);
    }

    /**
     * {@code java -jar papernotes.jar} runs JavaFX from the class path (the jar's manifest lists it), which JavaFX
     * reports at every start as an "Unsupported JavaFX configuration". The jar is run and tested that way on purpose
     * (the installed app runs JavaFX as modules of its own runtime), so that one warning is left out; every other
     * JavaFX message still shows.
     */
    private static void quietClassPathWarning() {
        if (Application.class.getModule().isNamed()) {
            return;
        }
        javafxLogger = java.util.logging.Logger.getLogger("javafx");
        javafxLogger.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    @Override
    public void start(Stage stage) {
        var icon = PaperNotesApp.class.getResource("/org/papernotes/ui/icon-256.png");
        if (icon != null) {
            stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
        }
        session = new WindowSession(stage, AppPreferences.forUser(), new SystemBrowser(UiExecutors.forDesktop()),
                UiExecutors::forApplication, SearchServices::forLibrary, Platform::exit);
        session.open(preload);
        if (Boolean.getBoolean(TRAINING_PROPERTY)) {
            new ClassDataTrainingRun(session).start();
        }
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}
