package org.papernotes.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.papernotes.model.BlogPost;

/** One post file read for import: what becomes the paper, and the warnings about how it was read. */
record ParsedPost(Path file, String title, List<String> tags, String body, BlogPost blog, List<BlogMessage> warnings) {

    static ParsedPost read(Path file) throws IOException, PostFormatException {
        long size = Files.size(file);
        if (size > PostSource.MAX_BYTES) {
            throw new PostFormatException(BlogMessage.of(BlogMessage.Code.FILE_TOO_LARGE, size / 1024 / 1024,
                    PostSource.MAX_BYTES / 1024 / 1024));
        }
        byte[] bytes = Files.readAllBytes(file);
        PostSource source = PostSource.parse(bytes);
        FrontMatter frontMatter = FrontMatter.parse(source.frontMatter());
        List<BlogMessage> warnings = new ArrayList<>(source.warnings());
        warnings.addAll(frontMatter.warnings());
        String name = file.getFileName().toString();
        Optional<PostFileName> fileName = PostFileName.parse(name);
        String slug;
        if (fileName.isPresent()) {
            slug = fileName.get().slug();
        } else {
            slug = Slugs.fromTitle(name.substring(0, name.lastIndexOf('.')));
            warnings.add(BlogMessage.of(BlogMessage.Code.FILE_NAME_WITHOUT_DATE));
        }
        LocalDate date = frontMatter.date() != null ? frontMatter.date() : fileName.map(PostFileName::date).orElse(null);
        if (date == null) {
            throw new PostFormatException(BlogMessage.of(BlogMessage.Code.NO_DATE));
        }
        String title = frontMatter.title();
        if (title == null) {
            title = PostFileName.titleFromSlug(slug);
            warnings.add(BlogMessage.of(BlogMessage.Code.NO_TITLE, title));
        }
        String relative = relativePath(file, fileName.isPresent() ? name : new PostFileName(date, slug).fileName());
        BlogPost blog = new BlogPost(slug, date, frontMatter.permalink(), frontMatter.kept(), source.frontMatter(),
                relative, Hashes.sha256(bytes));
        return new ParsedPost(file, title, frontMatter.tags(), source.body(), blog, warnings);
    }

    /** {@code _posts/…} as in the blog the file comes from; a loose file is placed directly in {@code _posts/}. */
    private static String relativePath(Path file, String name) {
        Path posts = postsAncestor(file);
        if (posts == null) {
            return BlogFolder.POSTS + "/" + name;
        }
        Path inside = posts.relativize(file.toAbsolutePath().normalize());
        StringBuilder path = new StringBuilder(BlogFolder.POSTS);
        for (int i = 0; i < inside.getNameCount() - 1; i++) {
            path.append('/').append(inside.getName(i));
        }
        return path.append('/').append(name).toString();
    }

    /** The nearest enclosing folder called {@code _posts}, or null. */
    static Path postsAncestor(Path file) {
        for (Path dir = file.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals(BlogFolder.POSTS)) {
                return dir;
            }
        }
        return null;
    }
}
