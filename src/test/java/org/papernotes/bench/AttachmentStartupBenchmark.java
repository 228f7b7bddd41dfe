package org.papernotes.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.papernotes.images.ImageIngest;
import org.papernotes.images.IngestedImage;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;
import org.papernotes.workflow.AttachFiles;

/**
 * Opening a library with 500 images against the same library without them: what the window does at start-up
 * (open and migrate-check, the paper list, the tag counts, the status bar's stats), the median of alternating runs.
 * Images are never read at start-up, so both should take the same time.
 * {@code mvn -Pbench test-compile exec:exec@attachment-bench [-Dbench.images=500 -Dbench.papers=1000]}
 */
public final class AttachmentStartupBenchmark {

    private AttachmentStartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int papers = Integer.getInteger("bench.papers", 1000);
        int images = Integer.getInteger("bench.images", 500);
        int runs = Integer.getInteger("bench.runs", 15);
        Path dir = Files.createTempDirectory("papernotes-attachment-bench");
        try {
            Path plain = dir.resolve("without-images.db");
            Path withImages = dir.resolve("with-images.db");
            List<Long> ids = new ArrayList<>();
            try (Library library = Library.open(plain)) {
                library.inTransaction(connection -> {
                    for (int i = 0; i < papers; i++) {
                        ids.add(library.papers().insert(Paper.titled("Paper " + i).withTags(List.of("tag" + i % 20))
                                .withNote(ChineseNoteGenerator.generate(2000, i))).id());
                    }
                    return null;
                });
            }
            Files.copy(plain, withImages);
            long imageBytes = 0;
            try (Library library = Library.open(withImages)) {
                AttachFiles attach = new AttachFiles(library);
                Random random = new Random(42);
                for (int i = 0; i < images; i++) {
                    IngestedImage image = ImageIngest.fromBytes(noisyPng(random, 400, 300), "figure-" + i + ".png");
                    imageBytes += image.original().size();
                    attach.addImage(ids.get(i % ids.size()), image);
                }
            }
            long[] without = new long[runs];
            long[] with = new long[runs];
            for (int run = -2; run < runs; run++) { // two warm-up rounds
                long a = openAsTheWindowDoes(plain);
                long b = openAsTheWindowDoes(withImages);
                if (run >= 0) {
                    without[run] = a;
                    with[run] = b;
                }
            }
            System.out.printf("library with %d papers: %.1f MB; with %d images besides (%.1f MB of image bytes): %.1f MB%n",
                    papers, Files.size(plain) / 1048576.0, images, imageBytes / 1048576.0, Files.size(withImages) / 1048576.0);
            System.out.printf("open + list + tags + stats, median of %d: without images %.1f ms, with %d images %.1f ms "
                    + "(ratio %.2f); min %.1f / %.1f ms%n", runs, median(without) / 1e6, images, median(with) / 1e6,
                    median(with) / (double) median(without), min(without) / 1e6, min(with) / 1e6);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static long openAsTheWindowDoes(Path file) {
        long start = System.nanoTime();
        try (Library library = Library.open(file)) {
            library.papers().list(PaperFilter.ALL);
            library.tags().counts();
            library.stats();
        }
        return System.nanoTime() - start;
    }

    private static byte[] noisyPng(Random random, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }
}
