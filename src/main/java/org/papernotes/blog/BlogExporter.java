package org.papernotes.blog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.papernotes.blog.ExportReport.Entry;
import org.papernotes.blog.ExportReport.Outcome;
import org.papernotes.model.BlogPost;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;

/**
 * Publishes papers as posts into a blog checkout's {@code _posts/} folder. Safe by construction: the file name
 * is built from a date and an ASCII slug and checked to lie in {@code _posts/}; a file PaperNotes did not write
 * (or that was edited since) is overwritten only if the {@link OverwritePolicy} allows; a post whose bytes would
 * not change is not written; files are replaced atomically. Each paper's slug, date and permalink are fixed at its
 * first export and stored, so a later title change never moves its URL.
 *
 * <p>Runs on the caller's thread (a window calls it from a background task).
 */
public final class BlogExporter {

    private static final System.Logger LOG = System.getLogger(BlogExporter.class.getName());

    private final Library library;
    private final Clock clock;

    public BlogExporter(Library library) {
        this(library, Clock.systemDefaultZone());
    }

    /** @param clock gives the date of posts published for the first time */
    public BlogExporter(Library library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    /**
     * Exports the papers with these ids (unknown ids are skipped) into {@code blogFolder/_posts/}, and remembers
     * {@code blogFolder} as the library's blog folder.
     *
     * @param blogFolder the blog checkout (or its {@code _posts} folder)
     * @throws IOException if the blog folder does not exist or {@code _posts} cannot be created
     */
    public ExportReport export(Collection<Long> paperIds, Path blogFolder, OverwritePolicy policy, BlogProgress progress)
            throws IOException {
        Path blog = BlogFolder.blogFolder(blogFolder);
        Path posts = BlogFolder.postsFolder(blog);
        BlogFolder.remember(library, blog);
        List<Paper> papers = library.papers().getAll(paperIds);
        Map<Long, BlogPost> allPosts = library.papers().blogPosts();
        Set<String> existingFiles = fileNames(posts);
        List<Entry> entries = new ArrayList<>();
        Map<Long, BlogPost> toStore = new HashMap<>();
        Set<String> taken = takenSlugs(allPosts, existingFiles);
        boolean cancelled = false;
        for (int i = 0; i < papers.size(); i++) {
            Paper paper = papers.get(i);
            if (progress.isCancelled()) {
                cancelled = true;
                break;
            }
            progress.update(i, papers.size(), paper.title());
            BlogPost blog0 = decide(paper, taken);
            try {
                entries.add(exportOne(paper, blog0, posts, policy, toStore));
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Export of paper " + paper.id() + " failed", e);
                entries.add(new Entry(paper.id(), paper.title(), null, Outcome.FAILED, message(e)));
            }
        }
        progress.update(entries.size(), papers.size(), "");
        library.inTransaction(connection -> {
            toStore.forEach((id, post) -> library.papers().setBlogPost(id, post));
            return null;
        });
        return new ExportReport(posts, entries, cancelled);
    }

    /** Slug, date and permalink: the stored ones, or new ones for a first export. */
    private BlogPost decide(Paper paper, Set<String> taken) {
        BlogPost blog = paper.blog();
        String slug = blog.slug();
        if (slug == null || slug.isBlank()) {
            slug = Slugs.unique(Slugs.fromTitle(paper.title()), taken);
        }
        taken.add(slug);
        LocalDate date = blog.postDate() != null ? blog.postDate() : LocalDate.now(clock);
        String permalink = blog.permalink();
        if (permalink == null && blog.originalFrontMatter() == null) {
            // An imported post without a permalink keeps Jekyll's default URL; a new post gets the template's.
            permalink = String.format("/posts/%04d/%02d/%s/", date.getYear(), date.getMonthValue(), slug);
        }
        return new BlogPost(slug, date, permalink, blog.keptFrontMatter(), blog.originalFrontMatter(),
                blog.lastExportPath(), blog.lastExportHash());
    }

    private Entry exportOne(Paper paper, BlogPost blog, Path posts, OverwritePolicy policy, Map<Long, BlogPost> toStore)
            throws IOException {
        String relative = relativePath(blog);
        Path target = PostPaths.resolveInside(posts, relative);
        byte[] bytes = PostRenderer.render(paper, blog).getBytes(StandardCharsets.UTF_8);
        String hash = Hashes.sha256(bytes);
        String previousPath = blog.lastExportPath();
        BlogPost exported = blog.withExport(relative, hash);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            byte[] current = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(target) : null;
            if (current != null && Arrays.equals(current, bytes)) {
                if (!exported.equals(paper.blog())) {
                    toStore.put(paper.id(), exported);
                }
                return new Entry(paper.id(), paper.title(), target, Outcome.UNCHANGED, "");
            }
            boolean ours = current != null && relative.equals(previousPath)
                    && Hashes.sha256(current).equals(blog.lastExportHash());
            if (!ours) {
                OverwritePolicy.Conflict conflict = relative.equals(previousPath)
                        ? OverwritePolicy.Conflict.CHANGED_SINCE_EXPORT : OverwritePolicy.Conflict.NOT_WRITTEN_BY_PAPERNOTES;
                if (!policy.mayOverwrite(paper, target, conflict)) {
                    return new Entry(paper.id(), paper.title(), target, Outcome.SKIPPED, conflict == OverwritePolicy.Conflict.CHANGED_SINCE_EXPORT
                            ? "the file was changed outside PaperNotes since it was exported or imported"
                            : "a file PaperNotes did not write is in the way");
                }
            }
        }
        AtomicFiles.write(target, bytes);
        toStore.put(paper.id(), exported);
        String detail = removeReplacedFile(posts, previousPath, relative, blog.lastExportHash());
        return new Entry(paper.id(), paper.title(), target, Outcome.WRITTEN, detail);
    }

    /**
     * The file of the post: where it was last written or imported, as long as its slug is still the paper's;
     * otherwise {@code _posts/DATE-SLUG.md}.
     */
    private static String relativePath(BlogPost blog) {
        String previous = blog.lastExportPath();
        if (previous != null) {
            String name = previous.substring(previous.lastIndexOf('/') + 1);
            var parsed = PostFileName.parse(name);
            if (parsed.isPresent() && parsed.get().slug().equals(blog.slug())) {
                return previous;
            }
        }
        return BlogFolder.POSTS + "/" + new PostFileName(blog.postDate(), blog.slug()).fileName();
    }

    /** After a slug change the post moved: its old file goes, but only if it is still exactly what PaperNotes wrote. */
    private static String removeReplacedFile(Path posts, String previousPath, String relative, String previousHash) {
        if (previousPath == null || previousPath.equals(relative)) {
            return "";
        }
        try {
            Path old = PostPaths.resolveInside(posts, previousPath);
            if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
                    && Hashes.sha256(Files.readAllBytes(old)).equals(previousHash)) {
                Files.delete(old);
                return "replaces " + previousPath;
            }
            return Files.exists(old) ? "the old file " + previousPath + " was changed outside PaperNotes and was kept" : "";
        } catch (IOException e) {
            return "the old file " + previousPath + " could not be removed: " + e.getMessage();
        }
    }

    private static Set<String> takenSlugs(Map<Long, BlogPost> allPosts, Set<String> existingFiles) {
        Set<String> taken = new HashSet<>();
        Set<String> owned = new HashSet<>();
        for (BlogPost post : allPosts.values()) {
            if (post.slug() != null) {
                taken.add(post.slug().toLowerCase(java.util.Locale.ROOT));
            }
            if (post.lastExportPath() != null) {
                owned.add(post.lastExportPath().substring(post.lastExportPath().lastIndexOf('/') + 1));
            }
        }
        for (String name : existingFiles) {
            if (!owned.contains(name)) {
                PostFileName.parse(name).ifPresent(parsed -> taken.add(parsed.slug().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return taken;
    }

    private static Set<String> fileNames(Path posts) throws IOException {
        Set<String> names = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(posts)) {
            for (Path file : files) {
                names.add(file.getFileName().toString());
            }
        }
        return names;
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
