package org.papernotes.ui.publish;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.papernotes.ui.main.WindowTour;

/**
 * Opens the window and the publish dialog for looking at it (screenshots):
 * {@code LIBRARY [--zh] [--dark] --blog BLOG_CHECKOUT [--run]}.
 */
public final class PublishDialogTour {

    private PublishDialogTour() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** Kept apart from main so that JavaFX can start from the class path. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            WindowTour.open(stage, args, "org/papernotes/publishtour", session -> {
                var entries = session.viewModel().list().entries();
                if (!entries.isEmpty()) {
                    session.viewModel().list().selectedIdProperty().set(entries.get(0).id());
                }
                PauseTransition settle = new PauseTransition(Duration.millis(1500));
                settle.setOnFinished(e -> {
                    var row = entries.get(0);
                    PublishDialog dialog = session.window().publishActions()
                            .publish(List.of(new PublishViewModel.Item(row.id(), row.paper().title())));
                    dialog.viewModel().folderProperty().set(Path.of(args.get(args.indexOf("--blog") + 1)));
                    if (args.contains("--run")) {
                        dialog.viewModel().phaseProperty().addListener((o, old, now) -> {
                            if (now == PublishViewModel.Phase.READY) {
                                dialog.viewModel().publish();
                            }
                        });
                    }
                });
                settle.play();
            });
        }
    }
}
