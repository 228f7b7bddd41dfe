package org.papernotes.workflow;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.papernotes.blog.BlogFolder;
import org.papernotes.blog.BlogIOException;
import org.papernotes.blog.BlogMessage;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ImportReport;
import org.papernotes.blog.ImportReport.Entry;
import org.papernotes.blog.ImportReport.Outcome;
import org.papernotes.blog.ParsedPost;
import org.papernotes.blog.PostFileName;
import org.papernotes.blog.PostFormatException;
import org.papernotes.blog.PostImages;
import org.papernotes.blog.Hashes;
import org.papernotes.blog.ImageFiles;
import org.papernotes.images.FileRejectedException;
import org.papernotes.images.ImageIngest;
import org.papernotes.images.IngestedImage;
import org.papernotes.model.Attachment;
import org.papernotes.model.ImageLink;
import org.papernotes.model.BlogPost;
import org.papernotes.model.Paper;
import org.papernotes.model.ReadingStatus;
import org.papernotes.model.VersionReason;
import org.papernotes.store.Library;

/**
 * Importing posts of an academicpages blog: the one use case behind File → Import blog posts… and
 * {@code papernotes import}. Each post becomes a paper whose note is the post's body, exactly, whose tags are the
 * post's (in its spelling), whose year is the post's when it has no other, and whose times are the post's date
 * (with the time and zone the post gives); its blog side keeps everything needed to write the same file back.
 * A post already imported or exported (same {@code _posts/…} path) updates its paper instead of making a second
 * one. Every file is read and checked first; then all papers are written in one transaction. A bad file is
 * reported and the others still import. The folder the posts came from is remembered, but not as the export
 * target: the first export asks for the blog.
 *
 * <p>A post's images in the blog checkout (linked as {@code /images/…} or {@code {{ site.baseurl }}/images/…}, in
 * Markdown or in an {@code <img>} tag) are found beside it in {@link #read} and, once the papers are stored, added to
 * their papers with the site path recorded ({@link #storeImages}), one at a time, so that a blog with many large
 * images never holds them all in memory nor the library for long. The note then shows them without the blog, and
 * export writes them back to the same paths. An image missing from the blog, refused (damaged, too large) or
 * leading out of the checkout is a warning of its post; importing again adds only images that are new or changed.
 *
 * <p>Runs on the caller's thread (a window calls it from a background task).
 */
public final class ImportPosts {

    private final Library library;
    private final Clock clock;

    public ImportPosts(Library library) {
        this(library, Clock.systemDefaultZone());
    }

    /** @param clock the import's time, and the zone of post dates that give none */
    public ImportPosts(Library library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    /**
     * @param paths post files, {@code _posts} folders, or blog checkouts (whose {@code _posts} is read)
     */
    public ImportReport importPosts(List<Path> paths, BlogProgress progress) {
        List<Entry> entries = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            try {
                files.addAll(postFiles(path));
            } catch (IOException e) {
                entries.add(failed(path, e instanceof BlogIOException blog ? blog.reason()
                        : BlogMessage.of(BlogMessage.Code.OTHER, e.getMessage() == null ? e.toString() : e.getMessage())));
            }
        }
        Map<String, Long> pathToPaper = new HashMap<>();
        Map<Long, BlogPost> known = library.papers().blogPosts();
        known.forEach((id, post) -> {
            if (post.lastExportPath() != null) {
                pathToPaper.put(post.lastExportPath(), id);
            }
        });
        List<ParsedPost> parsed = new ArrayList<>();
        Map<Path, PostImageFiles> imageFiles = new HashMap<>();
        Map<String, Path> seenThisRun = new HashMap<>();
        boolean cancelled = false;
        for (int i = 0; i < files.size(); i++) {
            if (progress.isCancelled()) {
                cancelled = true;
                break;
            }
            Path file = files.get(i);
            progress.update(i, files.size(), file.getFileName().toString());
            try {
                Read read = read(file);
                ParsedPost post = read.post();
                Path earlier = seenThisRun.putIfAbsent(post.blog().lastExportPath(), file);
                if (earlier != null) {
                    entries.add(failed(file, BlogMessage.of(BlogMessage.Code.SAME_POST_TWICE, earlier,
                            post.blog().lastExportPath())));
                } else {
                    parsed.add(post);
                    imageFiles.put(file, read.images());
                }
            } catch (PostFormatException e) {
                entries.add(failed(file, e.reason()));
            } catch (IOException e) {
                entries.add(failed(file, BlogMessage.of(BlogMessage.Code.CANNOT_READ, e.getMessage())));
            }
        }
        Instant now = clock.instant();
        List<Entry> stored = library.inTransaction(connection -> store(parsed, pathToPaper, known, now));
        int[] images = {0};
        for (Entry entry : stored) {
            entries.add(storeImages(entry, imageFiles.get(entry.file()), images, progress));
        }
        rememberSource(files);
        progress.update(files.size(), files.size(), "");
        return new ImportReport(entries, cancelled, images[0]);
    }

    /**
     * The image files a post links inside its blog checkout, by site path, and what was wrong with the others.
     *
     * @param files site path → the real file inside the checkout
     */
    record PostImageFiles(Map<String, Path> files, List<BlogMessage> warnings) {
        static final PostImageFiles NONE = new PostImageFiles(Map.of(), List.of());
    }

    private record Read(ParsedPost post, PostImageFiles images) {
    }

    /** One post file, and the image files it links in its blog checkout (found, not read yet). */
    private Read read(Path file) throws IOException, PostFormatException {
        ParsedPost post = ParsedPost.read(file, clock.getZone());
        return new Read(post, imageFiles(post));
    }

    /** The checkout a post lies in is the folder holding its {@code _posts}; a loose file has none. */
    static PostImageFiles imageFiles(ParsedPost post) {
        Path posts = ParsedPost.postsAncestor(post.file());
        if (posts == null || posts.getParent() == null || !PostImages.mayHaveImages(post.body())) {
            return PostImageFiles.NONE;
        }
        Path blog = posts.getParent();
        Map<String, Path> files = new LinkedHashMap<>();
        List<BlogMessage> warnings = new ArrayList<>();
        Path realBlog = null;
        for (PostImages.Source source : PostImages.of(post.body())) {
            String target = source.target().strip();
            Optional<String> sitePath = ImageLink.hasScheme(target) ? Optional.empty() : ImageLink.sitePath(target);
            Optional<String> relative = sitePath.flatMap(ImageFiles::relativePath);
            if (relative.isEmpty() || files.containsKey(sitePath.get())) {
                continue; // remote, relative to the page, or already found
            }
            Path file = blog.resolve(relative.get());
            try {
                if (realBlog == null) {
                    realBlog = blog.toRealPath();
                }
                if (!Files.exists(file)) {
                    warnings.add(BlogMessage.of(BlogMessage.Code.IMAGE_MISSING_IN_BLOG, sitePath.get()));
                    continue;
                }
                Path real = file.toRealPath();
                if (!real.startsWith(realBlog)) {
                    warnings.add(BlogMessage.of(BlogMessage.Code.IMAGE_LEADS_OUT_OF_BLOG, sitePath.get()));
                    continue;
                }
                files.put(sitePath.get(), real);
            } catch (IOException e) {
                warnings.add(BlogMessage.of(BlogMessage.Code.IMAGE_NOT_IMPORTED, sitePath.get(),
                        e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
        return new PostImageFiles(files, warnings);
    }

    /**
     * Adds the post's images to its paper (those it has with these bytes at this site path are left alone); the
     * entry gains the warnings about images that could not be imported.
     */
    private Entry storeImages(Entry entry, PostImageFiles images, int[] count, BlogProgress progress) {
        if (images == null || entry.outcome() == Outcome.FAILED
                || (images.files().isEmpty() && images.warnings().isEmpty())) {
            return entry;
        }
        List<BlogMessage> warnings = new ArrayList<>(entry.warnings());
        warnings.addAll(images.warnings());
        for (Map.Entry<String, Path> image : images.files().entrySet()) {
            if (progress.isCancelled()) {
                break;
            }
            String sitePath = image.getKey();
            try {
                byte[] bytes = ImageIngest.readFile(image.getValue());
                String sha = Hashes.sha256(bytes);
                Optional<Attachment> has = library.attachments().bySitePath(sitePath, entry.paperId());
                if (has.isPresent() && has.get().paperId() == entry.paperId() && has.get().sha256().equals(sha)) {
                    continue;
                }
                IngestedImage ingested = ImageIngest.fromBytes(bytes, image.getValue().getFileName().toString());
                library.attachments().addImage(entry.paperId(), ingested.name(), ingested.original(),
                        ingested.preview(), sitePath);
                count[0]++;
            } catch (FileRejectedException e) {
                warnings.add(BlogMessage.of(BlogMessage.Code.IMAGE_NOT_IMPORTED, sitePath, e.problem().english()));
            }
        }
        return new Entry(entry.file(), entry.outcome(), entry.paperId(), entry.title(), warnings, entry.problem());
    }

    private List<Entry> store(List<ParsedPost> posts, Map<String, Long> pathToPaper, Map<Long, BlogPost> known,
                              Instant now) {
        List<Entry> entries = new ArrayList<>(posts.size());
        for (ParsedPost post : posts) {
            Long existingId = pathToPaper.get(post.blog().lastExportPath());
            int year = post.blog().postDate().getYear();
            if (existingId == null) {
                Paper paper = Paper.titled(post.title()).withNote(post.body()).withTags(post.tags())
                        .withStatus(ReadingStatus.READ).withYear(year).withTimes(post.date(), post.date())
                        .withBlog(post.blog());
                Paper inserted = library.papers().insert(paper);
                library.papers().setPostOrigin(inserted.id(), withImportTime(post, now));
                entries.add(new Entry(post.file(), Outcome.IMPORTED, inserted.id(), post.title(), post.warnings(), null));
            } else if (post.blog().lastExportHash().equals(known.get(existingId).lastExportHash())) {
                entries.add(new Entry(post.file(), Outcome.UNCHANGED, existingId, post.title(), post.warnings(), null));
            } else {
                Paper existing = library.papers().get(existingId);
                library.versions().record(existingId, VersionReason.BEFORE_IMPORT); // the text it replaces stays in History
                library.papers().update(existing.withTitle(post.title()).withNote(post.body()).withTags(post.tags())
                        .withYear(existing.year() != null ? existing.year() : Integer.valueOf(year)));
                library.papers().setBlogPost(existingId, post.blog());
                library.papers().setPostOrigin(existingId, withImportTime(post, now));
                entries.add(new Entry(post.file(), Outcome.UPDATED, existingId, post.title(), post.warnings(), null));
            }
        }
        return entries;
    }

    private static org.papernotes.model.PostOrigin withImportTime(ParsedPost post, Instant now) {
        var origin = post.origin();
        return new org.papernotes.model.PostOrigin(origin.sourcePath(), now, origin.bodyHash(), origin.lineEnd(),
                origin.byteOrderMark(), origin.originalBytes(), origin.keptLiquid(), null);
    }

    /** The blog checkout (or folder) the posts came from, offered at the first export; never the export target. */
    private void rememberSource(List<Path> files) {
        for (Path file : files) {
            Path posts = ParsedPost.postsAncestor(file);
            if (posts != null && posts.getParent() != null) {
                new BlogSettings(library).rememberImportSource(posts.getParent());
                return;
            }
        }
    }

    /** The post files a path stands for, in name order (which is date order for posts). */
    static List<Path> postFiles(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new BlogIOException(BlogMessage.of(BlogMessage.Code.NO_SUCH_PATH, path));
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        Path root = Files.isDirectory(path.resolve(BlogFolder.POSTS)) ? path.resolve(BlogFolder.POSTS) : path;
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return !dir.equals(root) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (!name.startsWith(".") && PostFileName.isMarkdown(name) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private static Entry failed(Path file, BlogMessage problem) {
        return new Entry(file, Outcome.FAILED, 0, null, List.of(), problem);
    }
}
