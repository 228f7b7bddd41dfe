package org.papernotes.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.papernotes.markdown.MarkdownConfig;
import org.papernotes.markdown.ParsedNote;
import org.papernotes.markdown.PreviewHtml;
import org.papernotes.ui.editor.NotePane;

/**
 * Typing into a large Chinese note in the split note pane (editor and live preview), measuring:
 * <ul>
 *   <li>each simulated keystroke on the FX thread: insertText plus the CSS and layout pass of the pulse it causes;
 *   <li>the longest time the FX thread was unavailable while typing (a probe posted every millisecond measures how
 *       long it waits), which also covers applying highlighting and updating the preview;
 *   <li>the delay from the last keystroke before a pause to the preview showing the new text.
 * </ul>
 * Targets (DESIGN.md): no FX-thread block above 16 ms; preview current within 150 ms of a pause.
 *
 * <p>Run: {@code mvn -o -Pbench test-compile exec:exec@editor-bench}, which starts a JVM with the installed app's
 * options (C1 only among them), or {@code java} with the test class path. Properties: {@code bench.chars} (default
 * 50000), {@code bench.keystrokes} (300), {@code bench.interval} average ms between keystrokes (110; each gap is drawn at
 * random from half to one and a half times that), {@code bench.pause} the typing pause in ms after which the note is
 * parsed (NotePane's default), {@code bench.display=true} to use the real display instead of headless Monocle, {@code bench.stalls=true} to sample the FX thread's stack
 * during stalls.
 */
public final class EditorBenchmark {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final List<Double> keystrokeCpuMillis = new ArrayList<>();
    private static final List<Double> insertMillis = new ArrayList<>();
    private static final List<Double> cssMillis = new ArrayList<>();
    private static final List<Double> layoutMillis = new ArrayList<>();
    private static final java.util.Random RHYTHM = new java.util.Random(7);
    private static final String[] TYPED = {"遗忘", "隐私", "的", "模型", "，", "偏见", "a", "x", "。", "$x_1$", " ", "对齐"};

    private EditorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int chars = Integer.getInteger("bench.chars", 50_000);
        int keystrokes = Integer.getInteger("bench.keystrokes", 300);
        long interval = Long.getLong("bench.interval", 110);
        if (!Boolean.getBoolean("bench.display")) {
            useHeadlessMonocle();
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "note-render");
            thread.setDaemon(true);
            return thread;
        });

        String note = ChineseNoteGenerator.generate(chars, 42);
        NotePane pane = onFx(() -> {
            NotePane created = new NotePane(background,
                    java.time.Duration.ofMillis(Long.getLong("bench.pause", NotePane.DEFAULT_PAUSE.toMillis())));
            Stage stage = new Stage();
            stage.setScene(new Scene(created, 1280, 800));
            stage.show();
            return created;
        });
        waitFor(() -> onFx(() -> pane.previewController().isReady()), 60_000);
        int loaded = onFx(() -> pane.previewController().getUpdateCount());
        onFx(() -> {
            pane.load(note);
            return null;
        });
        waitFor(() -> onFx(() -> pane.previewController().getUpdateCount()) > loaded, 60_000);
        CodeArea area = pane.editor();
        onFx(() -> {
            area.requestFocus();
            area.moveTo(area.getLength() / 2);
            area.requestFollowCaret();
            return null;
        });

        System.out.printf(Locale.ROOT, "Editor benchmark: %,d-character Chinese note, split mode, %d keystrokes "
                + "%d ms apart on average (%d to %d ms, at random), parse after a %d ms pause (%s)%n", note.length(),
                keystrokes, interval, interval / 2, interval * 3 / 2,
                Long.getLong("bench.pause", NotePane.DEFAULT_PAUSE.toMillis()),
                Boolean.getBoolean("bench.display") ? "display" : "headless Monocle, software rendering");
        reportSingleOperations(pane, note);

        type(pane, 150, interval, null, null); // warm-up: JIT, caches
        List<Double> keystrokeMillis = new ArrayList<>();
        List<Double> previewDelays = new ArrayList<>();
        FxStallProbe probe = new FxStallProbe();
        probe.start();
        type(pane, keystrokes, interval, keystrokeMillis, previewDelays);
        probe.stop();

        System.out.printf(Locale.ROOT, "keystroke on FX thread (insert + css + layout): median %.1f ms, p95 %.1f ms,"
                + " max %.1f ms%n", percentile(keystrokeMillis, 50), percentile(keystrokeMillis, 95),
                percentile(keystrokeMillis, 100));
        System.out.printf(Locale.ROOT, "  FX-thread CPU time per keystroke: median %.1f ms, p95 %.1f ms, max %.1f ms;"
                + " wall p95 of insertText %.1f, css %.1f, layout %.1f ms%n",
                percentile(keystrokeCpuMillis, 50), percentile(keystrokeCpuMillis, 95),
                percentile(keystrokeCpuMillis, 100), percentile(insertMillis, 95), percentile(cssMillis, 95),
                percentile(layoutMillis, 95));
        System.out.printf(Locale.ROOT, "longest FX-thread block while typing (probe, includes highlighting and preview "
                + "updates): %.1f ms; blocks over 16 ms: %d%n", probe.maxMillis(), probe.countOver(16));
        System.out.printf(Locale.ROOT, "  the same in FX-thread CPU time (not counting time the OS gave its core to "
                + "other work): longest %.1f ms; over 16 ms: %d%n", probe.maxBusyMillis(), probe.countBusyOver(16));
        System.out.printf(Locale.ROOT, "pause -> preview updated: median %.0f ms, p95 %.0f ms, max %.0f ms "
                + "(%d pauses)%n", percentile(previewDelays, 50), percentile(previewDelays, 95),
                percentile(previewDelays, 100), previewDelays.size());
        reportRenderApplication(pane);
        probe.printStallSamples();
        Platform.exit();
        System.exit(0);
    }

    /** Types keystrokes with a pause of 500 ms after every 15th; records keystroke times and preview delays. */
    private static void type(NotePane pane, int count, long interval, List<Double> keystrokeMillis,
            List<Double> previewDelays) throws Exception {
        CodeArea area = pane.editor();
        Parent root = pane.getScene().getRoot();
        for (int i = 0; i < count; i++) {
            String typed = TYPED[i % TYPED.length];
            boolean pauseAfter = (i + 1) % 15 == 0;
            AtomicLong updateCountAtKeystroke = new AtomicLong();
            long[] timing = onFx(() -> {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                area.insertText(area.getCaretPosition(), typed);
                long inserted = System.nanoTime();
                root.applyCss();
                long styled = System.nanoTime();
                root.layout();
                long end = System.nanoTime();
                long cpuEnd = THREADS.getCurrentThreadCpuTime();
                updateCountAtKeystroke.set(pane.previewController().getUpdateCount());
                return new long[] {start, end, cpuEnd - cpuStart, inserted - start, styled - inserted, end - styled};
            });
            if (keystrokeMillis != null) {
                keystrokeMillis.add((timing[1] - timing[0]) / 1e6);
                keystrokeCpuMillis.add(timing[2] / 1e6);
                insertMillis.add(timing[3] / 1e6);
                cssMillis.add(timing[4] / 1e6);
                layoutMillis.add(timing[5] / 1e6);
            }
            if (pauseAfter && previewDelays != null) {
                String expected = onFx(area::getText);
                long updated = waitForPreviewOf(pane, updateCountAtKeystroke.get(), expected);
                previewDelays.add((updated - timing[1]) / 1e6);
                Thread.sleep(Math.max(0, 500 - (updated - timing[1]) / 1_000_000));
            } else if (pauseAfter) {
                Thread.sleep(500);
            } else {
                // People do not type to a metronome: a fixed rhythm would always, or never, meet the preview's
                // repaint, which comes a fixed time after each keystroke.
                Thread.sleep(interval / 2 + RHYTHM.nextLong(interval + 1));
            }
        }
    }

    /** Waits for the preview update after the given count; returns its nanoTime. */
    private static long waitForPreviewOf(NotePane pane, long countBefore, String expectedText) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        AtomicLong shownAt = new AtomicLong();
        onFx(() -> {
            if (pane.previewController().getUpdateCount() > countBefore) {
                shownAt.set(System.nanoTime());
                shown.countDown();
            } else {
                pane.previewController().updateCountProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old,
                            Number now) {
                        shownAt.set(System.nanoTime());
                        shown.countDown();
                        obs.removeListener(this);
                    }
                });
            }
            return null;
        });
        if (!shown.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("preview did not update");
        }
        if (!onFx(() -> pane.editor().getText()).equals(expectedText)) {
            throw new IllegalStateException("text changed while waiting");
        }
        return shownAt.get();
    }

    /** The FX-thread cost of the steps a render applies, once each, for the report. */
    private static void reportSingleOperations(NotePane pane, String note) throws Exception {
        long parseStart = System.nanoTime();
        ParsedNote parsed = MarkdownConfig.standard().parse(note);
        long parsed1 = System.nanoTime();
        String html = PreviewHtml.render(parsed);
        long rendered = System.nanoTime();
        double previewUpdate = onFx(() -> {
            long start = System.nanoTime();
            pane.previewController().show(html);
            return (System.nanoTime() - start) / 1e6;
        });
        long shownAt = System.nanoTime();
        waitFor(() -> Boolean.TRUE.equals(onFx(() -> pane.previewController().view().getEngine()
                .executeScript("window.papernotes.isTypeset()"))), 60_000);
        double typesetMillis = (System.nanoTime() - shownAt) / 1e6;
        System.out.printf(Locale.ROOT, "background (first run, cold JIT): parse %.0f ms, HTML + sanitize %.0f ms;"
                + " FX thread: whole preview body replaced in %.1f ms, all math typeset %.0f ms later (in slices)%n",
                (parsed1 - parseStart) / 1e6, (rendered - parsed1) / 1e6, previewUpdate, typesetMillis);
    }

    /**
     * What applying one render costs the FX thread once typing paused: the preview patch for a one-character change
     * in a paragraph, and setting the changed highlighting. Run after typing (it leaves the pane's highlighting state
     * behind the editor's, which does not matter at the end).
     */
    private static void reportRenderApplication(NotePane pane) throws Exception {
        String base = onFx(() -> pane.editor().getText());
        int middle = base.indexOf("\n\n", base.length() / 2) - 1;
        List<Double> patchWall = new ArrayList<>();
        List<Double> patchCpu = new ArrayList<>();
        List<Double> styleWall = new ArrayList<>();
        List<Double> repaintCpu = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String changed = base.substring(0, middle) + (i % 2 == 0 ? "字" : "") + base.substring(middle);
            ParsedNote parsed = MarkdownConfig.standard().parse(changed);
            var blocks = PreviewHtml.renderBlocks(parsed);
            var spans = org.papernotes.ui.editor.NotePaneBench.spans(parsed);
            NextPulse nextPulse = new NextPulse();
            double[] cost = onFx(() -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                nextPulse.arm(pane.getScene()); // the pulse that paints what show() changes
                pane.previewController().show(blocks);
                long shown = System.nanoTime();
                long cpuShown = THREADS.getCurrentThreadCpuTime();
                pane.editor().setStyleSpans(middle - 200, spans.subView(middle - 200, middle + 1));
                long styled = System.nanoTime();
                return new double[] {(shown - start) / 1e6, (cpuShown - cpu) / 1e6, (styled - shown) / 1e6};
            });
            double repaint = nextPulse.cpuMillis();
            if (i >= 10) {
                patchWall.add(cost[0]);
                patchCpu.add(cost[1]);
                styleWall.add(cost[2]);
                repaintCpu.add(repaint);
            }
        }
        System.out.printf(Locale.ROOT, "applying one render on the FX thread: preview patch median %.1f ms (CPU %.1f),"
                + " max %.1f ms; setting a paragraph's highlighting median %.1f ms, max %.1f ms%n",
                percentile(patchWall, 50), percentile(patchCpu, 50), percentile(patchWall, 100),
                percentile(styleWall, 50), percentile(styleWall, 100));
        System.out.printf(Locale.ROOT, "  the pulse after it (WebKit paints the changed block, CSS, layout): FX-thread "
                + "CPU median %.1f ms, max %.1f ms%n", percentile(repaintCpu, 50), percentile(repaintCpu, 100));
    }

    /**
     * FX-thread CPU time of the next pulse up to the end of its layout pass: WebViews paint their changes in the
     * stage pulse before it, so a preview update's repaint is in here.
     */
    private static final class NextPulse {
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile double millis = Double.NaN;

        /** Call on the FX thread. */
        void arm(Scene scene) {
            new javafx.animation.AnimationTimer() { // timers run first in a pulse
                @Override
                public void handle(long now) {
                    stop();
                    long startCpu = THREADS.getCurrentThreadCpuTime();
                    scene.addPostLayoutPulseListener(new Runnable() {
                        @Override
                        public void run() {
                            scene.removePostLayoutPulseListener(this);
                            millis = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
                            done.countDown();
                        }
                    });
                }
            }.start();
        }

        double cpuMillis() throws InterruptedException {
            if (!done.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no pulse");
            }
            return millis;
        }
    }

    private static double percentile(List<Double> values, int percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void useHeadlessMonocle() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.call()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(10);
        }
    }

    /**
     * Posts a probe to the FX thread every millisecond and records how long each waited to run (wall time), and how
     * much CPU time the FX thread used meanwhile: on a busy machine the wall time also counts the moments the
     * operating system gave the FX thread's core to another process, the CPU time only what the FX thread did.
     */
    private static final class FxStallProbe {
        private final List<Double> waits = Collections.synchronizedList(new ArrayList<>());
        private final List<Double> busy = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean();
        private Thread thread;

        void start() throws Exception {
            Thread fxThread = onFx(Thread::currentThread);
            long fxThreadId = fxThread.getId();
            running.set(true);
            thread = new Thread(() -> {
                while (running.get()) {
                    long posted = System.nanoTime();
                    long cpuPosted = THREADS.getThreadCpuTime(fxThreadId);
                    CountDownLatch ran = new CountDownLatch(1);
                    Platform.runLater(() -> {
                        waits.add((System.nanoTime() - posted) / 1e6);
                        busy.add((THREADS.getCurrentThreadCpuTime() - cpuPosted) / 1e6);
                        ran.countDown();
                    });
                    try {
                        while (!ran.await(2, TimeUnit.MILLISECONDS)) {
                            if (STALL_SAMPLES && System.nanoTime() - posted > 10_000_000L) {
                                sampleStall(fxThread);
                            }
                        }
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "fx-stall-probe");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        /** With -Dbench.stalls=true: where the FX thread is during long blocks, printed at the end. */
        private static final boolean STALL_SAMPLES = Boolean.getBoolean("bench.stalls");
        private final java.util.Map<String, Integer> stallFrames = new java.util.concurrent.ConcurrentHashMap<>();

        private void sampleStall(Thread fxThread) {
            StackTraceElement[] stack = fxThread.getStackTrace();
            StringBuilder where = new StringBuilder();
            int shown = 0;
            for (StackTraceElement frame : stack) {
                String name = frame.getClassName() + "." + frame.getMethodName();
                if (shown == 0 || name.startsWith("org.papernotes") || name.contains("webkit")
                        || name.contains("Pulse") || name.contains("Skin") || name.contains("richtext")) {
                    where.append(shown++ == 0 ? "" : " < ").append(name);
                }
                if (shown == 5) {
                    break;
                }
            }
            stallFrames.merge(where.toString(), 1, Integer::sum);
        }

        void printStallSamples() {
            stallFrames.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(15).forEach(e -> System.out.printf(Locale.ROOT, "  stall sample x%d: %s%n", e.getValue(),
                            e.getKey()));
        }

        double maxBusyMillis() {
            synchronized (busy) {
                return busy.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            }
        }

        long countBusyOver(double millis) {
            synchronized (busy) {
                return busy.stream().filter(cpu -> cpu > millis).count();
            }
        }

        double maxMillis() {
            synchronized (waits) {
                return waits.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            }
        }

        long countOver(double millis) {
            synchronized (waits) {
                return waits.stream().filter(wait -> wait > millis).count();
            }
        }
    }
}
