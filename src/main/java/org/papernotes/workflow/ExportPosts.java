package org.papernotes.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.papernotes.blog.BlogFolder;
import org.papernotes.blog.BlogIOException;
import org.papernotes.blog.BlogMath;
import org.papernotes.blog.BlogMessage;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.ExportReport.Entry;
import org.papernotes.blog.ExportReport.Outcome;
import org.papernotes.blog.Hashes;
import org.papernotes.blog.ImageFiles;
import org.papernotes.blog.InvalidSlugException;
import org.papernotes.blog.LineDiff;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.blog.PostBody;
import org.papernotes.blog.PostFileName;
import org.papernotes.blog.PostFiles;
import org.papernotes.blog.PostImages;
import org.papernotes.blog.PostRenderer;
import org.papernotes.blog.Slugs;
import org.papernotes.model.Attachment;
import org.papernotes.model.BlogPost;
import org.papernotes.model.ImageLink;
import org.papernotes.model.Paper;
import org.papernotes.model.PostOrigin;
import org.papernotes.store.Library;

/**
 * Exporting papers as posts of a blog checkout: the one use case behind File → Export to blog… and
 * {@code papernotes export}. First a {@link Plan}: for each paper the file it becomes (in the real {@code _posts}
 * folder), its exact bytes for this blog's MathJax, and how that differs from the file there. Then the export
 * writes the new files, leaves unchanged ones alone, and asks the {@link OverwritePolicy} (with the diff) before
 * changing any file that exists. Its {@link ExportReport} lists exactly the files written and removed, relative to
 * the checkout, for publishing to commit.
 *
 * <p>An unedited imported post is written back byte for byte unless {@code fixMath} asks to make its math safe for
 * the blog; an edited one, or a note written here, is always written safe. Each paper's slug, date and permalink
 * are fixed at its first export and stored, so a later title change never moves its URL.
 *
 * <p>A post's images are planned beside its text in {@link #planOne} and written after it in {@link #exportOne},
 * their paths added to the report's written files (so that publishing commits them): the paper's own images
 * ({@code attachment:NAME}) go to {@code images/<slug>/NAME}, which the post links instead (the note keeps its
 * links); an image the post linked by a site path when it was imported goes back to that path. An image file is
 * written only when it is missing or PaperNotes wrote it and it would change, never over a file PaperNotes did not
 * write (or one changed since), and never outside {@code images/}. The citations and the paper card
 * ({@link PostExtras}) change the note's text in {@link #render}, before it is compared with the file.
 *
 * <p>Runs on the caller's thread (a window calls it from a background task).
 */
public final class ExportPosts {

    private static final System.Logger LOG = System.getLogger(ExportPosts.class.getName());
    private static final int WORKERS = 4;
    private static final java.util.regex.Pattern ATTACHMENT_LINK = java.util.regex.Pattern.compile(
            "(?i)" + ImageLink.SCHEME + ":");

    private final Library library;
    private final Clock clock;

    public ExportPosts(Library library) {
        this(library, Clock.systemDefaultZone());
    }

    /** @param clock gives the date of posts published for the first time */
    public ExportPosts(Library library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    /** What a file is before the export. */
    public enum Status {
        /** There is no file: it will be written. */
        NEW,
        /** The file already has these bytes. */
        UNCHANGED,
        /** PaperNotes wrote or imported the file and nobody changed it since; the paper changed. */
        WOULD_CHANGE,
        /** PaperNotes wrote or imported the file, and it was edited outside since. */
        CHANGED_OUTSIDE,
        /** Another file is in the way: one PaperNotes did not write for this paper. */
        NOT_OURS,
        /** The post cannot be written (its path leads out of {@code _posts}…): see {@link Planned#problem()}. */
        REFUSED
    }

    /** What an image file is before the export. */
    public enum ImageStatus {
        /** There is no file: it will be written. */
        NEW,
        /** The file already has these bytes. */
        UNCHANGED,
        /** PaperNotes wrote the file and nobody changed it since; it will be written with the new bytes. */
        WOULD_CHANGE,
        /** The file will be left as it is: see {@link PlannedImage#problem()}. */
        SKIPPED
    }

    /**
     * One image a post links, as the export would write it.
     *
     * @param path    the file relative to the blog checkout ({@code images/<slug>/fig.png}), or the link as the note
     *                has it when it names no file
     * @param file    its real path, or null when none is written
     * @param sha256  the bytes to write (the library's), or null when there are none
     * @param own     the paper's own image ({@code attachment:NAME}), rather than one linked by a site path
     * @param problem why it is skipped, or null
     */
    public record PlannedImage(String path, Path file, String sha256, boolean own, ImageStatus status,
                               BlogMessage problem) {
    }

    /**
     * One paper's post as the export would write it.
     *
     * @param relativePath the file relative to the blog checkout ({@code _posts/…})
     * @param file         its real path, or null when {@link Status#REFUSED}
     * @param current      the file's bytes now, or null when there is none
     * @param images       the images the post links, each once
     */
    public record Planned(Paper paper, BlogPost blog, String relativePath, Path file, PostRenderer.Rendered post,
                          byte[] current, Status status, BlogMessage problem, List<PlannedImage> images) {

        public Planned {
            images = List.copyOf(images);
        }

        /** The change to the file as a unified diff; empty when there is nothing to change. */
        public String diff() {
            String before = current == null ? "" : new String(current, StandardCharsets.UTF_8);
            return post == null ? "" : LineDiff.unified(relativePath, before.replace("\r\n", "\n"),
                    post.text().replace("\r\n", "\n"));
        }

        /** The formulas of an unedited imported post that this blog does not show as written. */
        public List<PostBody.Problem> unshownMath() {
            return post == null || post.edited() ? List.of() : post.problems();
        }
    }

    /**
     * What an export of some papers into one blog would do.
     *
     * @param blogFolder   the real path of the checkout
     * @param postsFolder  the real path of its {@code _posts}
     * @param imagesFolder the real path of its {@code images} (which may not exist yet), or null when it leads out
     *                     of the checkout (then no image is written)
     */
    public record Plan(Path blogFolder, Path postsFolder, Path imagesFolder, BlogMath math, boolean fixMath,
                       List<Planned> posts, PaperCard.Choice cards) {
        public Plan {
            posts = List.copyOf(posts);
            cards = cards == null ? PaperCard.Choice.NONE : cards;
        }

        /** The posts exported unchanged whose math this blog cannot show (what "Fix math" would change). */
        public List<Planned> needingMathFix() {
            return posts.stream().filter(p -> !p.unshownMath().isEmpty()).toList();
        }
    }

    /**
     * Plans the export of the papers with these ids (unknown ids are skipped) into {@code chosen}'s {@code _posts}.
     *
     * @param chosen the blog checkout (or its {@code _posts} folder)
     * @throws IOException if the blog folder does not exist, or its {@code _posts} is missing and cannot be made,
     *                     or leads out of the checkout
     */
    public Plan plan(Collection<Long> paperIds, Path chosen, boolean fixMath) throws IOException {
        return plan(paperIds, chosen, fixMath, PaperCard.remembered(library));
    }

    /**
     * As {@link #plan(Collection, Path, boolean)}, with the posts that start with a paper card chosen for this
     * export (remembered for the library when it runs).
     */
    public Plan plan(Collection<Long> paperIds, Path chosen, boolean fixMath, PaperCard.Choice cards)
            throws IOException {
        Path blog = BlogFolder.realBlogFolder(BlogFolder.blogFolder(chosen));
        Path posts = BlogFolder.postsFolder(blog);
        BlogMessage imagesProblem = null;
        Path images = null;
        try {
            images = BlogFolder.imagesFolder(blog);
        } catch (BlogIOException e) {
            imagesProblem = e.reason(); // the posts can still be written; their images are not
        }
        BlogMath math = BlogMath.of(blog);
        List<Paper> papers = library.papers().getAll(new LinkedHashSet<>(paperIds));
        Map<Long, BlogPost> allPosts = library.papers().blogPosts();
        Map<Long, PostOrigin> origins = library.papers().postOrigins();
        Set<String> taken = takenSlugs(allPosts, fileNames(posts));
        List<BlogPost> decided = new ArrayList<>(papers.size());
        for (Paper paper : papers) {
            decided.add(decide(paper, taken)); // each slug must see the ones before it
        }
        PostExtras extras = PostExtras.load(library, papers, cards);
        Planned[] planned = new Planned[papers.size()];
        Path imagesFolder = images;
        BlogMessage noImages = imagesProblem;
        inParallel(papers.size(), i -> planned[i] = planOne(papers.get(i), decided.get(i),
                origins.getOrDefault(papers.get(i).id(), PostOrigin.NONE), blog, posts, imagesFolder, noImages, math,
                fixMath, extras), null);
        return new Plan(blog, posts, images, math, fixMath, Arrays.asList(planned), cards);
    }

    /** Plans and exports in one go, remembering the blog folder. */
    public ExportReport export(Collection<Long> paperIds, Path chosen, boolean fixMath, OverwritePolicy policy,
                               BlogProgress progress) throws IOException {
        return export(plan(paperIds, chosen, fixMath), policy, progress);
    }

    /** Carries out a plan; remembers its blog folder as the library's. */
    public ExportReport export(Plan plan, OverwritePolicy policy, BlogProgress progress) throws IOException {
        new BlogSettings(library).rememberExportFolder(plan.blogFolder());
        PaperCard.remember(library, plan.cards());
        List<Planned> posts = plan.posts();
        Entry[] entries = new Entry[posts.size()];
        Map<Long, BlogPost> toStore = new ConcurrentHashMap<>();
        Map<Long, Boolean> writtenIds = new ConcurrentHashMap<>();
        List<String> written = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> removed = java.util.Collections.synchronizedList(new ArrayList<>());
        ImageWrites images = new ImageWrites();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean cancelled = new AtomicBoolean();
        OverwritePolicy oneAtATime = serialized(policy);
        progress.update(0, posts.size(), "");
        inParallel(posts.size(), i -> {
            Planned post = posts.get(i);
            if (cancelled.get() || progress.isCancelled()) {
                cancelled.set(true);
                return;
            }
            entries[i] = exportSafely(plan, post, oneAtATime, toStore, writtenIds, written, removed, images);
            synchronized (progress) {
                progress.update(done.incrementAndGet(), posts.size(), post.paper().title());
            }
        }, cancelled);
        Map<Long, PostOrigin> origins = library.papers().postOrigins();
        Instant now = clock.instant();
        library.inTransaction(connection -> {
            toStore.forEach((id, post) -> library.papers().setBlogPost(id, post));
            writtenIds.keySet().forEach(id -> library.papers().setPostOrigin(id,
                    origins.getOrDefault(id, PostOrigin.NONE).withLastExportedAt(now)));
            library.attachments().recordWrittenBlogImages(images.toRecord);
            return null;
        });
        List<Entry> report = Arrays.stream(entries).filter(Objects::nonNull).toList();
        List<String> sortedWritten = written.stream().sorted().toList();
        List<String> sortedRemoved = removed.stream().sorted().toList();
        List<ExportReport.ImageEntry> imageEntries = new ArrayList<>();
        for (Planned post : posts) {
            imageEntries.addAll(images.entries.getOrDefault(post.paper().id(), List.of()));
        }
        return new ExportReport(plan.blogFolder(), plan.postsFolder(), plan.math(), report, sortedWritten,
                sortedRemoved, cancelled.get(), imageEntries);
    }

    /**
     * The text the paper's post would have if exported now into {@code blogFolder} (for a preview of the post);
     * with no folder, for the current template.
     */
    public String previewPost(Paper paper, Path blogFolder, boolean fixMath) {
        return previewPost(paper, blogFolder, fixMath, PaperCard.remembered(library));
    }

    /** As {@link #previewPost(Paper, Path, boolean)}, with the posts that start with a paper card chosen. */
    public String previewPost(Paper paper, Path blogFolder, boolean fixMath, PaperCard.Choice cards) {
        Set<String> taken = new HashSet<>();
        Paper withSlug = paper.blog().slug() == null ? paper.withBlog(paper.blog().withSlug(slugFor(paper))) : paper;
        BlogMath math = blogFolder == null ? BlogMath.UNKNOWN : BlogMath.of(BlogFolder.blogFolder(blogFolder));
        return render(withSlug, decide(withSlug, taken), library.papers().postOrigin(paper.id()), math, fixMath,
                PostExtras.load(library, List.of(paper), cards)).text();
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
                taken.add(post.slug().toLowerCase(Locale.ROOT));
            }
        });
        return Slugs.unique(Slugs.fromTitle(paper.title()), taken);
    }

    /** The post's bytes for this blog: the note with its citations written out (and the card), then rendered. */
    private static PostRenderer.Rendered render(Paper paper, BlogPost blog, PostOrigin origin, BlogMath math,
                                                boolean fixMath, PostExtras extras) {
        // the image links first, on the note as stored: an unedited imported post is recognised as such
        Paper withLinks = withBlogImageLinks(paper, blog, origin);
        return PostRenderer.render(extras.applyTo(withLinks, blog, origin), blog, origin, math, fixMath);
    }

    /**
     * The paper with its note's {@code attachment:NAME} links as the post has them, {@code /images/<slug>/NAME}; an
     * imported post the user did not edit is left as it is (its bytes go back unchanged).
     */
    private static Paper withBlogImageLinks(Paper paper, BlogPost blog, PostOrigin origin) {
        String note = paper.note();
        if (!ATTACHMENT_LINK.matcher(note).find() || !PostImages.mayHaveImages(note) || blog.slug() == null
                || (blog.originalFrontMatter() != null && PostRenderer.unchangedSinceImport(note, blog, origin))) {
            return paper;
        }
        String rewritten = PostImages.rewrite(note, target -> ImageLink.attachmentName(target)
                .map(name -> ImageFiles.sitePath(ImageFiles.pathFor(blog.slug(), ImageFiles.urlSegment(name))))
                .orElse(null));
        return rewritten.equals(note) ? paper : paper.withNote(rewritten);
    }

    private Planned planOne(Paper paper, BlogPost blog, PostOrigin origin, Path blogFolder, Path posts, Path images,
                            BlogMessage imagesProblem, BlogMath math, boolean fixMath, PostExtras extras) {
        String relative = relativePath(blog);
        List<PlannedImage> plannedImages = List.of();
        try {
            Path file = PostFiles.target(posts, relative);
            PostRenderer.Rendered post = render(paper, blog, origin, math, fixMath, extras);
            byte[] current = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(file) : null;
            Status status;
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                status = Status.NEW;
            } else if (current != null && Arrays.equals(current, post.bytes())) {
                status = Status.UNCHANGED;
            } else if (current != null && relative.equals(blog.lastExportPath())) {
                status = Hashes.sha256(current).equals(blog.lastExportHash()) ? Status.WOULD_CHANGE : Status.CHANGED_OUTSIDE;
            } else {
                status = Status.NOT_OURS;
            }
            plannedImages = planImages(paper, blog, blogFolder, images, imagesProblem);
            return new Planned(paper, blog, relative, file, post, current, status, null, plannedImages);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Export of paper " + paper.id() + " cannot be planned", e);
            return new Planned(paper, blog, relative, null, null, null, Status.REFUSED, BlogMessage.of(e), List.of());
        }
    }

    /** The images the paper's note links, each once, with what the export would do with its file. */
    private List<PlannedImage> planImages(Paper paper, BlogPost blog, Path blogFolder, Path images,
                                          BlogMessage imagesProblem) {
        if (!PostImages.mayHaveImages(paper.note())) {
            return List.of();
        }
        Map<String, PlannedImage> planned = new java.util.LinkedHashMap<>();
        for (PostImages.Source source : PostImages.of(paper.note())) {
            String target = source.target().strip();
            Optional<String> name = ImageLink.attachmentName(target);
            if (name.isPresent()) {
                Optional<Attachment> image = library.attachments().image(paper.id(), name.get());
                String path = image.isPresent() ? ImageFiles.pathFor(blog.slug(), name.get()) : target;
                if (!planned.containsKey(path)) {
                    planned.put(path, image.isEmpty()
                            ? skipped(path, null, true, BlogMessage.of(BlogMessage.Code.IMAGE_NOT_IN_PAPER, target))
                            : planImage(path, image.get(), true, blogFolder, images, imagesProblem));
                }
                continue;
            }
            Optional<String> sitePath = ImageLink.hasScheme(target) ? Optional.empty() : ImageLink.sitePath(target);
            Optional<String> path = sitePath.flatMap(ImageFiles::relativePath);
            if (path.isEmpty() || planned.containsKey(path.get())) {
                continue; // a remote image, a path relative to the page, or one already planned
            }
            Optional<Attachment> recorded = library.attachments().bySitePath(sitePath.get(), paper.id());
            if (recorded.isEmpty()) {
                if (!Files.exists(blogFolder.resolve(path.get()))) {
                    planned.put(path.get(), skipped(path.get(), null, false,
                            BlogMessage.of(BlogMessage.Code.IMAGE_NOT_FOUND, sitePath.get())));
                }
                continue; // the blog's own image, which the library has no copy of
            }
            planned.put(path.get(), planImage(path.get(), recorded.get(), false, blogFolder, images, imagesProblem));
        }
        return List.copyOf(planned.values());
    }

    private PlannedImage planImage(String path, Attachment image, boolean own, Path blogFolder, Path images,
                                   BlogMessage imagesProblem) {
        try {
            return planImageFile(path, image, own, blogFolder, images, imagesProblem);
        } catch (IOException e) {
            return skipped(path, image.sha256(), own, BlogMessage.of(e)); // unreadable, or a folder leading out
        }
    }

    private PlannedImage planImageFile(String path, Attachment image, boolean own, Path blogFolder, Path images,
                                       BlogMessage imagesProblem) throws IOException {
        if (!ImageFiles.isInImages(path)) {
            byte[] there = ImageFiles.read(blogFolder.resolve(path));
            return there != null && Hashes.sha256(there).equals(image.sha256())
                    ? new PlannedImage(path, blogFolder.resolve(path), image.sha256(), own, ImageStatus.UNCHANGED, null)
                    : skipped(path, image.sha256(), own, BlogMessage.of(BlogMessage.Code.IMAGE_OUTSIDE_IMAGES, path));
        }
        if (imagesProblem != null) {
            return skipped(path, image.sha256(), own, imagesProblem);
        }
        Path file = ImageFiles.target(images, path);
        if (!ImageFiles.exists(file)) {
            return new PlannedImage(path, file, image.sha256(), own, ImageStatus.NEW, null);
        }
        byte[] current = ImageFiles.read(file);
        String currentHash = current == null ? null : Hashes.sha256(current);
        if (image.sha256().equals(currentHash)) {
            return new PlannedImage(path, file, image.sha256(), own, ImageStatus.UNCHANGED, null);
        }
        if (!own) {
            return skipped(path, image.sha256(), false, BlogMessage.of(BlogMessage.Code.IMAGE_DIFFERS_IN_BLOG));
        }
        Optional<String> written = library.attachments().writtenBlogImage(path);
        if (written.isPresent() && written.get().equals(currentHash)) {
            return new PlannedImage(path, file, image.sha256(), true, ImageStatus.WOULD_CHANGE, null);
        }
        return skipped(path, image.sha256(), true, BlogMessage.of(written.isPresent()
                ? BlogMessage.Code.IMAGE_CHANGED_OUTSIDE : BlogMessage.Code.IMAGE_NOT_WRITTEN_BY_PAPERNOTES));
    }

    private static PlannedImage skipped(String path, String sha256, boolean own, BlogMessage why) {
        return new PlannedImage(path, null, sha256, own, ImageStatus.SKIPPED, why);
    }

    /** What the export's workers did with images: shared, so that two posts never write one file twice. */
    private static final class ImageWrites {
        /** The files this export wrote or found in place, by path: the bytes' hash. */
        final Map<String, String> claimed = new ConcurrentHashMap<>();
        /** The paper's own images PaperNotes wrote or found holding its bytes: recorded as its. */
        final Map<String, String> toRecord = new ConcurrentHashMap<>();
        final Map<Long, List<ExportReport.ImageEntry>> entries = new ConcurrentHashMap<>();
    }

    /** Writes the post's images that are new or changed; called once the post is written or found unchanged. */
    private void exportImages(Plan plan, Planned post, ImageWrites images, List<String> written) {
        List<ExportReport.ImageEntry> done = new ArrayList<>(post.images().size());
        long paperId = post.paper().id();
        for (PlannedImage image : post.images()) {
            ExportReport.ImageEntry entry;
            if (image.status() == ImageStatus.SKIPPED) {
                entry = new ExportReport.ImageEntry(paperId, image.path(), ExportReport.ImageOutcome.SKIPPED, image.problem());
            } else if (image.status() == ImageStatus.UNCHANGED) {
                images.claimed.putIfAbsent(image.path(), image.sha256());
                if (image.own()) {
                    images.toRecord.put(image.path(), image.sha256());
                }
                entry = new ExportReport.ImageEntry(paperId, image.path(), ExportReport.ImageOutcome.UNCHANGED, null);
            } else {
                entry = writeImage(plan, paperId, image, images, written);
            }
            done.add(entry);
        }
        if (!done.isEmpty()) {
            images.entries.put(paperId, done);
        }
    }

    private ExportReport.ImageEntry writeImage(Plan plan, long paperId, PlannedImage image, ImageWrites images,
                                               List<String> written) {
        String other = images.claimed.putIfAbsent(image.path(), image.sha256());
        if (other != null) {
            return other.equals(image.sha256())
                    ? new ExportReport.ImageEntry(paperId, image.path(), ExportReport.ImageOutcome.UNCHANGED, null)
                    : new ExportReport.ImageEntry(paperId, image.path(), ExportReport.ImageOutcome.SKIPPED,
                            BlogMessage.of(BlogMessage.Code.IMAGE_OF_OTHER_POST));
        }
        try {
            byte[] bytes = library.attachments().bytes(image.sha256()).orElse(null);
            if (bytes == null) {
                return new ExportReport.ImageEntry(paperId, image.path(), ExportReport.ImageOutcome.SKIPPED,
                        BlogMessage.of(BlogMessage.Code.IMAGE_NOT_FOUND, ImageFiles.sitePath(image.path())));
            }
            PostFiles.write(plan.imagesFolder(), image.file(), bytes);
            written.add(relativeToBlog(plan, image.file()));
            if (image.own()) {
                images.toRecord.put(image.path(), image.sha256());
            }
            return new ExportReport.ImageEntry(paperId, image.path(), ExportReport.ImageOutcome.WRITTEN, null);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Image " + image.path() + " of paper " + paperId + " not written", e);
            images.claimed.remove(image.path(), image.sha256());
            return new ExportReport.ImageEntry(paperId, image.path(), ExportReport.ImageOutcome.SKIPPED, BlogMessage.of(e));
        }
    }

    private Entry exportSafely(Plan plan, Planned post, OverwritePolicy policy, Map<Long, BlogPost> toStore,
                               Map<Long, Boolean> writtenIds, List<String> written, List<String> removed,
                               ImageWrites images) {
        try {
            return exportOne(plan, post, policy, toStore, writtenIds, written, removed, images);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Export of paper " + post.paper().id() + " failed", e);
            return new Entry(post.paper().id(), post.paper().title(), post.file(), Outcome.FAILED, BlogMessage.of(e), 0);
        }
    }

    private Entry exportOne(Plan plan, Planned post, OverwritePolicy policy, Map<Long, BlogPost> toStore,
                            Map<Long, Boolean> writtenIds, List<String> written, List<String> removed,
                            ImageWrites images) throws IOException {
        Paper paper = post.paper();
        if (post.status() == Status.REFUSED) {
            return new Entry(paper.id(), paper.title(), null, Outcome.FAILED, post.problem(), 0);
        }
        byte[] bytes = post.post().bytes();
        BlogPost exported = post.blog().withExport(post.relativePath(), Hashes.sha256(bytes));
        int fixed = post.post().edited() || plan.fixMath() ? (int) post.post().problems().stream()
                .filter(p -> p.reason() != PostBody.Reason.CUT_BY_KRAMDOWN).count() : 0;
        if (post.status() == Status.UNCHANGED) {
            if (!exported.equals(paper.blog())) {
                toStore.put(paper.id(), exported);
            }
            exportImages(plan, post, images, written); // a missing image of an unchanged post is written again
            return new Entry(paper.id(), paper.title(), post.file(), Outcome.UNCHANGED, null, 0);
        }
        if (post.status() != Status.NEW) {
            OverwritePolicy.Conflict conflict = switch (post.status()) {
                case WOULD_CHANGE -> OverwritePolicy.Conflict.WOULD_CHANGE;
                case CHANGED_OUTSIDE -> OverwritePolicy.Conflict.CHANGED_SINCE_EXPORT;
                default -> OverwritePolicy.Conflict.NOT_WRITTEN_BY_PAPERNOTES;
            };
            String diff = post.diff();
            if (!policy.mayOverwrite(paper, post.file(), conflict, diff)) {
                BlogMessage why = switch (conflict) {
                    case WOULD_CHANGE -> BlogMessage.of(BlogMessage.Code.WOULD_CHANGE, changedLines(post));
                    case CHANGED_SINCE_EXPORT -> BlogMessage.of(BlogMessage.Code.CHANGED_OUTSIDE);
                    case NOT_WRITTEN_BY_PAPERNOTES -> BlogMessage.of(BlogMessage.Code.NOT_WRITTEN_BY_PAPERNOTES);
                };
                return new Entry(paper.id(), paper.title(), post.file(), Outcome.SKIPPED, why, 0);
            }
        }
        PostFiles.write(plan.postsFolder(), post.file(), bytes);
        written.add(relativeToBlog(plan, post.file()));
        exportImages(plan, post, images, written);
        toStore.put(paper.id(), exported);
        writtenIds.put(paper.id(), true);
        PostFiles.Removal removal = PostFiles.removeReplaced(plan.postsFolder(), post.blog().lastExportPath(),
                post.relativePath(), post.blog().lastExportHash());
        if (removal != null && removal.removed()) {
            removed.add(relativeToBlog(plan, removal.file()));
        }
        return new Entry(paper.id(), paper.title(), post.file(), Outcome.WRITTEN,
                removal == null ? null : removal.message(), fixed);
    }

    private static String changedLines(Planned post) {
        String before = post.current() == null ? "" : new String(post.current(), StandardCharsets.UTF_8);
        LineDiff.Summary summary = LineDiff.summary(before.replace("\r\n", "\n"), post.post().text());
        return "-" + summary.removed() + " +" + summary.added() + " lines";
    }

    private static String relativeToBlog(Plan plan, Path file) {
        return plan.blogFolder().relativize(file).toString().replace('\\', '/');
    }

    /** The policy may open a dialog: never two at once. */
    private static OverwritePolicy serialized(OverwritePolicy policy) {
        Object lock = new Object();
        return (paper, file, conflict, diff) -> {
            synchronized (lock) {
                return policy.mayOverwrite(paper, file, conflict, diff);
            }
        };
    }

    /**
     * Runs {@code task} for 0..n-1 on a few threads: rendering is CPU work and writing many small files is bound by
     * the file system's latency, so both gain from a handful of workers.
     */
    private static void inParallel(int n, java.util.function.IntConsumer task, AtomicBoolean cancelled) throws IOException {
        if (n == 0) {
            return;
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(WORKERS, n)));
        try {
            List<Future<?>> tasks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                tasks.add(workers.submit(() -> task.accept(index)));
            }
            for (Future<?> future : tasks) {
                try {
                    future.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BlogIOException(BlogMessage.of(BlogMessage.Code.EXPORT_INTERRUPTED), e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("Export task failed", e.getCause());
                }
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** Slug, date and permalink: the stored ones, or new ones for a first export. */
    private BlogPost decide(Paper paper, Set<String> taken) {
        BlogPost blog = paper.blog();
        String slug = blog.slug();
        if (slug == null || slug.isBlank()) {
            slug = Slugs.unique(Slugs.fromTitle(paper.title()), taken);
        }
        taken.add(slug.toLowerCase(Locale.ROOT));
        LocalDate date = blog.postDate() != null ? blog.postDate() : LocalDate.now(clock);
        String permalink = blog.permalink();
        if (permalink == null && blog.originalFrontMatter() == null) {
            // An imported post without a permalink keeps Jekyll's default URL; a new post gets the template's.
            permalink = String.format("/posts/%04d/%02d/%s/", date.getYear(), date.getMonthValue(), slug);
        }
        return new BlogPost(slug, date, permalink, blog.keptFrontMatter(), blog.originalFrontMatter(),
                blog.lastExportPath(), blog.lastExportHash());
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

    private static Set<String> takenSlugs(Map<Long, BlogPost> allPosts, Set<String> existingFiles) {
        Set<String> taken = new HashSet<>();
        Set<String> owned = new HashSet<>();
        for (BlogPost post : allPosts.values()) {
            if (post.slug() != null) {
                taken.add(post.slug().toLowerCase(Locale.ROOT));
            }
            if (post.lastExportPath() != null) {
                owned.add(post.lastExportPath().substring(post.lastExportPath().lastIndexOf('/') + 1));
            }
        }
        for (String name : existingFiles) {
            if (!owned.contains(name)) {
                PostFileName.parse(name).ifPresent(parsed -> taken.add(parsed.slug().toLowerCase(Locale.ROOT)));
            }
        }
        return taken;
    }

    private static Set<String> fileNames(Path posts) throws IOException {
        Set<String> names = new HashSet<>();
        try (var files = Files.newDirectoryStream(posts)) {
            for (Path file : files) {
                names.add(file.getFileName().toString());
            }
        }
        return names;
    }
}
