package org.papernotes.images;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The image formats a note takes, recognised by their first bytes (never by the file name). */
public enum ImageFormat {
    PNG("image/png", "png", true),
    JPEG("image/jpeg", "jpg", true),
    GIF("image/gif", "gif", true),
    WEBP("image/webp", "webp", false),
    SVG("image/svg+xml", "svg", true);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String mediaType;
    private final String extension;
    private final boolean previewShowsIt;

    ImageFormat(String mediaType, String extension, boolean previewShowsIt) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.previewShowsIt = previewShowsIt;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether the preview (JavaFX's WebKit) draws this format itself; WebP it does not. */
    public boolean previewShowsIt() {
        return previewShowsIt;
    }

    /** The format whose signature starts {@code head} (at least the first 64 bytes of a file, when it has them). */
    public static Optional<ImageFormat> detect(byte[] head) {
        if (startsWith(head, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (head.length >= 12 && startsWith(head, ascii("RIFF"))
                && Arrays.equals(Arrays.copyOfRange(head, 8, 12), ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return looksLikeSvg(head) ? Optional.of(SVG) : Optional.empty();
    }

    public static Optional<ImageFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }

    /** XML text (after an optional byte-order mark, declaration, comments and doctype) whose first element is svg. */
    private static boolean looksLikeSvg(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        int svg = text.indexOf("<svg");
        if (svg < 0) {
            return false;
        }
        String before = text.substring(0, svg).strip();
        return before.isEmpty() || before.startsWith("<?xml") || before.startsWith("<!--") || before.startsWith("<!doctype");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
