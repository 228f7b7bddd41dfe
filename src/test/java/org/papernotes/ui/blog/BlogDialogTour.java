package org.papernotes.ui.blog;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.papernotes.ui.main.WindowSession;
import org.papernotes.ui.main.WindowTour;

/**
 * Opens the window and a blog dialog for looking at it (screenshots):
 * {@code LIBRARY [--zh] [--dark] [--select N] (--export BLOG_FOLDER [--all] [--run] | --import PATH [--run] | --slug TEXT)}.
 */
public final class BlogDialogTour {

    private BlogDialogTour() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** Kept apart from main so that JavaFX can start from the class path. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            WindowTour.open(stage, args, "org/papernotes/blogtour", session -> {
                var entries = session.viewModel().list().entries();
                if (!args.contains("--select") && !entries.isEmpty()) {
                    session.viewModel().list().selectedIdProperty().set(entries.get(0).id());
                }
                // the dialog opens once the paper is shown
                PauseTransition settle = new PauseTransition(Duration.millis(1500));
                settle.setOnFinished(e -> open(session, args));
                settle.play();
            });
        }

        private static void open(WindowSession session, List<String> args) {
            BlogActions blog = session.window().blogActions();
            int export = args.indexOf("--export");
            int importAt = args.indexOf("--import");
            if (export >= 0) {
                ExportViewModel viewModel = blog.export().viewModel();
                viewModel.folderProperty().set(Path.of(args.get(export + 1)));
                if (args.contains("--all")) {
                    viewModel.allShownProperty().set(true);
                }
                if (args.contains("--run")) {
                    viewModel.export();
                }
            } else if (args.contains("--slug")) {
                SlugViewModel slug = session.viewModel().blog().slug();
                slug.textProperty().set(args.get(args.indexOf("--slug") + 1));
                slug.commit();
            } else if (importAt >= 0) {
                ImportViewModel viewModel = blog.importPosts().viewModel();
                viewModel.paths().setAll(Path.of(args.get(importAt + 1)));
                if (args.contains("--run")) {
                    viewModel.importPosts();
                }
            }
        }
    }
}
