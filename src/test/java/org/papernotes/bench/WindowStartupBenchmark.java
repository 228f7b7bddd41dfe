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
 * interactive: for PaperNotes, the stage is showing, the paper list and the sidebar are filled, the table has laid
 * out rows with papers, the search box can take the focus, and a frame has been drawn after that (the time the
 * stage was first shown is reported too); for the baseline, an empty window has drawn its first frame (also
 * shown: the same with the AtlantaFX theme loaded, and the same with PaperNotes' JVM options). The PaperNotes child
 * then opens the first paper (editor and preview) and reports resident memory (VmRSS) at both points. The PaperNotes
 * child runs with the JVM options of the installed app (packaging/jpackage/app.args, with {@code $APPDIR} laid out
 * as the image has it); no child gets a heap limit, as the app has none. The ratio is against the plain empty window.
 * <p>
 * Run: {@code mvn -o -Pbench test-compile exec:exec@window-bench} (properties: {@code -Dwindow.bench.papers=10000
 * -Dwindow.bench.runs=5 -Dwindow.bench.dir=target/bench -Dwindow.bench.jvmArgs="-Xshare:off"}, JVM options
 * going to every child; {@code -Dwindow.bench.cds=true} gives every kind of child its own dynamic
 * AppCDS archive, trained by one run of that child, as the packaged app has). Uses the X display when DISPLAY is set, headless
 * Monocle otherwise. The library is built once (SearchCorpus notes, about 3 kB each) and reused.
 */
public final class WindowStartupBenchmark {

    private static final long SEED = 20_241_103L;
    private static final List<String> MODES = List.of("empty", "empty-app-options", "themed", "controls", "library");

    /** With -Dwindow.bench.cds=true: each kind of child's AppCDS archive, and the class path of jars it needs. */
    private static final java.util.Map<String, Path> archives = new java.util.HashMap<>();
    private static String classPath = System.getProperty("java.class.path");

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
        if (Boolean.getBoolean("window.bench.cds")) {
            prepareClassDataSharing(dir.resolve("cds"), library, out);
        }

        List<Long> empty = new ArrayList<>();
        List<Long> window = new ArrayList<>();
        List<Long> rssReady = new ArrayList<>();
        List<Long> rssOpen = new ArrayList<>();
        List<Long> emptyCpu = new ArrayList<>();
        List<Long> themed = new ArrayList<>();
        List<Long> windowCpu = new ArrayList<>();
        List<Long> shown = new ArrayList<>();
        List<Long> controls = new ArrayList<>();
        List<Long> emptyAppOptions = new ArrayList<>();
        String loadBefore = loadAverage();
        child("empty", library); // warm the file cache and fonts once, not counted
        child("library", library);
        for (int run = 0; run < runs; run++) {
            long[] baseline = child("empty", library);
            empty.add(baseline[0]);
            emptyCpu.add(baseline[3]);
            emptyAppOptions.add(child("empty-app-options", library)[0]);
            themed.add(child("themed", library)[0]);
            controls.add(child("controls", library)[0]);
            long[] result = child("library", library);
            windowCpu.add(result[3]);
            window.add(result[0]);
            rssReady.add(result[1]);
            rssOpen.add(result[2]);
            shown.add(result[4]);
        }
        long emptyMedian = median(empty);
        long windowMedian = median(window);
        out.printf(Locale.ROOT, "display: %s, papers: %,d, runs: %d, extra JVM options: [%s], AppCDS: %s%n",
                System.getenv("DISPLAY") == null ? "headless Monocle" : "X " + System.getenv("DISPLAY"), papers, runs,
                System.getProperty("window.bench.jvmArgs", ""),
                archives.isEmpty() ? "no" : "yes, one archive per kind of child, trained on that child");
        out.printf(Locale.ROOT, "load average before: %s, after: %s%n", loadBefore, loadAverage());
        out.printf(Locale.ROOT, "empty JavaFX window ready:  median %5d ms  (all %s)%n", emptyMedian, empty);
        out.printf(Locale.ROOT, "empty window, PaperNotes' JVM options: median %5d ms  (all %s)%n",
                median(emptyAppOptions), emptyAppOptions);
        out.printf(Locale.ROOT, "empty window, AtlantaFX theme: median %5d ms  (all %s)%n", median(themed), themed);
        out.printf(Locale.ROOT, "same controls, no PaperNotes: median %5d ms  (all %s)%n", median(controls), controls);
        out.printf(Locale.ROOT, "PaperNotes window shown:    median %5d ms  (all %s)%n", median(shown), shown);
        out.printf(Locale.ROOT, "PaperNotes window ready:    median %5d ms  (all %s)%n", windowMedian, window);
        out.printf(Locale.ROOT, "ratio: %.2fx (target <= 1.3x)%n", windowMedian / (double) emptyMedian);
        out.printf(Locale.ROOT, "CPU time until ready (all threads): empty median %d ms %s, PaperNotes median %d ms %s%n",
                median(emptyCpu), emptyCpu, median(windowCpu), windowCpu);
        out.printf(Locale.ROOT, "resident memory, window ready:        median %4d MB (all %s)%n", median(rssReady) / 1024,
                rssReady.stream().map(kb -> kb / 1024).toList());
        out.printf(Locale.ROOT, "resident memory, first paper open:    median %4d MB (all %s) (target <= 400 MB)%n",
                median(rssOpen) / 1024, rssOpen.stream().map(kb -> kb / 1024).toList());
    }

    static void build(Path library, int papers, PrintStream out) throws IOException {
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

    /**
     * Dynamic AppCDS archives need a class path of jars (no non-empty directories): the class directories are
     * packed into jars first. Then each kind of child runs once with {@code -XX:ArchiveClassesAtExit}, so that
     * the empty window and PaperNotes are compared with the same help.
     */
    private static void prepareClassDataSharing(Path dir, Path library, PrintStream out)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = dir.resolve(path.getFileName() + ".jar");
                packDirectory(path, jar);
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        classPath = String.join(java.io.File.pathSeparator, entries);
        for (String mode : MODES) {
            Path archive = dir.resolve(mode + ".jsa");
            Files.deleteIfExists(archive);
            child(mode, library, "-XX:ArchiveClassesAtExit=" + archive);
            if (!Files.exists(archive)) {
                throw new IllegalStateException("no AppCDS archive was written for " + mode);
            }
            archives.put(mode, archive);
            out.printf(Locale.ROOT, "AppCDS archive for %s: %,d kB%n", mode, Files.size(archive) / 1024);
        }
    }

    private static void packDirectory(Path directory, Path jar) throws IOException {
        try (var zip = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                zip.putNextEntry(new java.util.jar.JarEntry(directory.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Runs one child JVM; returns {ready ms, rss kB at ready, rss kB with a paper open, CPU ms at ready, first
     * shown ms}.
     */
    private static long[] child(String mode, Path library, String... extraOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8"));
        String jvmArgs = System.getProperty("window.bench.jvmArgs", "").trim();
        if (!jvmArgs.isEmpty()) {
            command.addAll(Arrays.asList(jvmArgs.split("\\s+")));
        }
        if (System.getenv("DISPLAY") == null) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        command.addAll(Arrays.asList(extraOptions));
        if (mode.equals("library") || mode.equals("empty-app-options")) {
            command.addAll(appJavaOptions());
        }
        if (archives.containsKey(mode)) {
            command.addAll(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archives.get(mode)));
        }
        command.addAll(List.of("-cp", classPath, WindowStartupBenchmark.class.getName(),
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

    /** The JVM options the installed app runs with (packaging/jpackage/app.args), so memory is measured as users get it. */
    static List<String> appJavaOptions() throws IOException {
        Path args = Path.of("packaging", "jpackage", "app.args");
        if (!Files.exists(args)) {
            throw new IllegalStateException("run from the project folder: no " + args);
        }
        String appDir = appDirectory().toString();
        return Files.readAllLines(args).stream().map(String::strip).filter(line -> line.startsWith("--java-options "))
                .map(line -> line.substring("--java-options ".length()).strip().replace("$APPDIR", appDir)).toList();
    }

    /**
     * What the options' {@code $APPDIR} (the image's lib/app) holds for them, as packaging/build.sh puts it there:
     * SQLite's native library for this system in native/.
     */
    private static Path appDirectory() throws IOException {
        Path dir = Path.of("target", "bench", "appdir").toAbsolutePath();
        String name = System.mapLibraryName("sqlitejdbc");
        Path library = dir.resolve("native").resolve(name);
        if (!Files.exists(library)) {
            String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS()
                    + "/" + name;
            try (var in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("sqlite-jdbc has no " + resource);
                }
                Files.createDirectories(library.getParent());
                Files.copy(in, library);
            }
        }
        return dir;
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
            if (mode.startsWith("empty") || mode.equals("themed")) {
                if (mode.equals("themed")) {
                    Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
                }
                stage.setScene(new Scene(new StackPane(), 1280, 800));
                stage.show();
                afterFrames(() -> {
                    long ready = sinceJvmStart();
                    finish(ready, residentKilobytes(), residentKilobytes(), cpuMillis(), ready);
                });
                return;
            }
            if (mode.equals("controls")) {
                showControls(stage);
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
            long[] shownAt = {-1};
            stage.showingProperty().addListener((o, was, showing) -> {
                if (showing && shownAt[0] < 0) {
                    shownAt[0] = sinceJvmStart();
                }
            });
            AnimationTimer poll = new AnimationTimer() {
                private String last = "";

                @Override
                public void handle(long now) {
                    var viewModel = session.viewModel();
                    boolean loaded = viewModel != null && viewModel.list().loadedOnceProperty().get();
                    boolean sidebar = viewModel != null && !viewModel.sidebar().items().isEmpty();
                    boolean rows = stage.isShowing() && showsRows(stage);
                    boolean search = session.window() != null && acceptsFocus(session.window().listView().searchField());
                    String state = "loaded " + loaded + ", sidebar " + sidebar + ", rows shown " + rows
                            + ", search box " + search;
                    if (Boolean.getBoolean("window.bench.trace") && !state.equals(last)) {
                        System.err.println(sinceJvmStart() + " ms: " + state);
                        last = state;
                    }
                    // Interactive: the list and the sidebar are filled, the table has laid out rows with papers
                    // and the search box can take the focus; then a frame is drawn with all of that.
                    if (loaded && sidebar && rows && search) {
                        stop();
                        afterFrames(() -> {
                            long ready = sinceJvmStart();
                            long rssReady = residentKilobytes();
                            long cpuReady = cpuMillis();
                            if (Boolean.getBoolean("window.bench.trace")) {
                                printThreadTimes();
                            }
                            viewModel.list().selectedIdProperty().set(viewModel.list().entries().get(0).id());
                            waitForPaper(session, () -> finish(ready, rssReady, residentKilobytes(), cpuReady,
                                    shownAt[0]));
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

        /**
         * The floor for any JavaFX window of this kind: PaperNotes' controls with the AtlantaFX theme (menu bar,
         * sidebar list, search box, a six-column table of 10,000 rows of text made in memory, status line), but
         * none of PaperNotes' code, library or style sheet. Ready when the table shows rows, as for PaperNotes.
         */
        private static void showControls(Stage stage) {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
            var rows = javafx.collections.FXCollections.<String[]>observableArrayList();
            for (int i = 0; i < 10_000; i++) {
                rows.add(new String[] {"Paper " + i + " 论文标题", "Author " + i, "2024", "NeurIPS", "read",
                        "2024-05-20 10:00"});
            }
            var table = new javafx.scene.control.TableView<String[]>(rows);
            for (int c = 0; c < 6; c++) {
                int column = c;
                var tableColumn = new javafx.scene.control.TableColumn<String[], String>("Column " + c);
                tableColumn.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(
                        cell.getValue()[column]));
                table.getColumns().add(tableColumn);
            }
            table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            var sidebar = new javafx.scene.control.ListView<>(javafx.collections.FXCollections.observableArrayList(
                    "All papers", "Untagged", "To read", "Reading", "Read", "llm (120)", "rlhf (40)", "隐私 (12)"));
            var search = new javafx.scene.control.TextField();
            search.setPromptText("Search");
            var middle = new javafx.scene.layout.VBox(search, table);
            javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
            var split = new javafx.scene.control.SplitPane(sidebar, middle, new javafx.scene.control.Label("Pick a paper"));
            split.setDividerPositions(0.15, 0.58);
            var menus = new javafx.scene.control.MenuBar();
            for (String name : List.of("File", "Edit", "View", "Go", "Help")) {
                menus.getMenus().add(new javafx.scene.control.Menu(name, null, new javafx.scene.control.MenuItem(name)));
            }
            var root = new javafx.scene.layout.BorderPane(split, menus, null, new javafx.scene.control.Label("Saved"), null);
            stage.setScene(new Scene(root, 1280, 800));
            stage.show();
            AnimationTimer poll = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (showsRows(stage) && acceptsFocus(search)) {
                        stop();
                        afterFrames(() -> {
                            long ready = sinceJvmStart();
                            finish(ready, residentKilobytes(), residentKilobytes(), cpuMillis(), ready);
                        });
                    }
                }
            };
            poll.start();
        }

        /** CPU time per thread (Linux /proc), JIT and GC threads included, to see where start-up goes. */
        private static void printThreadTimes() {
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                java.util.Map<String, Long> byName = new java.util.TreeMap<>();
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("\\d+$", "#");
                    String[] stat = Files.readString(task.resolve("stat")).replaceAll(".*\\) ", "").split(" ");
                    long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    byName.merge(name, ticks * 10, Long::sum);
                }
                byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> System.err.println("  cpu " + e.getValue() + " ms  " + e.getKey()));
            } catch (IOException e) {
                System.err.println("no /proc: " + e);
            }
        }

        /** True when the paper table shows at least one row cell holding a paper (laid out, not just loaded). */
        private static boolean showsRows(Stage stage) {
            return stage.getScene().getRoot().lookupAll(".table-row-cell").stream()
                    .anyMatch(node -> node instanceof javafx.scene.control.TableRow<?> row && row.getItem() != null
                            && row.isVisible() && row.getHeight() > 0);
        }

        private static boolean acceptsFocus(javafx.scene.control.TextField field) {
            return field.getScene() != null && field.isVisible() && !field.isDisabled() && field.isFocusTraversable()
                    && field.getWidth() > 0;
        }

        private static void finish(long readyMillis, long rssReady, long rssOpen, long cpuReady, long shownMillis) {
            System.out.println("RESULT " + readyMillis + " " + rssReady + " " + rssOpen + " " + cpuReady + " "
                    + shownMillis);
            System.out.flush();
            Platform.exit();
            System.exit(0);
        }
    }
}
