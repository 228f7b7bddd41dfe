package org.papernotes.ui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.papernotes.store.Library;
import org.papernotes.ui.common.AppPreferences;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.LinkOpener;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.SaveState;
import org.papernotes.ui.search.SearchService;

/**
 * One window on one library: opens the library (off the FX thread), builds the window, and keeps what it
 * remembers (size, theme, language). Switching language rebuilds the scene on the same view model; opening
 * another library replaces the view model. Hiding the stage stores pending edits and closes the library.
 */
public final class WindowSession implements MainWindow.Host {

    private static final System.Logger LOG = System.getLogger(WindowSession.class.getName());
    private static final String CSS = "/org/papernotes/ui/app.css";

    private final Stage stage;
    private final AppPreferences preferences;
    private final LinkOpener linkOpener;
    private final Supplier<UiExecutors> executorsFactory;
    private final Function<Library, SearchService> searchFactory;
    private final Runnable exit;
    private final ExecutorService noteBackground = UiExecutors.singleThread("papernotes-note");
    private Messages messages;
    private MainViewModel viewModel;
    private MainWindow window;
    private boolean closed;

    /**
     * @param linkOpener       opens links outside the app; a {@link LinkOpener} also reports failures (status bar)
     * @param executorsFactory makes the threads for each library opened
     * @param exit             ends the application after the window closed (Platform::exit)
     */
    public WindowSession(Stage stage, AppPreferences preferences, Consumer<String> linkOpener,
                         Supplier<UiExecutors> executorsFactory, Function<Library, SearchService> searchFactory,
                         Runnable exit) {
        this.stage = stage;
        this.preferences = preferences;
        this.linkOpener = LinkOpener.of(linkOpener); // a LinkOpener's failures show in the status bar
        this.executorsFactory = executorsFactory;
        this.searchFactory = searchFactory;
        this.exit = exit;
        this.messages = Messages.of(preferences.locale());
        applyTheme(preferences.dark());
        stage.setOnHiding(e -> close());
        stage.setOnCloseRequest(e -> {
            if (!mayLoseFailedSave()) {
                e.consume();
                return;
            }
            rememberWindow();
        });
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (!focused && viewModel != null && !closed) {
                viewModel.flush();
            } else if (focused && viewModel != null && !closed) {
                viewModel.checkForExternalChanges(); // the user may come back from the terminal
            }
        });
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainWindow window() {
        return window;
    }

    public Messages messages() {
        return messages;
    }

    /** Opens {@code library}; on failure explains why and offers another file or quitting. */
    public void open(Path library) {
        open(LibraryPreload.start(library, executorsFactory.get()));
    }

    /** Opens a library whose opening already started (see {@link LibraryPreload}). */
    public void open(LibraryPreload preload) {
        UiExecutors executors = preload.executors();
        executors.run(preload::await, opened -> show(opened, executors), error -> {
            executors.close();
            openFailed(preload.library(), error);
        });
    }

    private void show(Library library, UiExecutors executors) {
        MainViewModel previous = viewModel;
        viewModel = new MainViewModel(library, executors, searchFactory.apply(library));
        if (previous != null) {
            previous.close();
        }
        // The list and sidebar load on the store thread while this thread builds and shows the window.
        viewModel.start();
        viewModel.startWatching();
        buildScene();
        if (!stage.isShowing()) {
            restoreWindow();
            stage.show();
        }
    }

    private void buildScene() {
        if (window != null) {
            window.rememberLayout();
            window.dispose();
        }
        window = new MainWindow(viewModel, messages, preferences, noteBackground, this);
        Scene scene = new Scene(window.root(), stage.getScene() == null ? preferences.number("window.width", 1280) : stage.getScene().getWidth(),
                stage.getScene() == null ? preferences.number("window.height", 800) : stage.getScene().getHeight());
        scene.getStylesheets().add(getClass().getResource(CSS).toExternalForm());
        window.install(scene);
        stage.setScene(scene);
        stage.setTitle(messages.format("window.title", viewModel.libraryPath().getFileName()));
    }

    private void openFailed(Path library, Throwable error) {
        LOG.log(System.Logger.Level.WARNING, "Cannot open library " + library + ": " + ErrorMessages.of(error));
        ButtonType choose = new ButtonType(messages.get("open.failed.choose"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(viewModel == null ? messages.get("open.failed.quit") : messages.get("open.failed.keep"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.of(error), choose, quit);
        alert.setTitle(messages.get("open.failed.title"));
        alert.setHeaderText(messages.format("open.failed.header", library.toString()));
        alert.getDialogPane().setId("open-failed");
        alert.getDialogPane().setMinWidth(520);
        if (stage.isShowing()) {
            alert.initOwner(stage);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == choose) {
            File file = chooser(false).showOpenDialog(stage.isShowing() ? stage : null);
            if (file != null) {
                open(file.toPath());
                return;
            }
            openFailed(library, error);
        } else if (viewModel == null) {
            exit.run();
        }
    }

    private FileChooser chooser(boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(create ? "library.new.title" : "library.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("library.filter"), "*.db", "*.sqlite", "*.sqlite3"),
                new FileChooser.ExtensionFilter(messages.get("library.filterAll"), "*"));
        if (viewModel != null && viewModel.libraryPath().getParent() != null) {
            chooser.setInitialDirectory(viewModel.libraryPath().getParent().toFile());
        }
        if (create) {
            chooser.setInitialFileName("library.db");
        }
        return chooser;
    }

    // ---- MainWindow.Host

    @Override
    public void openLink(String address) {
        MainViewModel shown = viewModel;
        linkOpener.open(address).whenComplete((done, error) -> {
            if (error != null) {
                Platform.runLater(() -> shown.linkFailed(address, reason(error)));
            }
        });
    }

    /** The innermost message of a failure to open a link ("no web browser found (…)"). */
    private static String reason(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.io.UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    @Override
    public boolean isDark() {
        return preferences.dark();
    }

    @Override
    public void setDark(boolean dark) {
        preferences.setDark(dark);
        applyTheme(dark);
    }

    private void applyTheme(boolean dark) {
        // The binary form loads several times faster than the CSS text (start-up time).
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        if (window != null) {
            window.root().getStyleClass().remove("dark");
            if (dark) {
                window.root().getStyleClass().add("dark");
            }
        }
    }

    @Override
    public Locale locale() {
        return messages.locale();
    }

    @Override
    public void switchLanguage(Locale locale) {
        preferences.setLocale(locale);
        messages = Messages.of(locale);
        viewModel.flush();
        buildScene();
        applyTheme(preferences.dark());
    }

    @Override
    public void chooseLibrary(boolean create) {
        FileChooser chooser = chooser(create);
        File file = create ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
        if (file != null && !file.toPath().toAbsolutePath().normalize().equals(viewModel.libraryPath())
                && mayLoseFailedSave()) {
            viewModel.flush();
            open(file.toPath());
        }
    }

    @Override
    public void openLibrary(Path file) {
        if (mayLoseFailedSave()) {
            viewModel.flush();
            open(file);
        }
    }

    @Override
    public void restoreBackup(Path backup) {
        Path library = viewModel.libraryPath();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.format("backup.confirm.body", backup.getFileName(),
                library), ButtonType.OK, ButtonType.CANCEL);
        org.papernotes.ui.common.Dialogs.localize(confirm, messages);
        confirm.initOwner(stage);
        confirm.setTitle(messages.get("backup.restore.title"));
        confirm.setHeaderText(messages.get("backup.confirm.header"));
        confirm.getDialogPane().setId("restore-backup-confirm");
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isEmpty() || !mayLoseFailedSave()) {
            return;
        }
        MainViewModel current = viewModel;
        current.close(); // stores pending edits, waits for the store thread, closes the file
        try {
            Path kept = org.papernotes.store.Backups.restore(backup, library);
            LOG.log(System.Logger.Level.INFO, "Restored " + backup + " to " + library + "; the replaced file is " + kept);
        } catch (org.papernotes.store.LibraryException e) {
            Alert failed = new Alert(Alert.AlertType.ERROR, e.getMessage());
            org.papernotes.ui.common.Dialogs.localize(failed, messages);
            failed.initOwner(stage);
            failed.showAndWait();
        }
        open(library);
    }

    @Override
    public void quit() {
        if (!mayLoseFailedSave()) {
            return;
        }
        rememberWindow();
        stage.hide();
        exit.run();
    }

    /**
     * Whether the window may go away: yes when every edit is stored or being stored normally; when a save is
     * failing (and being retried), only if the user says so. A retry is made at once, and if it succeeds while
     * the question is open, nothing is lost and the answer is yes.
     */
    private boolean mayLoseFailedSave() {
        if (viewModel == null || closed) {
            return true;
        }
        storeAndWait();
        if (!viewModel.paper().retryingProperty().get()) {
            return true;
        }
        ButtonType keep = new ButtonType(messages.get("close.unsaved.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType lose = new ButtonType(messages.get("close.unsaved.close"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING,
                messages.format("close.unsaved.body", viewModel.paper().saveErrorProperty().get()), keep, lose);
        alert.setTitle(messages.get("close.unsaved.title"));
        alert.setHeaderText(messages.get("close.unsaved.header"));
        alert.getDialogPane().setId("close-unsaved");
        alert.getDialogPane().setMinWidth(520);
        // Keeping the window is the safe answer, so it is the one Enter gives.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(lose)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        if (stage.isShowing()) {
            alert.initOwner(stage);
        }
        javafx.beans.value.ChangeListener<Boolean> stored = (o, was, retrying) -> {
            if (!retrying && alert.isShowing()) {
                alert.setResult(lose);
                alert.close();
            }
        };
        viewModel.paper().retryingProperty().addListener(stored);
        try {
            viewModel.flush();
            if (!viewModel.paper().retryingProperty().get()) {
                return true; // stored at once (the store worked again)
            }
            boolean close = alert.showAndWait().filter(lose::equals).isPresent();
            if (close) {
                LOG.log(System.Logger.Level.WARNING, "Window closed with edits the library refused: "
                        + viewModel.paper().saveErrorProperty().get());
            }
            return close;
        } finally {
            viewModel.paper().retryingProperty().removeListener(stored);
        }
    }

    /**
     * Stores the open paper's pending edits and waits for the store's answer (events keep being handled meanwhile),
     * so that a save that fails for the first time at closing is known before the window goes.
     */
    private void storeAndWait() {
        var paper = viewModel.paper();
        if (!paper.hasUnstoredEdits()) {
            return;
        }
        viewModel.flush();
        if (paper.saveStateProperty().get() != SaveState.SAVING) {
            return;
        }
        Object key = new Object();
        ChangeListener<SaveState> answered = (o, was, state) -> {
            if (state != SaveState.SAVING) {
                Platform.exitNestedEventLoop(key, null);
            }
        };
        paper.saveStateProperty().addListener(answered);
        try {
            Platform.enterNestedEventLoop(key);
        } finally {
            paper.saveStateProperty().removeListener(answered);
        }
    }

    /** Stores pending edits, closes the library and remembers the layout; safe to call twice. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        rememberWindow();
        if (window != null) {
            window.dispose();
        }
        if (viewModel != null) {
            viewModel.close();
        }
        noteBackground.shutdownNow();
    }

    private void rememberWindow() {
        if (window != null) {
            window.rememberLayout();
        }
        if (stage.isShowing()) {
            preferences.putNumber("window.maximized", stage.isMaximized() ? 1 : 0);
            if (!stage.isMaximized()) {
                preferences.putNumber("window.x", stage.getX());
                preferences.putNumber("window.y", stage.getY());
                preferences.putNumber("window.width", stage.getWidth());
                preferences.putNumber("window.height", stage.getHeight());
            }
        }
        preferences.flush();
    }

    private void restoreWindow() {
        double x = preferences.number("window.x", Double.NaN);
        double y = preferences.number("window.y", Double.NaN);
        double width = preferences.number("window.width", 1280);
        double height = preferences.number("window.height", 800);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        // Only where a screen still shows it (a monitor may have gone).
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(width, 200), 40)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(preferences.number("window.maximized", 0) == 1);
    }
}
