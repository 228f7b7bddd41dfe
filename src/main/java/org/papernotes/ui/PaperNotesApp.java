package org.papernotes.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the main window on one library. */
public final class PaperNotesApp extends Application {

    private static Path requestedLibrary;

    /** Starts JavaFX and opens the window; {@code library} null means the default library. */
    public static void launchWindow(Path library) {
        requestedLibrary = library;
        Application.launch(PaperNotesApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("PaperNotes");
        stage.setScene(new Scene(new Label("PaperNotes"), 800, 600));
        stage.show();
    }
}
