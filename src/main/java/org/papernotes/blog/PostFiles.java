package org.papernotes.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a post's file goes and how it is written: only inside the real {@code _posts} folder (a sub-folder that is
 * a link out of it is refused), replaced atomically, and an old file (after a rename) removed only if it still
 * holds what PaperNotes wrote.
 */
public final class PostFiles {

    private PostFiles() {
    }

    /**
     * The real path a post file would have.
     *
     * @param posts    the real {@code _posts} folder ({@link BlogFolder#postsFolder})
     * @param relative a path such as {@code _posts/2024-01-18-apo.md} (relative to the blog folder)
     * @throws BlogIOException if it does not name a Markdown file inside {@code posts}, or its folder leads out of it
     */
    public static Path target(Path posts, String relative) throws IOException {
        return realInside(posts, PostPaths.resolveInside(posts, relative), relative);
    }

    /**
     * {@code target} through the real path of its nearest existing folder inside {@code root} ({@code _posts} or
     * {@code images}), so that a folder that is a link leading out of {@code root} is refused, not written through.
     */
    static Path realInside(Path root, Path target, String relative) throws IOException {
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null || !existing.startsWith(root)) {
            return target;
        }
        Path real = existing.toRealPath();
        if (!real.startsWith(root)) {
            throw new BlogIOException(BlogMessage.of(BlogMessage.Code.SUBFOLDER_OUTSIDE_POSTS, relative, real, root));
        }
        return real.resolve(existing.relativize(target));
    }

    /** Writes the file atomically, creating its folders inside {@code root} ({@code _posts} or {@code images}). */
    public static void write(Path root, Path target, byte[] bytes) throws IOException {
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (!folder.toRealPath().startsWith(root)) {
                throw new BlogIOException(BlogMessage.of(BlogMessage.Code.SUBFOLDER_OUTSIDE_POSTS, target, folder.toRealPath(), root));
            }
        }
        AtomicFiles.write(target, bytes);
    }

    /**
     * Removes the file a renamed post had, if it still holds the bytes PaperNotes wrote.
     *
     * @return what to report (removed, kept because edited, could not remove), or null when there was no old file
     */
    public static Removal removeReplaced(Path posts, String previousPath, String currentPath, String previousHash) {
        if (previousPath == null || previousPath.equals(currentPath)) {
            return null;
        }
        try {
            Path old = target(posts, previousPath);
            if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            if (!Hashes.sha256(Files.readAllBytes(old)).equals(previousHash)) {
                return new Removal(old, false, BlogMessage.of(BlogMessage.Code.OLD_FILE_CHANGED_KEPT, previousPath));
            }
            Files.delete(old);
            return new Removal(old, true, BlogMessage.of(BlogMessage.Code.REPLACES_OLD_FILE, previousPath));
        } catch (IOException e) {
            return new Removal(null, false, BlogMessage.of(BlogMessage.Code.OLD_FILE_NOT_REMOVED, previousPath,
                    e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /** What became of a renamed post's old file. */
    public record Removal(Path file, boolean removed, BlogMessage message) {
    }
}
