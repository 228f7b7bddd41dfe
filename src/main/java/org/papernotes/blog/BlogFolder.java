package org.papernotes.blog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.papernotes.store.Library;

/** The blog checkout a library publishes to, remembered in the library's settings. */
public final class BlogFolder {

    /** The settings key of the remembered folder. */
    public static final String SETTING = "blog.folder";
    public static final String POSTS = "_posts";

    private BlogFolder() {
    }

    public static Optional<Path> remembered(Library library) {
        return library.settings().get(SETTING).filter(s -> !s.isBlank()).map(Path::of);
    }

    public static void remember(Library library, Path blogFolder) {
        library.settings().put(SETTING, blogFolder.toAbsolutePath().normalize().toString());
    }

    /** The blog checkout for a folder the user chose: the folder itself, or its parent if they chose {@code _posts}. */
    public static Path blogFolder(Path chosen) {
        Path folder = chosen.toAbsolutePath().normalize();
        Path name = folder.getFileName();
        return name != null && name.toString().equals(POSTS) && folder.getParent() != null ? folder.getParent() : folder;
    }

    /** The {@code _posts} folder of a blog checkout, created if missing. */
    static Path postsFolder(Path blogFolder) throws java.io.IOException {
        if (!Files.isDirectory(blogFolder)) {
            throw new BlogIOException(BlogMessage.of(BlogMessage.Code.BLOG_FOLDER_MISSING, blogFolder));
        }
        Path posts = blogFolder.resolve(POSTS);
        Files.createDirectories(posts);
        return posts.toRealPath();
    }
}
