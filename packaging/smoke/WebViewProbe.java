import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

/**
 * Run by packaging/smoke-test.sh with the app image's own runtime: shows a WebView, loads a page with
 * Chinese text and runs JavaScript in it, then prints "webview: OK ..." and exits 0. Fails (exit 1) if
 * WebKit does not load from the runtime, the page fails, or nothing happens within 60 seconds.
 * Not part of the application; compiled by the smoke test only.
 */
public final class WebViewProbe extends Application {

    public static void main(String[] args) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("webview: no answer within 60 s");
            System.exit(1);
        });
        watchdog.setDaemon(true);
        watchdog.start();
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        WebView view = new WebView();
        view.getEngine().getLoadWorker().stateProperty().addListener((observable, before, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                Object answer = view.getEngine().executeScript(
                        "document.getElementById('p').textContent + ' ' + (6 * 7)");
                boolean right = "遗忘 42".equals(answer);
                System.out.println("webview: " + (right ? "OK " : "WRONG ") + answer);
                exit(right);
            } else if (state == Worker.State.FAILED) {
                System.out.println("webview: page failed to load");
                exit(false);
            }
        });
        view.getEngine().loadContent("<html><body><p id='p'>遗忘</p></body></html>");
        stage.setScene(new Scene(view, 320, 200));
        stage.show();
    }

    private static void exit(boolean success) {
        Platform.exit();
        System.exit(success ? 0 : 1);
    }
}
