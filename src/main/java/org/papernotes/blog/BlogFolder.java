package org.papernotes.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A blog checkout on disk: the folder the user chose, and its real {@code _posts} and {@code images} folders. Posts
 * and their images are written only into the {@code _posts} and {@code images} that are really inside the checkout:
 * one that is a link to a folder outside it is refused, and every path reported is the real one.
 */
public final class BlogFolder {

    public static final String POSTS = "_posts";
    /** The template's folder of images, linked from posts as {@code /images/…}. */
    public static final String IMAGES = "images";

    private BlogFolder() {
    }

    /** The blog checkout for a folder the user chose: the folder itself, or its parent if they chose {@code _posts}. */
    public static Path blogFolder(Path chosen) {
        Path folder = chosen.toAbsolutePath().normalize();
        Path name = folder.getFileName();
        return name != null && name.toString().equals(POSTS) && folder.getParent() != null ? folder.getParent() : folder;
    }

    /** Whether the folder looks like a Jekyll blog checkout ({@code _config.yml} and {@code _posts/}). */
    public static boolean isBlogCheckout(Path folder) {
        return folder != null && Files.isRegularFile(folder.resolve("_config.yml")) && Files.isDirectory(folder.resolve(POSTS));
    }

    /** The real path of the blog checkout. */
    public static Path realBlogFolder(Path blogFolder) throws IOException {
        if (!Files.isDirectory(blogFolder)) {
            throw new BlogIOException(BlogMessage.of(BlogMessage.Code.BLOG_FOLDER_MISSING, blogFolder));
        }
        return blogFolder.toRealPath();
    }

    /**
     * The real {@code _posts} folder of a blog checkout, created if missing.
     *
     * @throws BlogIOException if it is (or leads through) a link to a folder outside the checkout
     */
    public static Path postsFolder(Path blogFolder) throws IOException {
        Path blog = realBlogFolder(blogFolder);
        Path posts = existingInside(blog, POSTS);
        if (posts != null) {
            return posts;
        }
        Files.createDirectories(blog.resolve(POSTS));
        return blog.resolve(POSTS).toRealPath();
    }

    /**
     * The real {@code images} folder of a blog checkout, by the rule of {@link #postsFolder}; where there is none yet,
     * the path it will have (it is made when the first image is written).
     *
     * @throws BlogIOException if it is (or leads through) a link to a folder outside the checkout
     */
    public static Path imagesFolder(Path blogFolder) throws IOException {
        Path blog = realBlogFolder(blogFolder);
        Path images = existingInside(blog, IMAGES);
        return images != null ? images : blog.resolve(IMAGES);
    }

    /** The real path of the checkout's folder {@code name}, or null when there is none; refused if it leads out. */
    private static Path existingInside(Path blog, String name) throws IOException {
        Path folder = blog.resolve(name);
        if (!Files.isSymbolicLink(folder) && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path real = folder.toRealPath();
        if (!real.startsWith(blog) || real.equals(blog)) {
            throw new BlogIOException(BlogMessage.of(BlogMessage.Code.POSTS_FOLDER_OUTSIDE_BLOG, folder, real, blog));
        }
        if (!Files.isDirectory(real)) {
            throw new BlogIOException(BlogMessage.of(BlogMessage.Code.BLOG_FOLDER_MISSING, real));
        }
        return real;
    }
}
