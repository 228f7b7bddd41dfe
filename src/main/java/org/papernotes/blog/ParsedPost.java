package org.papernotes.blog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.papernotes.model.BlogPost;
import org.papernotes.model.PostOrigin;

/**
 * One post file read for import: what becomes the paper, how its file was written (so that export gives the same
 * bytes back), and the warnings about how it was read.
 *
 * @param date   the moment the post's date stands for (with its time and zone when it gives them)
 * @param origin how the file was written; its {@code importedAt} and {@code lastExportedAt} are left unset
 */
public record ParsedPost(Path file, String title, List<String> tags, String body, BlogPost blog, Instant date,
                         PostOrigin origin, List<BlogMessage> warnings) {

    public ParsedPost {
        tags = List.copyOf(tags);
        warnings = List.copyOf(warnings);
    }

    /** Reads a post file; a date without a zone is taken in {@code zone}. */
    public static ParsedPost read(Path file, ZoneId zone) throws IOException, PostFormatException {
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
        Instant moment = FrontMatter.instant(frontMatter.date() != null ? frontMatter.dateText() : null, date, zone);
        String lineEnd = lineEnd(bytes);
        PostOrigin origin = new PostOrigin(file.toAbsolutePath().normalize().toString(), null,
                Hashes.sha256(source.body().getBytes(StandardCharsets.UTF_8)), lineEnd == null ? dominantLineEnd(bytes) : lineEnd,
                hasByteOrderMark(bytes), lineEnd == null ? bytes : null,
                String.join("\n", PostBody.liquidOutsideMathAndCode(source.body())), null);
        return new ParsedPost(file, title, frontMatter.tags(), source.body(), blog, moment, origin, warnings);
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The one kind of line end the file uses ("\n" when it has none), or null when it mixes them. */
    private static String lineEnd(byte[] bytes) {
        int[] counts = lineEnds(bytes);
        int kinds = (counts[0] > 0 ? 1 : 0) + (counts[1] > 0 ? 1 : 0) + (counts[2] > 0 ? 1 : 0);
        if (kinds > 1) {
            return null;
        }
        return counts[1] > 0 ? "\r\n" : counts[2] > 0 ? "\r" : "\n";
    }

    private static String dominantLineEnd(byte[] bytes) {
        int[] counts = lineEnds(bytes);
        return counts[1] >= counts[0] && counts[1] >= counts[2] ? "\r\n" : counts[2] > counts[0] ? "\r" : "\n";
    }

    /** How many LF, CRLF and lone CR the file has. */
    private static int[] lineEnds(byte[] bytes) {
        int[] counts = new int[3];
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    counts[1]++;
                    i++;
                } else {
                    counts[2]++;
                }
            } else if (bytes[i] == '\n') {
                counts[0]++;
            }
        }
        return counts;
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
    public static Path postsAncestor(Path file) {
        for (Path dir = file.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals(BlogFolder.POSTS)) {
                return dir;
            }
        }
        return null;
    }
}
