package org.papernotes.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperVersion;
import org.papernotes.store.Library;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.PaperViewModel;
import org.papernotes.ui.history.HistoryViewModel;
import org.papernotes.ui.history.HistoryWindow;

/**
 * How long the History panel takes to list a paper's 1,000 versions: from the request (View → History) until a
 * frame has been laid out with the list's cells filled, the versions read on the store thread as the window does.
 * Headless Monocle, software rendering. Run: {@code mvn -Pbench test-compile exec:exec@history-panel-bench}.
 */
public final class HistoryPanelBenchmark {

    private HistoryPanelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int code = 1;
        try {
            measure();
            code = 0;
        } finally {
            Platform.exit();
            System.exit(code); // the FX threads must not keep a failed run alive
        }
    }

    private static void measure() throws Exception {
        int count = Integer.getInteger("bench.versions", 1000);
        int runs = Integer.getInteger("bench.runs", 7);
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Path dir = Files.createDirectories(Path.of("target/bench"));
        Path file = dir.resolve("history-panel.db");
        Files.deleteIfExists(file);
        long id = build(file, count);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try (Library library = Library.open(file)) {
            UiExecutors executors = UiExecutors.forApplication();
            PaperViewModel paper = new PaperViewModel(library, executors, saved -> { });
            Platform.runLater(() -> paper.open(id));
            waitFor(() -> onFx(() -> paper.getPaper() != null));
            Messages messages = Messages.of(Locale.ENGLISH);
            HistoryWindow window = onFx(() -> new HistoryWindow(new HistoryViewModel(library, executors, paper,
                    messages, error -> { }), messages, null, null));
            double first = listOnce(window, count, true);
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < runs + 2; run++) {
                double millis = listOnce(window, count, false);
                if (run >= 2) { // the first two warm up the JIT
                    times.add(millis);
                }
            }
            times.sort(null);
            System.out.printf(Locale.ROOT, "History panel: %,d versions listed in median %.1f ms (all %s; target <= 100 ms); "
                    + "the first opening, which also makes and shows the window, %.1f ms%n", count,
                    times.get(times.size() / 2), times.stream().map(t -> String.format(Locale.ROOT, "%.1f", t)).toList(),
                    first);
            executors.close();
        }
    }

    /** From asking for the list (View → History) to a laid-out frame with its cells filled. */
    private static double listOnce(HistoryWindow window, int count, boolean first) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            ListView<PaperVersion> list = window.versionsList();
            if (!first) {
                list.getItems().clear(); // as another paper's history would be
            }
            long start = System.nanoTime();
            Runnable check = new Runnable() {
                @Override
                public void run() {
                    if (!done.isDone() && list.getItems().size() == count && list.lookupAll(".list-cell").stream()
                            .anyMatch(cell -> ((ListCell<?>) cell).getItem() != null)) {
                        done.complete((System.nanoTime() - start) / 1e6);
                        list.getScene().removePostLayoutPulseListener(this);
                    }
                }
            };
            window.stage().getScene().addPostLayoutPulseListener(check);
            window.show(null, null);
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    private static long build(Path file, int count) {
        SteppingClock clock = new SteppingClock(Instant.now().minus(Duration.ofDays(5)));
        Random random = new Random(3);
        try (Library library = Library.open(file, clock)) {
            String note = ChineseNoteGenerator.generate(20_000, 11);
            long id = library.papers().insert(Paper.titled("A paper with a long history").withNote(note)).id();
            while (library.versions().list(id).size() < count) {
                clock.advance(Duration.ofMinutes(4)); // each save after a pause keeps a version: all within a week
                int at = random.nextInt(note.length());
                note = note.substring(0, at) + "新的句子" + random.nextInt(1000) + note.substring(at);
                library.papers().saveNote(id, note);
            }
            return id;
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(read.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.call()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(10);
        }
    }

}
