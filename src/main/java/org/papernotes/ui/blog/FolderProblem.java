package org.papernotes.ui.blog;

import java.nio.file.Files;
import java.nio.file.Path;
import org.papernotes.blog.BlogFolder;

/** What is wrong with a chosen blog folder before anything is written; the view says it in the user's language. */
public enum FolderProblem {
    NONE, NOT_CHOSEN, MISSING, NOT_A_FOLDER, NOT_WRITABLE;

    /** Checks the blog checkout and, if it already has one, its {@code _posts} folder. */
    public static FolderProblem of(Path chosen) {
        if (chosen == null) {
            return NOT_CHOSEN;
        }
        Path blog = BlogFolder.blogFolder(chosen);
        if (!Files.exists(blog)) {
            return MISSING;
        }
        if (!Files.isDirectory(blog)) {
            return NOT_A_FOLDER;
        }
        Path posts = blog.resolve(BlogFolder.POSTS);
        if (Files.exists(posts) && !Files.isDirectory(posts)) {
            return NOT_A_FOLDER;
        }
        Path target = Files.isDirectory(posts) ? posts : blog;
        return Files.isWritable(target) ? NONE : NOT_WRITABLE;
    }
}
