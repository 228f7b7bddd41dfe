package org.papernotes.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a post's images go in the blog and how they are written, by the rules of {@link PostFiles}: only inside the
 * real {@code images} folder ({@link BlogFolder#imagesFolder}), a sub-folder that is a link out of it refused,
 * replaced atomically. A note's own image {@code NAME} goes to {@code images/<post-slug>/NAME} and the post links it
 * as the template links its images, {@code /images/<post-slug>/NAME}; an image the post linked by a site path when
 * it was imported goes back to that path.
 */
public final class ImageFiles {

    private static final String PREFIX = BlogFolder.IMAGES + "/";

    private ImageFiles() {
    }

    /** {@code images/<slug>/<name>}, relative to the blog checkout. */
    public static String pathFor(String slug, String name) {
        return PREFIX + slug + "/" + name;
    }

    /**
     * A file name as a segment of a URL path: letters (of any script), digits and {@code . _ - ~} as they are, anything
     * else percent-encoded as UTF-8. The names PaperNotes gives images need no encoding.
     */
    public static String urlSegment(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '~') {
                out.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return out.toString();
    }

    /** The site path a post links a file of the checkout by: {@code images/a.png} is {@code /images/a.png}. */
    public static String sitePath(String relative) {
        return "/" + relative;
    }

    /**
     * The file of the checkout a site path names ({@code /images/fig.png} → {@code images/fig.png}), if it is a plain
     * path inside the checkout: no {@code .} or {@code ..} segments, no empty ones, no backslashes.
     */
    public static Optional<String> relativePath(String sitePath) {
        if (sitePath == null || !sitePath.startsWith("/") || sitePath.indexOf('\\') >= 0 || sitePath.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        String relative = sitePath.substring(1);
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(relative);
    }

    /** Whether a path relative to the checkout is inside its {@code images} folder (where export may write). */
    public static boolean isInImages(String relative) {
        return relative.startsWith(PREFIX) && relative.length() > PREFIX.length();
    }

    /**
     * The real path an image file would have.
     *
     * @param images   the real {@code images} folder ({@link BlogFolder#imagesFolder})
     * @param relative a path such as {@code images/retnet/fig.png} (relative to the blog folder)
     * @throws BlogIOException if it does not name a file inside {@code images}, or its folder leads out of it
     */
    public static Path target(Path images, String relative) throws IOException {
        if (!isInImages(relative) || relativePath("/" + relative).isEmpty()) {
            throw new BlogIOException(BlogMessage.of(BlogMessage.Code.REFUSING_OUTSIDE_IMAGES, relative, PREFIX));
        }
        Path target = images.resolve(relative.substring(PREFIX.length())).normalize();
        if (!target.startsWith(images) || target.equals(images)) {
            throw new BlogIOException(BlogMessage.of(BlogMessage.Code.REFUSING_OUTSIDE_IMAGES, relative, PREFIX));
        }
        return PostFiles.realInside(images, target, relative);
    }

    /** The file's bytes, or null when there is no regular file there (a link is not followed). */
    public static byte[] read(Path target) throws IOException {
        return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(target) : null;
    }

    /** Whether anything is at the path (a file, a folder, a link, even a broken one). */
    public static boolean exists(Path target) {
        return Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    }
}
