package org.papernotes.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows just the note pane with a sample note (Chinese, math, a table), to look at it as a person would.
 * Arguments: {@code dark} for the dark style; {@code editor}, {@code split} or {@code preview} for the mode.
 */
public final class NotePaneDemo {

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The demo application; separate from main() so that JavaFX on the class path starts. */
    public static final class App extends Application {

    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "note-render");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void start(Stage stage) {
        NotePane pane = new NotePane(background);
        for (String arg : getParameters().getRaw()) {
            if (arg.equals("dark")) {
                pane.setDark(true);
            } else {
                pane.setViewMode(ViewMode.valueOf(arg.toUpperCase()));
            }
        }
        pane.load(sampleNote());
        stage.setTitle("PaperNotes — note pane");
        stage.setScene(new Scene(pane, 1400, 860));
        stage.show();
    }
    }

    static String sampleNote() {
        try (InputStream in = NotePaneDemo.class.getResourceAsStream("sample-note.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
