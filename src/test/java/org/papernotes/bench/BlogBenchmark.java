package org.papernotes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.ImportReport;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.workflow.ExportPosts;
import org.papernotes.workflow.ImportPosts;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;

/**
 * Exports 1,000 papers as posts and imports them into a fresh library, printing the times (target: each ≤ 2 s);
 * then the same with every fifth paper showing two figures of its own (exported into {@code images/}, imported back
 * into the library). Run with {@code mvn -Pbench test-compile exec:exec@blog-bench} (optionally
 * {@code -Dbench.posts=N}; the system property {@code bench.imagesEvery}, 0 for no run with figures).
 */
public final class BlogBenchmark {

    private BlogBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.getInteger("bench.posts", 1000);
        int imagesEvery = Integer.getInteger("bench.imagesEvery", 5);
        Path dir = Files.createTempDirectory("papernotes-blog-bench");
        try {
            run(dir.resolve("text"), count, 0);
            if (imagesEvery > 0) {
                System.out.printf("%nwith two figures in every %d. post:%n", imagesEvery);
                run(dir.resolve("figures"), count, imagesEvery);
            }
        } finally {
            deleteRecursively(dir);
        }
    }

    private static void run(Path dir, int count, int imagesEvery) throws IOException {
        Path blog = Files.createDirectories(dir.resolve("blog"));
        List<Long> ids = new ArrayList<>();
        try (Library library = Library.open(dir.resolve("source.db"))) {
            long[] imageBytes = {0};
            library.inTransaction(connection -> {
                for (int i = 0; i < count; i++) {
                    boolean figures = imagesEvery > 0 && i % imagesEvery == 0;
                    Paper paper = library.papers().insert(figures ? withFigures(paper(i)) : paper(i));
                    ids.add(paper.id());
                    if (figures) {
                        for (String name : List.of("method.png", "results.png")) {
                            byte[] png = figure(i * 2 + name.length());
                            imageBytes[0] += png.length;
                            library.attachments().addImage(paper.id(), name,
                                    new org.papernotes.model.ImageBytes(png, "image/png", 640, 360), null, null);
                        }
                    }
                }
                return null;
            });
            if (imageBytes[0] > 0) {
                System.out.printf("(%d figures, %.1f MB)%n", library.attachments().imageCount(), imageBytes[0] / 1e6);
            }
            // Warm-up on a small set, so that the figures below are not class loading.
            new ExportPosts(library).export(ids.subList(0, Math.min(20, count)), Files.createDirectories(dir.resolve("warm-up")),
                    false, OverwritePolicy.ALWAYS, BlogProgress.NONE);

            long start = System.nanoTime();
            long cpu = cpuNanos();
            ExportReport first = new ExportPosts(library).export(ids, blog, false, OverwritePolicy.ALWAYS, BlogProgress.NONE);
            long exported = System.nanoTime() - start;
            long exportedCpu = cpuNanos() - cpu;
            start = System.nanoTime();
            cpu = cpuNanos();
            ExportReport again = new ExportPosts(library).export(ids, blog, false, OverwritePolicy.NEVER, BlogProgress.NONE);
            long unchanged = System.nanoTime() - start;
            long unchangedCpu = cpuNanos() - cpu;
            System.out.printf("export %d posts: %d ms, CPU %d ms (%d written, %d unchanged; images %d written)%n", count,
                    exported / 1_000_000, exportedCpu / 1_000_000, first.written(), first.unchanged(),
                    first.imageCount(ExportReport.ImageOutcome.WRITTEN));
            System.out.printf("export again, nothing changed: %d ms, CPU %d ms (%d unchanged)%n",
                    unchanged / 1_000_000, unchangedCpu / 1_000_000, again.unchanged());
        }
        try (Library fresh = Library.open(dir.resolve("imported.db"))) {
            long start = System.nanoTime();
            long cpu = cpuNanos();
            ImportReport imported = new ImportPosts(fresh).importPosts(List.of(blog), BlogProgress.NONE);
            long took = System.nanoTime() - start;
            long tookCpu = cpuNanos() - cpu;
            start = System.nanoTime();
            cpu = cpuNanos();
            ImportReport again = new ImportPosts(fresh).importPosts(List.of(blog), BlogProgress.NONE);
            long tookAgain = System.nanoTime() - start;
            long tookAgainCpu = cpuNanos() - cpu;
            System.out.printf("import %d posts into a new library: %d ms, CPU %d ms (%d imported, %d failed, %d images)%n",
                    count, took / 1_000_000, tookCpu / 1_000_000, imported.imported(), imported.failed(),
                    imported.imagesImported());
            System.out.printf("import again, nothing changed: %d ms, CPU %d ms (%d unchanged)%n",
                    tookAgain / 1_000_000, tookAgainCpu / 1_000_000, again.unchanged());
        }
        System.out.printf("(machine load average while running: %.1f on %d cores)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** CPU time of the whole process, which a busy machine inflates far less than wall time. */
    private static long cpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** A note of about 3,000 characters: Chinese and English prose, inline and display math, a table, code. */
    private static Paper paper(int i) {
        StringBuilder note = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            note.append("本文提出了一种新的对齐方法，策略模型 $\\pi_\\theta(y|x)$ 与奖励模型 $r_\\phi$ 交替优化，")
                    .append("\n从而在偏好数据集上取得更好的效果。The reward model is trained with a ranking loss ")
                    .append("over pairs $(y_w, y_l)$, and the policy with PPO and a KL penalty $\\beta$.\n\n");
        }
        note.append("$$\n\\mathcal{L} = -\\mathbb{E}\\left[\\log\\sigma(r_w - r_l)\\right]\n$$\n\n")
                .append("| method | score |\n|---|---|\n| DPO | $0.71$ |\n\n")
                .append("```python\nloss = -logsigmoid(r_w - r_l)  # {{ not liquid }}\n```\n");
        return Paper.titled("Paper " + i + ": 对齐方法 Alignment Study").withNote(note.toString())
                .withTags(List.of("llm", "alignment", "tag" + (i % 20)));
    }

    private static Paper withFigures(Paper paper) {
        return paper.withNote(paper.note() + "\n![The method](attachment:method.png)\n\n"
                + "<p align=\"center\"><img src=\"attachment:results.png\" width=\"80%\"></p>\n");
    }

    /** A 640×360 figure of flat boxes and lines, as method diagrams are (a few tens of kilobytes as PNG). */
    private static byte[] figure(int seed) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(640, 360,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        java.util.Random random = new java.util.Random(seed);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 640, 360);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        for (int box = 0; box < 12; box++) {
            g.setColor(new java.awt.Color(random.nextInt(0xffffff)));
            int x = random.nextInt(560);
            int y = random.nextInt(300);
            g.fillRoundRect(x, y, 80, 50, 10, 10);
            g.setColor(java.awt.Color.DARK_GRAY);
            g.drawLine(x + 40, y + 25, random.nextInt(640), random.nextInt(360));
            g.drawString("block " + box, x + 10, y + 30);
        }
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
