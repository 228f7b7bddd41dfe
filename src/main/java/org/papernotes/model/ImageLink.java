package org.papernotes.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How notes link images, one rule for the editor that writes the links, the preview that shows them and the
 * blog export that publishes them.
 *
 * <ul>
 * <li>An image stored with the paper: {@code ![alt](attachment:NAME)} (as Jupyter notebooks link the images
 *     pasted into a cell). The name is unique within the paper and needs no escaping; export will write the image
 *     to the blog's {@code images/<post-slug>/NAME} and link it as {@code /images/<post-slug>/NAME}.</li>
 * <li>A site path, as academicpages posts link their images: {@code /images/fig.png}, also written
 *     {@code {{ site.baseurl }}/images/fig.png}. Both read as the same {@link #sitePath site path}, found among the
 *     attachments that record it ({@link Attachment#blogPath()}) or in the blog checkout.</li>
 * <li>Anything else is a URL ({@code file:}, {@code http:}, {@code data:}) or a path relative to the library's folder.</li>
 * </ul>
 */
public final class ImageLink {

    /** The scheme of links to a paper's own images. */
    public static final String SCHEME = "attachment";
    private static final String PREFIX = SCHEME + ":";
    private static final Pattern BASEURL = Pattern.compile("^\\{\\{\\s*site\\.baseurl\\s*}}");
    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final int MAX_STEM = 80;

    private ImageLink() {
    }

    /** {@code attachment:NAME}. */
    public static String attachmentTarget(String name) {
        return PREFIX + name;
    }

    /** The Markdown of an image link: {@code ![alt](target)}, with brackets and backslashes in alt escaped. */
    public static String markdown(String alt, String target) {
        String escaped = alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("\n", " ");
        return "![" + escaped + "](" + target + ")";
    }

    /** The attachment name a link target names ({@code attachment:fig-1.png} → {@code fig-1.png}), percent-decoded. */
    public static Optional<String> attachmentName(String target) {
        if (target == null || target.length() <= PREFIX.length()
                || !target.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String name = percentDecode(target.substring(PREFIX.length()));
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /**
     * The site path of a link target: {@code /images/fig.png} and {@code {{ site.baseurl }}/images/fig.png} both give
     * {@code /images/fig.png} (percent-decoded, without query or fragment). Empty for anything else, including
     * {@code //host/…} (another site).
     */
    public static Optional<String> sitePath(String target) {
        if (target == null) {
            return Optional.empty();
        }
        String path = BASEURL.matcher(target.strip()).replaceFirst("");
        if (!path.startsWith("/") || path.startsWith("//")) {
            return Optional.empty();
        }
        int end = indexOfAny(path, "?#");
        path = percentDecode(end < 0 ? path : path.substring(0, end));
        return path.length() > 1 ? Optional.of(path) : Optional.empty();
    }

    /** Whether the target has a URI scheme ({@code http:}, {@code file:}, {@code attachment:}…). */
    public static boolean hasScheme(String target) {
        return target != null && HAS_SCHEME.matcher(target).find();
    }

    /**
     * A name for an image file, safe in a link, a URL and a file name on every system: runs of anything but
     * letters (of any script), digits, {@code .}, {@code _} and {@code -} become one {@code -}; the extension is the
     * format's own. {@code "Figure 3 (a).PNG"} with extension {@code png} gives {@code Figure-3-a.png}.
     */
    public static String safeName(String fileName, String extension) {
        String stem = stem(fileName == null ? "" : fileName);
        stem = UNSAFE.matcher(stem).replaceAll("-").replaceAll("-{2,}", "-");
        stem = stem.replaceAll("^[-.]+|[-.]+$", "");
        if (stem.length() > MAX_STEM) {
            stem = stem.substring(0, MAX_STEM).replaceAll("[-.]+$", "");
        }
        if (stem.isEmpty()) {
            stem = "image";
        }
        return stem + "." + extension.toLowerCase(Locale.ROOT);
    }

    /** The file name without its extension: the alt text of a new link. */
    public static String stem(String fileName) {
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Decodes {@code %XX} escapes as UTF-8; a {@code +} stays a plus (this is a path, not a form). */
    public static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
