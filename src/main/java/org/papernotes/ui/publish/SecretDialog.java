package org.papernotes.ui.publish;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.papernotes.git.SecretPrompt;
import org.papernotes.ui.common.Dialogs;
import org.papernotes.ui.common.Messages;

/**
 * Asks in the window for a secret the publish needs: the publishing thread hands the question to the FX thread
 * and waits for the answer. What is typed is kept in memory for this session only (by the git package).
 */
final class SecretDialog implements SecretPrompt {

    private final Executor fx;
    private final Messages messages;
    private final Supplier<Window> owner;

    SecretDialog(Executor fx, Messages messages, Supplier<Window> owner) {
        this.fx = fx;
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public Optional<Login> askLogin(String url, String username) {
        return ask(() -> {
            TextField user = new TextField(username == null ? "" : username);
            user.setId("secret-username");
            PasswordField password = new PasswordField();
            password.setId("secret-password");
            Dialog<ButtonType> dialog = dialog(messages.format("secret.login", url));
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(8);
            grid.addRow(0, new Label(messages.get("secret.username")), user);
            grid.addRow(1, new Label(messages.get("secret.password")), password);
            grid.add(hint(), 0, 2, 2, 1);
            dialog.getDialogPane().setContent(grid);
            Platform.runLater(() -> (user.getText().isEmpty() ? user : password).requestFocus());
            boolean ok = dialog.showAndWait().filter(ButtonType.OK::equals).isPresent();
            return ok && !user.getText().isBlank() && !password.getText().isEmpty()
                    ? Optional.of(new Login(user.getText().strip(), password.getText().toCharArray())) : Optional.empty();
        });
    }

    @Override
    public Optional<char[]> askPassphrase(String keyDescription) {
        return ask(() -> {
            PasswordField passphrase = new PasswordField();
            passphrase.setId("secret-passphrase");
            Dialog<ButtonType> dialog = dialog(keyDescription);
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(8);
            grid.addRow(0, new Label(messages.get("secret.passphrase")), passphrase);
            grid.add(hint(), 0, 1, 2, 1);
            dialog.getDialogPane().setContent(grid);
            Platform.runLater(passphrase::requestFocus);
            boolean ok = dialog.showAndWait().filter(ButtonType.OK::equals).isPresent();
            return ok && !passphrase.getText().isEmpty() ? Optional.of(passphrase.getText().toCharArray())
                    : Optional.<char[]>empty();
        });
    }

    private Label hint() {
        Label hint = new Label(messages.get("secret.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.getStyleClass().add("muted");
        return hint;
    }

    private Dialog<ButtonType> dialog(String header) {
        Dialog<ButtonType> dialog = Dialogs.localize(new Dialog<>(), messages);
        // Over the window the user is in (the publish dialog), else the main window.
        dialog.initOwner(Window.getWindows().stream().filter(Window::isFocused).findFirst().orElseGet(owner));
        dialog.setTitle(messages.get("secret.title"));
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId("secret-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }

    private <T> Optional<T> ask(java.util.concurrent.Callable<Optional<T>> question) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("A secret is asked for from the publishing thread, never the FX thread");
        }
        FutureTask<Optional<T>> asking = new FutureTask<>(question);
        fx.execute(asking);
        try {
            return asking.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Asking for a secret failed", e.getCause());
        }
    }
}
