package org.papernotes.blog;

import java.io.IOException;
import java.nio.file.Path;

/** Keeps every post path inside the {@code _posts} folder, whatever a title or a stored path says. */
final class PostPaths {

    private PostPaths() {
    }

    /**
     * @param relative a path such as {@code _posts/2024-01-18-apo.md} (relative to the blog folder)
     * @throws IOException if it does not name a Markdown file inside {@code posts}
     */
    static Path resolveInside(Path posts, String relative) throws IOException {
        String prefix = BlogFolder.POSTS + "/";
        if (!relative.startsWith(prefix)) {
            throw new BlogIOException(BlogMessage.of(BlogMessage.Code.REFUSING_OUTSIDE_POSTS, relative, prefix));
        }
        Path target = posts.resolve(relative.substring(prefix.length())).normalize();
        if (!target.startsWith(posts) || target.equals(posts) || !PostFileName.isMarkdown(target.getFileName().toString())) {
            throw new BlogIOException(BlogMessage.of(BlogMessage.Code.REFUSING_NOT_A_POST_FILE, relative, posts));
        }
        return target;
    }
}
