package org.papernotes.ui.blog;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.papernotes.ui.common.AppPreferences;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.main.WindowSession;
import org.papernotes.ui.search.SearchServices;

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
        public void start(Stage stage) throws Exception {
            List<String> args = getParameters().getRaw();
            Preferences node = Preferences.userRoot().node("org/papernotes/blogtour");
            node.clear();
            AppPreferences preferences = new AppPreferences(node);
            preferences.setDark(args.contains("--dark"));
            preferences.setLocale(args.contains("--zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
            WindowSession session = new WindowSession(stage, preferences, url -> { }, UiExecutors::forApplication,
                    SearchServices::forLibrary, Platform::exit);
            session.open(Path.of(args.get(0)));
            new Thread(() -> {
                try {
                    while (session.viewModel() == null || !session.viewModel().list().loadedOnceProperty().get()) {
                        Thread.sleep(50);
                    }
                    Platform.runLater(() -> {
                        var entries = session.viewModel().list().entries();
                        int select = args.indexOf("--select");
                        if (!entries.isEmpty()) {
                            int index = select >= 0 ? Integer.parseInt(args.get(select + 1)) : 0;
                            session.viewModel().list().selectedIdProperty().set(entries.get(index).id());
                        }
                    });
                    Thread.sleep(1500);
                    Platform.runLater(() -> open(session, args));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }).start();
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
