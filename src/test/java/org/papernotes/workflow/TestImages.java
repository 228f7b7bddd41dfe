package org.papernotes.workflow;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.papernotes.model.Attachment;
import org.papernotes.model.ImageBytes;
import org.papernotes.store.Library;

/** Small real PNGs for the tests of images in posts: each colour gives other bytes. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] png(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, rgb + x);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Adds a PNG to the paper as {@code name}, as a paste does. */
    public static Attachment attach(Library library, long paperId, String name, byte[] png) {
        return library.attachments().addImage(paperId, name, new ImageBytes(png, "image/png", 4, 4), null, null);
    }

    /** Deletes a folder and everything in it (a blog checkout gone). */
    public static void deleteTree(java.nio.file.Path root) throws IOException {
        try (var files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(file);
            }
        }
    }
}
