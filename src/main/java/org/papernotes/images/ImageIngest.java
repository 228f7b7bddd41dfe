package org.papernotes.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.papernotes.images.FileProblem.Code;
import org.papernotes.model.ImageBytes;
import org.papernotes.model.ImageLink;

/**
 * Takes in an image file: checks that it is one of the {@link ImageFormat formats} (by its bytes), not too large,
 * and readable to its end (a damaged or cut-off file is refused), and makes the smaller copy the preview shows of
 * a large image or of a format the preview cannot draw. The original is kept byte for byte.
 */
public final class ImageIngest {

    /** Larger files are refused: a figure is rarely over a few megabytes, and the library holds every byte. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** More pixels are refused: decoding them would take gigabytes of memory. */
    public static final long MAX_PIXELS = 120_000_000L;
    /** The long side of the preview's copy of a large image: sharp on a high-density screen at the preview's width. */
    public static final int PREVIEW_SIDE = 1600;
    /** An image up to this side (and {@link #PREVIEW_MAX_BYTES}) is shown as it is. */
    private static final int SHOWN_AS_IS_SIDE = 2000;
    private static final long PREVIEW_MAX_BYTES = 2L * 1024 * 1024;
    private static final int HEAD = 512;
    private static final float JPEG_QUALITY = 0.88f;

    private ImageIngest() {
    }

    /** Reads and checks an image file. */
    public static IngestedImage read(Path file) throws FileRejectedException {
        byte[] bytes = readFile(file);
        return fromBytes(bytes, file.getFileName() == null ? "" : file.getFileName().toString());
    }

    /**
     * The bytes of a file at most {@link #MAX_BYTES} long, with the reason in words when it cannot be read (for an
     * image or a PDF alike).
     */
    public static byte[] readFile(Path file) throws FileRejectedException {
        return readFile(file, MAX_BYTES, Code.TOO_LARGE);
    }

    /** The bytes of a file at most {@code limit} long; a longer one is refused with {@code tooLarge}. */
    public static byte[] readFile(Path file, long limit, Code tooLarge) throws FileRejectedException {
        try {
            if (Files.isDirectory(file)) {
                throw new FileRejectedException(FileProblem.of(Code.UNREADABLE, file + " is a folder"));
            }
            long size = Files.size(file);
            if (size > limit) {
                throw new FileRejectedException(FileProblem.of(tooLarge, megabytes(size), megabytes(limit)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new FileRejectedException(FileProblem.of(Code.UNREADABLE, "there is no file " + file));
        } catch (AccessDeniedException e) {
            throw new FileRejectedException(FileProblem.of(Code.UNREADABLE, "permission denied for " + file));
        } catch (IOException e) {
            throw new FileRejectedException(FileProblem.of(Code.UNREADABLE, e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /** Checks the bytes of an image; {@code fileName} gives its name and alt text (the extension is the format's). */
    public static IngestedImage fromBytes(byte[] bytes, String fileName) throws FileRejectedException {
        if (bytes.length == 0) {
            throw new FileRejectedException(FileProblem.of(Code.EMPTY));
        }
        if (bytes.length > MAX_BYTES) {
            throw new FileRejectedException(FileProblem.of(Code.TOO_LARGE, megabytes(bytes.length), megabytes(MAX_BYTES)));
        }
        byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, HEAD));
        ImageFormat format = ImageFormat.detect(head)
                .orElseThrow(() -> new FileRejectedException(FileProblem.of(Code.NOT_AN_IMAGE)));
        String name = ImageLink.safeName(fileName, format.extension());
        String alt = ImageLink.stem(fileName == null || fileName.isBlank() ? name : fileName);
        if (format == ImageFormat.SVG) {
            SvgFacts.Size size = SvgFacts.check(bytes);
            return new IngestedImage(name, alt, format,
                    new ImageBytes(bytes, format.mediaType(), size.width(), size.height()), null);
        }
        Decoded decoded = decode(bytes, format);
        ImageBytes original = new ImageBytes(bytes, format.mediaType(), decoded.width, decoded.height);
        boolean needsCopy = !format.previewShowsIt()
                || Math.max(decoded.width, decoded.height) > SHOWN_AS_IS_SIDE
                || (bytes.length > PREVIEW_MAX_BYTES && format != ImageFormat.GIF);
        ImageBytes preview = needsCopy ? previewCopy(decoded.image, format) : null;
        return new IngestedImage(name, alt, format, original, preview);
    }

    /** An image from pixels (a screenshot on the clipboard), stored as PNG. */
    public static IngestedImage fromPixels(int[] argb, int width, int height, String fileName) throws FileRejectedException {
        if ((long) width * height > MAX_PIXELS) {
            throw new FileRejectedException(FileProblem.of(Code.TOO_MANY_PIXELS, width, height, MAX_PIXELS / 1_000_000));
        }
        boolean opaque = true;
        for (int pixel : argb) {
            if ((pixel >>> 24) != 0xff) {
                opaque = false;
                break;
            }
        }
        BufferedImage image = new BufferedImage(width, height, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return fromBytes(encode(image, "png"), fileName);
    }

    private record Decoded(BufferedImage image, int width, int height) {
    }

    /**
     * Decodes the whole image (so a cut-off file is found), subsampled when it is much larger than the preview's
     * copy so that a 100-megapixel photo needs tens of megabytes of memory, not gigabytes.
     */
    private static Decoded decode(byte[] bytes, ImageFormat format) throws FileRejectedException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.mediaType());
            if (!readers.hasNext()) {
                throw new IllegalStateException("no ImageIO reader for " + format.mediaType());
            }
            ImageReader reader = readers.next();
            StringBuilder warnings = new StringBuilder();
            try {
                reader.setInput(in, true, true);
                reader.addIIOReadWarningListener((source, warning) -> warnings.append(warnings.isEmpty() ? "" : "; ").append(warning));
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new FileRejectedException(FileProblem.of(Code.TOO_MANY_PIXELS, width, height, MAX_PIXELS / 1_000_000));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / (2 * PREVIEW_SIDE));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                // The JDK's JPEG reader reports a cut-off or damaged file as a warning and fills the rest grey.
                if (!warnings.isEmpty()) {
                    throw new FileRejectedException(FileProblem.of(Code.CORRUPT, warnings));
                }
                return new Decoded(image, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            throw new FileRejectedException(FileProblem.of(Code.CORRUPT, reason));
        }
    }

    /** The preview's copy: at most {@link #PREVIEW_SIDE} on its long side, JPEG for photos, PNG otherwise. */
    static ImageBytes previewCopy(BufferedImage image, ImageFormat format) {
        BufferedImage scaled = scaleToFit(image, PREVIEW_SIDE);
        boolean photo = format == ImageFormat.JPEG || (format == ImageFormat.WEBP && !scaled.getColorModel().hasAlpha());
        String type = photo ? "jpeg" : "png";
        return new ImageBytes(encode(scaled, type), "image/" + type, scaled.getWidth(), scaled.getHeight());
    }

    /** Halves with bilinear filtering until close, then one last step: sharp and fast (no area averaging). */
    static BufferedImage scaleToFit(BufferedImage image, int side) {
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, side / (double) Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage current = toStandard(image);
        while (current.getWidth() != targetWidth || current.getHeight() != targetHeight) {
            int nextWidth = Math.max(targetWidth, current.getWidth() / 2);
            int nextHeight = Math.max(targetHeight, current.getHeight() / 2);
            BufferedImage next = new BufferedImage(nextWidth, nextHeight, current.getType());
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, nextWidth, nextHeight, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    /** RGB or ARGB in ints, which scale and encode everywhere (indexed and CMYK images do not). */
    private static BufferedImage toStandard(BufferedImage image) {
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }

    static byte[] encode(BufferedImage image, String type) {
        BufferedImage source = type.equals("jpeg") && image.getColorModel().hasAlpha() ? opaque(image) : image;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(type).next();
            try {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if (type.equals("jpeg")) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(JPEG_QUALITY);
                }
                writer.write(null, new IIOImage(source, null, null), param);
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an image in memory", e);
        }
        return out.toByteArray();
    }

    private static BufferedImage opaque(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }

    /** A preview-sized copy of an image file's bytes (an image outside the library), or empty if it is small enough. */
    public static Optional<ImageBytes> previewOf(byte[] bytes) {
        try {
            IngestedImage image = fromBytes(bytes, "image");
            return Optional.ofNullable(image.preview());
        } catch (FileRejectedException e) {
            return Optional.empty();
        }
    }

    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
