package org.papernotes.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.store.Backups;
import org.papernotes.store.Library;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** File → Backup folder…, driven through the real window. */
class BackupFolderWindowTest extends FxRobot {

    @TempDir
    Path folder;
    private WindowFixture window;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private Path openLibrary() throws Exception {
        Path file = folder.resolve("library.db");
        try (Library library = Library.open(file)) {
            library.papers().insert(Paper.titled("Kept safe"));
        }
        window = new WindowFixture(file).open();
        return file;
    }

    private TextField openDialog() throws Exception {
        clickOn("#menu-file");
        clickOn("#menu-backup-folder");
        waitUntil(() -> lookup("#backup-folder").tryQuery().isPresent());
        return lookup("#backup-folder-field").queryAs(TextField.class);
    }

    private void typeAndUse(TextField field, String text) {
        doubleClickOn(field);
        interact(field::selectAll);
        write(text);
        DialogPane pane = lookup("#backup-folder").queryAs(DialogPane.class);
        Button use = (Button) pane.getButtonTypes().stream().map(pane::lookupButton)
                .filter(b -> ((Button) b).isDefaultButton()).findFirst().orElseThrow();
        clickOn(use);
    }

    @Test
    void aFolderChosenInTheWindowReceivesTheBackupsFromThenOn() throws Exception {
        Path file = openLibrary();
        Path chosen = folder.resolve("elsewhere").resolve("backups");
        TextField field = openDialog();
        assertThat(field.getText()).isEqualTo(folder.resolve("library-backups").toString());

        typeAndUse(field, chosen.toString());

        waitUntil(() -> lookup("#backup-folder").tryQuery().isEmpty());
        assertThat(chosen).isDirectory();
        clickOn("#menu-file");
        clickOn("#menu-backup-now");
        waitUntil(() -> Files.list(chosen).anyMatch(p -> p.getFileName().toString().endsWith(".db")));
        window.closeWindow();
        try (Library library = Library.open(file)) {
            assertThat(new Backups(library).folder()).isEqualTo(chosen);
        }
    }

    @Test
    void aFolderThatCannotBeUsedIsRefusedWithTheReasonAndTheDialogStaysOpen() throws Exception {
        Path file = openLibrary();
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "not a folder");
        TextField field = openDialog();

        typeAndUse(field, "relative/backups");
        Label problem = lookup("#backup-folder-problem").queryAs(Label.class);
        waitUntil(() -> !problem.getText().isEmpty());
        assertThat(problem.getText()).contains("full path");

        typeAndUse(field, notAFolder.toString());
        waitUntil(() -> problem.getText().contains("cannot be used"));
        assertThat(lookup("#backup-folder").tryQuery()).isPresent();
        window.closeWindow();
        try (Library library = Library.open(file)) {
            assertThat(new Backups(library).folder()).isEqualTo(folder.resolve("library-backups"));
        }
    }
}
