package org.papernotes.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.papernotes.ui.common.AppPreferences;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.search.SearchServices;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real window on a library file, as the application does, with preferences of its own. */
final class WindowFixture implements AutoCloseable {

    final Path library;
    final Preferences preferencesNode;
    final List<String> openedLinks = new CopyOnWriteArrayList<>();
    int exits;
    /** How links open; null: they are only recorded in {@link #openedLinks}. */
    java.util.function.Consumer<String> linkOpener;
    Stage stage;
    WindowSession session;

    WindowFixture(Path library) {
        this(library, Preferences.userRoot().node("org/papernotes/test/" + System.nanoTime()));
    }

    /** A window that shares the remembered settings of an earlier one. */
    WindowFixture(Path library, Preferences preferencesNode) {
        this.library = library;
        this.preferencesNode = preferencesNode;
    }

    /** Opens a new window (as a restart would) and waits until its list is loaded. */
    WindowFixture open() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            session = new WindowSession(stage, new AppPreferences(preferencesNode),
                    linkOpener != null ? linkOpener : openedLinks::add,
                    UiExecutors::forApplication, SearchServices::forLibrary, () -> exits++);
            session.open(library);
        });
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> stage.isShowing() && session.viewModel() != null
                && session.viewModel().list().loadedOnceProperty().get());
        FxToolkit.setupFixture(() -> stage.toFront());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Closes the window as the user would; pending edits are saved and the library closed. */
    void closeWindow() throws Exception {
        if (stage != null && stage.isShowing()) {
            FxToolkit.setupFixture(() -> stage.hide());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    MainViewModel viewModel() {
        return session.viewModel();
    }

    @Override
    public void close() throws Exception {
        closeWindow();
        try {
            preferencesNode.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }
}
