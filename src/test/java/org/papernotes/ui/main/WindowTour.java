package org.papernotes.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.papernotes.ui.common.AppPreferences;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.search.SearchServices;

/**
 * Opens the window in a given state for looking at it (screenshots): {@code LIBRARY [--dark] [--zh]
 * [--size WIDTHxHEIGHT] [--folded] [--select N] [--search TEXT] [--focus-list] [--find] [--shortcuts]
 * [--add FILE] [--bibtex] [--cite TEXT] [--key-column] [--abstract-open]}: {@code --add} opens "Add papers from…" looking up the file's text,
 * {@code --cite} types at the end of the open note. Uses preferences of its own, so the user's are left alone.
 */
public final class WindowTour {

    private WindowTour() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** Kept apart from main so that JavaFX can start from the class path. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            open(stage, getParameters().getRaw(), "org/papernotes/tour", session -> { });
        }
    }

    /**
     * Opens the window on {@code args}' library with preferences of its own ({@code --dark}, {@code --zh}); once
     * the list is loaded, searches ({@code --search TEXT}), selects ({@code --select N}) and then hands the
     * session to {@code whenLoaded}, on the FX thread.
     */
    public static WindowSession open(Stage stage, List<String> args, String preferencesNode,
                                     Consumer<WindowSession> whenLoaded) {
        Preferences node = Preferences.userRoot().node(preferencesNode);
        try {
            node.clear();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
        AppPreferences preferences = new AppPreferences(node);
        preferences.setDark(args.contains("--dark"));
        preferences.setLocale(args.contains("--zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        preferences.setHeaderCollapsed(args.contains("--folded"));
        preferences.setKeyColumn(args.contains("--key-column"));
        preferences.setAbstractOpen(args.contains("--abstract-open"));
        int size = args.indexOf("--size");
        if (size >= 0) {
            String[] widthHeight = args.get(size + 1).split("x");
            preferences.putNumber("window.width", Double.parseDouble(widthHeight[0]));
            preferences.putNumber("window.height", Double.parseDouble(widthHeight[1]));
            preferences.putNumber("window.x", 0);
            preferences.putNumber("window.y", 0);
        }
        WindowSession session = new WindowSession(stage, preferences, url -> { }, UiExecutors::forApplication,
                SearchServices::forLibrary, Platform::exit);
        session.open(Path.of(args.get(0)));
        int select = args.indexOf("--select");
        int search = args.indexOf("--search");
        new Thread(() -> {
            try {
                while (session.viewModel() == null || !session.viewModel().list().loadedOnceProperty().get()) {
                    Thread.sleep(50);
                }
                Platform.runLater(() -> {
                    if (search >= 0) {
                        session.viewModel().list().queryProperty().set(args.get(search + 1));
                    }
                    if (select >= 0) {
                        var entries = session.viewModel().list().entries();
                        int index = Integer.parseInt(args.get(select + 1));
                        if (index < entries.size()) {
                            session.viewModel().list().selectedIdProperty().set(entries.get(index).id());
                        }
                    }
                    if (args.contains("--find") && session.window().paperView().notePane() != null) {
                        session.window().paperView().notePane().showFindReplace();
                    }
                    if (args.contains("--shortcuts")) {
                        session.window().actions().stream().filter(a -> a.id().equals("shortcuts")).findFirst()
                                .ifPresent(org.papernotes.ui.actions.AppAction::run);
                    }
                    if (args.contains("--focus-list")) {
                        session.window().listView().table().requestFocus();
                    }
                    int add = args.indexOf("--add");
                    if (add >= 0) {
                        try {
                            session.window().bibliography().addPapers(java.nio.file.Files.readString(
                                    Path.of(args.get(add + 1))));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    if (args.contains("--bibtex")) {
                        session.window().bibliography().exportBibtex();
                    }
                    int cite = args.indexOf("--cite");
                    if (cite >= 0) {
                        // once the note and the library's keys are loaded: type at the end of the note
                        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                                javafx.util.Duration.seconds(2));
                        later.setOnFinished(e -> {
                            var editor = session.window().paperView().notePane().editor();
                            editor.requestFocus();
                            editor.moveTo(editor.getLength());
                            editor.insertText(editor.getLength(), args.get(cite + 1));
                        });
                        later.play();
                    }
                    whenLoaded.accept(session);
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).start();
        return session;
    }
}
