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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
    private static final int WORKERS = 4;

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
        List<Paper> papers = library.papers().getAll(new java.util.LinkedHashSet<>(paperIds));
        Map<Long, BlogPost> allPosts = library.papers().blogPosts();
        Set<String> existingFiles = fileNames(posts);
        Map<Long, BlogPost> toStore = new ConcurrentHashMap<>();
        Set<String> taken = takenSlugs(allPosts, existingFiles);
        // Slugs are decided one after the other (each must see the ones before); the files are then written
        // in parallel, since writing many small files is bound by the file system's latency, not the CPU.
        List<BlogPost> decided = new ArrayList<>(papers.size());
        for (Paper paper : papers) {
            decided.add(decide(paper, taken));
        }
        Entry[] entries = new Entry[papers.size()];
        progress.update(0, papers.size(), "");
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        OverwritePolicy oneAtATime = serialized(policy);
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(WORKERS, papers.size())));
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 0; i < papers.size(); i++) {
                int index = i;
                tasks.add(workers.submit(() -> {
                    Paper paper = papers.get(index);
                    if (cancelled.get() || progress.isCancelled()) {
                        cancelled.set(true);
                        return;
                    }
                    entries[index] = exportSafely(paper, decided.get(index), posts, oneAtATime, toStore);
                    synchronized (progress) {
                        progress.update(done.incrementAndGet(), papers.size(), paper.title());
                    }
                }));
            }
            for (Future<?> task : tasks) {
                await(task);
            }
        } finally {
            workers.shutdownNow();
        }
        library.inTransaction(connection -> {
            toStore.forEach((id, post) -> library.papers().setBlogPost(id, post));
            return null;
        });
        List<Entry> report = Arrays.stream(entries).filter(java.util.Objects::nonNull).toList();
        return new ExportReport(posts, report, cancelled.get());
    }

    /**
     * Sets the slug a user typed for a paper (the window's slug field), cleaned to the slug rule. The post's
     * permalink, once published, stays as it is; the file is renamed at the next export.
     *
     * @return the slug stored
     * @throws InvalidSlugException if nothing usable was typed or another paper has that slug
     */
    public String setSlug(long paperId, String typed) {
        String slug = Slugs.clean(typed);
        if (slug.isEmpty()) {
            throw new InvalidSlugException(BlogMessage.of(BlogMessage.Code.SLUG_EMPTY));
        }
        Map<Long, BlogPost> all = library.papers().blogPosts();
        boolean taken = all.entrySet().stream().anyMatch(e -> e.getKey() != paperId && e.getValue().slug() != null
                && e.getValue().slug().equalsIgnoreCase(slug));
        if (taken) {
            throw new InvalidSlugException(BlogMessage.of(BlogMessage.Code.SLUG_TAKEN, slug));
        }
        BlogPost current = all.getOrDefault(paperId, BlogPost.NONE);
        library.papers().setBlogPost(paperId, current.withSlug(slug));
        return slug;
    }

    /** The slug the paper's post has, or would get if it were exported now (ignoring files in the blog). */
    public String slugFor(Paper paper) {
        String slug = paper.blog().slug();
        if (slug != null && !slug.isBlank()) {
            return slug;
        }
        Set<String> taken = new HashSet<>();
        library.papers().blogPosts().forEach((id, post) -> {
            if (id != paper.id() && post.slug() != null) {
                taken.add(post.slug().toLowerCase(java.util.Locale.ROOT));
            }
        });
        return Slugs.unique(Slugs.fromTitle(paper.title()), taken);
    }

    /** The text the paper's post would have if exported now (for a preview of the post). */
    public String renderPost(Paper paper) {
        Set<String> taken = new HashSet<>(Set.of());
        BlogPost blog = paper.blog().slug() == null ? decide(paper.withBlog(paper.blog().withSlug(slugFor(paper))), taken)
                : decide(paper, taken);
        return PostRenderer.render(paper, blog);
    }

    private Entry exportSafely(Paper paper, BlogPost blog, Path posts, OverwritePolicy policy,
                               Map<Long, BlogPost> toStore) {
        try {
            return exportOne(paper, blog, posts, policy, toStore);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Export of paper " + paper.id() + " failed", e);
            return new Entry(paper.id(), paper.title(), null, Outcome.FAILED, BlogMessage.of(e));
        }
    }

    /** The policy may open a dialog: never two at once. */
    private static OverwritePolicy serialized(OverwritePolicy policy) {
        Object lock = new Object();
        return (paper, file, conflict) -> {
            synchronized (lock) {
                return policy.mayOverwrite(paper, file, conflict);
            }
        };
    }

    private static void await(Future<?> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BlogIOException(BlogMessage.of(BlogMessage.Code.EXPORT_INTERRUPTED), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Export task failed", e.getCause());
        }
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
                return new Entry(paper.id(), paper.title(), target, Outcome.UNCHANGED, null);
            }
            boolean ours = current != null && relative.equals(previousPath)
                    && Hashes.sha256(current).equals(blog.lastExportHash());
            if (!ours) {
                OverwritePolicy.Conflict conflict = relative.equals(previousPath)
                        ? OverwritePolicy.Conflict.CHANGED_SINCE_EXPORT : OverwritePolicy.Conflict.NOT_WRITTEN_BY_PAPERNOTES;
                if (!policy.mayOverwrite(paper, target, conflict)) {
                    return new Entry(paper.id(), paper.title(), target, Outcome.SKIPPED, BlogMessage.of(
                            conflict == OverwritePolicy.Conflict.CHANGED_SINCE_EXPORT ? BlogMessage.Code.CHANGED_OUTSIDE
                                    : BlogMessage.Code.NOT_WRITTEN_BY_PAPERNOTES));
                }
            }
        }
        AtomicFiles.write(target, bytes);
        toStore.put(paper.id(), exported);
        BlogMessage detail = removeReplacedFile(posts, previousPath, relative, blog.lastExportHash());
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
    private static BlogMessage removeReplacedFile(Path posts, String previousPath, String relative, String previousHash) {
        if (previousPath == null || previousPath.equals(relative)) {
            return null;
        }
        try {
            Path old = PostPaths.resolveInside(posts, previousPath);
            if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
                    && Hashes.sha256(Files.readAllBytes(old)).equals(previousHash)) {
                Files.delete(old);
                return BlogMessage.of(BlogMessage.Code.REPLACES_OLD_FILE, previousPath);
            }
            return Files.exists(old) ? BlogMessage.of(BlogMessage.Code.OLD_FILE_CHANGED_KEPT, previousPath) : null;
        } catch (IOException e) {
            return BlogMessage.of(BlogMessage.Code.OLD_FILE_NOT_REMOVED, previousPath, e.getMessage());
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
}
