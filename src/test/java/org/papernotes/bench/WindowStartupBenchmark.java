package org.papernotes.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.papernotes.store.Library;
import org.papernotes.ui.common.AppPreferences;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.main.LibraryPreload;
import org.papernotes.ui.main.WindowSession;
import org.papernotes.ui.search.SearchServices;

/**
 * Start-up time and memory of the window with a large library, against an empty JavaFX window.
 * <p>
 * Each run is a fresh JVM (a child process) that reports the milliseconds from JVM start until the window is
 * interactive: for PaperNotes, the paper list and the sidebar are filled and a frame has been drawn after
 * that; for the baseline, an empty window has drawn its first frame (also shown: the same with the AtlantaFX
 * theme loaded). The PaperNotes child then opens the first paper
 * (editor and preview) and reports resident memory (VmRSS) at both points.
 * <p>
 * Run: {@code mvn -o -Pbench test-compile exec:exec@window-bench} (properties: {@code -Dwindow.bench.papers=10000
 * -Dwindow.bench.runs=5 -Dwindow.bench.dir=target/bench -Dwindow.bench.jvmArgs="-XX:TieredStopAtLevel=1"}, the JVM
 * options going to both kinds of child). Uses the X display when DISPLAY is set, headless
 * Monocle otherwise. The library is built once (SearchCorpus notes, about 3 kB each) and reused.
 */
public final class WindowStartupBenchmark {

    private static final long SEED = 20_241_103L;

    private WindowStartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            Child.run(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int papers = Integer.getInteger("window.bench.papers", 10_000);
        int runs = Integer.getInteger("window.bench.runs", 5);
        Path dir = Path.of(System.getProperty("window.bench.dir", "target/bench"));
        Path library = dir.resolve("window-" + papers + ".db");
        build(library, papers, out);

        List<Long> empty = new ArrayList<>();
        List<Long> window = new ArrayList<>();
        List<Long> rssReady = new ArrayList<>();
        List<Long> rssOpen = new ArrayList<>();
        List<Long> emptyCpu = new ArrayList<>();
        List<Long> themed = new ArrayList<>();
        List<Long> windowCpu = new ArrayList<>();
        child("empty", library); // warm the file cache and fonts once, not counted
        child("library", library);
        for (int run = 0; run < runs; run++) {
            long[] baseline = child("empty", library);
            empty.add(baseline[0]);
            emptyCpu.add(baseline[3]);
            themed.add(child("themed", library)[0]);
            long[] result = child("library", library);
            windowCpu.add(result[3]);
            window.add(result[0]);
            rssReady.add(result[1]);
            rssOpen.add(result[2]);
        }
        long emptyMedian = median(empty);
        long windowMedian = median(window);
        out.printf(Locale.ROOT, "display: %s, papers: %,d, runs: %d, extra JVM options: [%s]%n",
                System.getenv("DISPLAY") == null ? "headless Monocle" : "X " + System.getenv("DISPLAY"), papers, runs,
                System.getProperty("window.bench.jvmArgs", ""));
        out.printf(Locale.ROOT, "empty JavaFX window ready:  median %5d ms  (all %s)%n", emptyMedian, empty);
        out.printf(Locale.ROOT, "empty window, AtlantaFX theme: median %5d ms  (all %s)%n", median(themed), themed);
        out.printf(Locale.ROOT, "PaperNotes window ready:    median %5d ms  (all %s)%n", windowMedian, window);
        out.printf(Locale.ROOT, "ratio: %.2fx (target <= 1.3x)%n", windowMedian / (double) emptyMedian);
        out.printf(Locale.ROOT, "CPU time until ready (all threads): empty median %d ms %s, PaperNotes median %d ms %s%n",
                median(emptyCpu), emptyCpu, median(windowCpu), windowCpu);
        out.printf(Locale.ROOT, "resident memory, window ready:        median %4d MB (all %s)%n", median(rssReady) / 1024,
                rssReady.stream().map(kb -> kb / 1024).toList());
        out.printf(Locale.ROOT, "resident memory, first paper open:    median %4d MB (all %s) (target <= 400 MB)%n",
                median(rssOpen) / 1024, rssOpen.stream().map(kb -> kb / 1024).toList());
    }

    private static void build(Path library, int papers, PrintStream out) throws IOException {
        if (Files.exists(library)) {
            try (Library existing = Library.open(library)) {
                if (existing.papers().count() == papers) {
                    return;
                }
            }
            Files.delete(library);
        }
        Files.createDirectories(library.getParent());
        long start = System.nanoTime();
        SearchCorpus corpus = new SearchCorpus(SEED);
        try (Library created = Library.open(library)) {
            for (int from = 0; from < papers; from += 1_000) {
                int first = from;
                created.inTransaction(connection -> {
                    for (int i = first; i < Math.min(papers, first + 1_000); i++) {
                        created.papers().insert(corpus.next(i));
                    }
                    return null;
                });
            }
        }
        out.printf(Locale.ROOT, "built %s with %,d papers in %d s%n", library, papers,
                (System.nanoTime() - start) / 1_000_000_000);
    }

    /** Runs one child JVM; returns {ready ms, rss kB at ready, rss kB with a paper open, CPU ms at ready}. */
    private static long[] child(String mode, Path library) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Dfile.encoding=UTF-8"));
        String jvmArgs = System.getProperty("window.bench.jvmArgs", "").trim();
        if (!jvmArgs.isEmpty()) {
            command.addAll(Arrays.asList(jvmArgs.split("\\s+")));
        }
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), WindowStartupBenchmark.class.getName(),
                "--child", mode, library.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long[] result = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = Arrays.stream(line.substring(7).trim().split(" ")).mapToLong(Long::parseLong).toArray();
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IllegalStateException(mode + " run failed (exit " + process.exitValue() + ")");
        }
        return result;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static long residentKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** What one child JVM runs. */
    public static final class Child extends Application {

        private static volatile String mode;
        private static volatile LibraryPreload preload;

        static void run(String[] args) {
            mode = args[0];
            if (mode.equals("library")) {
                // As PaperNotesApp.launchWindow does: the library opens while JavaFX starts.
                preload = LibraryPreload.start(Path.of(args[1]), UiExecutors.forApplication());
            }
            Application.launch(Child.class);
        }

        @Override
        public void start(Stage stage) throws Exception {
            if (mode.equals("empty") || mode.equals("themed")) {
                if (mode.equals("themed")) {
                    Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
                }
                stage.setScene(new Scene(new StackPane(), 1280, 800));
                stage.show();
                afterFrames(() -> finish(sinceJvmStart(), residentKilobytes(), residentKilobytes(), cpuMillis()));
                return;
            }
            if (Boolean.getBoolean("window.bench.trace")) {
                System.err.println(sinceJvmStart() + " ms: start");
            }
            Preferences node = Preferences.userRoot().node("org/papernotes/bench");
            node.clear();
            WindowSession session = new WindowSession(stage, new AppPreferences(node), url -> { },
                    UiExecutors::forApplication, SearchServices::forLibrary, () -> { });
            session.open(preload);
            AnimationTimer poll = new AnimationTimer() {
                private String last = "";

                @Override
                public void handle(long now) {
                    var viewModel = session.viewModel();
                    String state = (viewModel != null) + " " + stage.isShowing() + " "
                            + (viewModel != null && viewModel.list().loadedOnceProperty().get()) + " "
                            + (viewModel != null && !viewModel.sidebar().items().isEmpty());
                    if (Boolean.getBoolean("window.bench.trace") && !state.equals(last)) {
                        System.err.println(sinceJvmStart() + " ms: " + state);
                        last = state;
                    }
                    if (viewModel != null && stage.isShowing() && viewModel.list().loadedOnceProperty().get()
                            && !viewModel.sidebar().items().isEmpty()) {
                        stop();
                        afterFrames(() -> {
                            long ready = sinceJvmStart();
                            long rssReady = residentKilobytes();
                            long cpuReady = cpuMillis();
                            viewModel.list().selectedIdProperty().set(viewModel.list().entries().get(0).id());
                            waitForPaper(session, () -> finish(ready, rssReady, residentKilobytes(), cpuReady));
                        });
                    }
                }
            };
            poll.start();
        }

        /** Waits until the opened paper's note is shown, then lets the preview render for two seconds. */
        private static void waitForPaper(WindowSession session, Runnable then) {
            new AnimationTimer() {
                private long shownAt;

                @Override
                public void handle(long now) {
                    var pane = session.window().paperView().notePane();
                    if (shownAt == 0 && pane != null && !pane.textProperty().get().isEmpty()) {
                        shownAt = now;
                    }
                    if (shownAt != 0 && now - shownAt > 2_000_000_000L) {
                        stop();
                        then.run();
                    }
                }
            }.start();
        }

        /** Runs {@code then} once the next frame has been drawn (timers run at the start of a pulse). */
        private static void afterFrames(Runnable then) {
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 2) {
                        stop();
                        then.run();
                    }
                }
            }.start();
        }

        private static void finish(long readyMillis, long rssReady, long rssOpen, long cpuReady) {
            System.out.println("RESULT " + readyMillis + " " + rssReady + " " + rssOpen + " " + cpuReady);
            System.out.flush();
            Platform.exit();
            System.exit(0);
        }
    }
}
