package org.papernotes.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.papernotes.images.ImageIngest;
import org.papernotes.markdown.MarkdownConfig;
import org.papernotes.markdown.PreviewBlock;
import org.papernotes.markdown.PreviewHtml;
import org.papernotes.model.Attachment;
import org.papernotes.model.ImageBytes;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.attachments.PreviewImages;
import org.papernotes.ui.preview.MarkdownPreview;
import org.papernotes.workflow.AttachFiles;

/**
 * How the preview gets a note's images, three ways compared on the same note (20 photos of 3000 × 2000 pixels,
 * each shown from its 1600-pixel copy): {@code pnimg:} URLs served from the library (what PaperNotes does), file:
 * URLs of copies written to a cache folder, and the copies inlined as data: URIs. Prints the time until every image
 * is drawn after the note opens, and for typing in a paragraph that holds an image: the HTML sent to the page per
 * keystroke, the time to rewrite the blocks (background thread) and to apply them (FX thread).
 * Run headless: {@code mvn -Pbench test-compile exec:exec@preview-images-bench}.
 */
public final class PreviewImagesBenchmark {

    private static final int IMAGES = Integer.getInteger("bench.images", 20);
    private static final int KEYS = Integer.getInteger("bench.keystrokes", 60);

    private PreviewImagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("papernotes-preview-images-bench");
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (Library library = Library.open(dir.resolve("library.db"))) {
            long id = library.papers().insert(Paper.titled("Figures")).id();
            AttachFiles attach = new AttachFiles(library);
            List<Attachment> images = new ArrayList<>();
            Random random = new Random(7);
            for (int i = 0; i < IMAGES; i++) {
                images.add(attach.addImage(id, ImageIngest.fromBytes(photo(random, 3000, 2000), "photo-" + i + ".jpg")));
            }
            StringBuilder note = new StringBuilder();
            for (int i = 0; i < IMAGES; i++) {
                note.append("Figure ").append(i).append(" shows the method. ![photo ").append(i).append("](")
                        .append(images.get(i).link()).append(")\n\n");
            }
            Platform.startup(() -> { });
            Platform.setImplicitExit(false); // each way gets a window of its own, closed after it
            System.out.printf("%d images of 3000 x 2000 (JPEG, %.1f MB in all), shown from 1600-pixel copies%n", IMAGES,
                    images.stream().mapToLong(Attachment::size).sum() / 1048576.0);
            // Twice each, alternating, with new URLs each time (WebKit keeps what it loaded for the whole process);
            // the first round warms up WebKit and the JIT.
            for (int round = 1; round <= 2; round++) {
                PreviewImages pnimg = new PreviewImages(library, new PreviewImages.Words("missing", "remote"));
                pnimg.setPaper(id);
                run(round, "pnimg: from the library", note.toString(), pnimg, background);
                pnimg.close();
                Path cache = Files.createDirectories(dir.resolve("cache-" + round));
                run(round, "file: cache folder", note.toString(), replacing(images, a -> {
                    Path file = cache.resolve(a.sha256() + ".jpg");
                    if (!Files.exists(file)) {
                        Files.write(file, library.attachments().previewOrOriginal(a.sha256()).orElseThrow().bytes());
                    }
                    return file.toUri().toString();
                }), background);
            }
            run(2, "data: URIs inline", note.toString(), replacing(images, a -> {
                ImageBytes shown = library.attachments().previewOrOriginal(a.sha256()).orElseThrow();
                return "data:" + shown.mediaType() + ";base64," + Base64.getEncoder().encodeToString(shown.bytes());
            }), background);
        } finally {
            background.shutdownNow();
            Platform.exit();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    interface UrlOf {
        String of(Attachment attachment) throws Exception;
    }

    /** Rewrites attachment: sources to other URLs, per block, as PreviewImages does for pnimg:. */
    private static UnaryOperator<List<PreviewBlock>> replacing(List<Attachment> images, UrlOf url) {
        return blocks -> {
            List<PreviewBlock> result = new ArrayList<>();
            for (PreviewBlock block : blocks) {
                String html = block.html();
                String key = block.key();
                for (Attachment image : images) {
                    String from = "src=\"" + image.link() + "\"";
                    if (html.contains(from)) {
                        try {
                            String to = "src=\"" + url.of(image) + "\"";
                            html = html.replace(from, to);
                            key = key.replace(from, to);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                result.add(new PreviewBlock(key, html, block.start()));
            }
            return result;
        };
    }

    private static void run(int round, String name, String note, UnaryOperator<List<PreviewBlock>> filter, ExecutorService background)
            throws Exception {
        MarkdownPreview preview = onFx(() -> {
            MarkdownPreview made = new MarkdownPreview(background);
            Stage stage = new Stage();
            stage.setScene(new Scene(made.view(), 900, 700));
            stage.show();
            return made;
        });
        while (!onFx(preview::isReady)) {
            Thread.sleep(10);
        }
        List<PreviewBlock> blocks = filter.apply(PreviewHtml.renderBlocks(MarkdownConfig.standard().parse(note)));
        long start = System.nanoTime();
        onFx(() -> {
            preview.show(blocks);
            return null;
        });
        String loaded = "Array.from(document.images).filter(function(i){return i.complete && i.naturalWidth > 0;}).length";
        while (((Number) onFx(() -> preview.view().getEngine().executeScript(loaded))).intValue() < IMAGES) {
            Thread.sleep(2);
            if (System.nanoTime() - start > 60_000_000_000L) {
                throw new IllegalStateException(name + ": images not loaded after 60 s");
            }
        }
        long allShown = System.nanoTime() - start;

        // Typing at the end of the paragraph of figure 10 (the block holding its image changes each time).
        String marker = "Figure 10 shows the method.";
        long[] rewrite = new long[KEYS];
        long[] apply = new long[KEYS];
        long sent = 0;
        String text = note;
        List<PreviewBlock> shown = blocks;
        for (int k = 0; k < KEYS; k++) {
            text = text.replace(marker, marker + "x");
            marker = marker + "x";
            List<PreviewBlock> raw = PreviewHtml.renderBlocks(MarkdownConfig.standard().parse(text));
            long t = System.nanoTime();
            List<PreviewBlock> next = filter.apply(raw);
            rewrite[k] = System.nanoTime() - t;
            for (int b = 0; b < next.size(); b++) {
                if (b >= shown.size() || !next.get(b).key().equals(shown.get(b).key())) {
                    sent += next.get(b).html().length();
                }
            }
            List<PreviewBlock> current = next;
            apply[k] = onFx(() -> {
                long s = System.nanoTime();
                preview.show(current);
                return System.nanoTime() - s;
            });
            shown = next;
            Thread.sleep(40);
        }
        System.out.printf("round %d, %-24s all images drawn %6.0f ms after opening; per keystroke: %8d characters sent, "
                        + "blocks rewritten in %.3f ms (median), applied on the FX thread in %.2f ms (median, max %.2f)%n",
                round, name, allShown / 1e6, sent / KEYS, median(rewrite) / 1e6, median(apply) / 1e6,
                Arrays.stream(apply).max().orElse(0) / 1e6);
        onFx(() -> {
            ((Stage) preview.view().getScene().getWindow()).close();
            return null;
        });
    }

    private static byte[] photo(Random random, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int base = random.nextInt(0x1000000);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, base ^ ((x * 7 + y * 3) & 0xff) << 8 ^ random.nextInt(32));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", bytes);
        return bytes.toByteArray();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
