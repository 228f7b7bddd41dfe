package org.papernotes;

import java.nio.file.Path;
import java.util.Optional;
import org.papernotes.cli.PaperNotesCli;
import org.papernotes.ui.PaperNotesApp;

/**
 * The entry point. Without a command it opens the window; with one it runs the command line.
 * Kept apart from the JavaFX {@code Application} so that the jar starts with JavaFX on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<Optional<Path>> window = windowLibrary(args);
        if (window.isPresent()) {
            PaperNotesApp.launchWindow(window.get().orElse(null));
        } else {
            System.exit(PaperNotesCli.run(args));
        }
    }

    /**
     * Present when the arguments ask for the window: none at all, or only {@code --library PATH}; the inner
     * value is that library path.
     */
    static Optional<Optional<Path>> windowLibrary(String[] args) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        if (args.length == 2 && args[0].equals("--library")) {
            return Optional.of(Optional.of(Path.of(args[1])));
        }
        if (args.length == 1 && args[0].startsWith("--library=")) {
            return Optional.of(Optional.of(Path.of(args[0].substring("--library=".length()))));
        }
        return Optional.empty();
    }
}
