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
    private WindowSession session;

    /** Starts JavaFX and opens the window; {@code library} null means the default library. */
    public static void launchWindow(Path library) {
        // The library opens on its own thread while JavaFX starts.
        preload = LibraryPreload.start(library != null ? library : LibraryLocation.defaultLibrary(),
                UiExecutors.forApplication());
        Application.launch(PaperNotesApp.class);
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
