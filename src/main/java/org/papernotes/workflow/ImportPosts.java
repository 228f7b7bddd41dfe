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
import java.util.List;
import java.util.Map;
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
 * <p>Where a later step goes: a post's images would be read beside it in {@link #read} and stored with its paper in
 * {@link #store}.
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
                ParsedPost post = read(file);
                Path earlier = seenThisRun.putIfAbsent(post.blog().lastExportPath(), file);
                if (earlier != null) {
                    entries.add(failed(file, BlogMessage.of(BlogMessage.Code.SAME_POST_TWICE, earlier,
                            post.blog().lastExportPath())));
                } else {
                    parsed.add(post);
                }
            } catch (PostFormatException e) {
                entries.add(failed(file, e.reason()));
            } catch (IOException e) {
                entries.add(failed(file, BlogMessage.of(BlogMessage.Code.CANNOT_READ, e.getMessage())));
            }
        }
        Instant now = clock.instant();
        List<Entry> stored = library.inTransaction(connection -> store(parsed, pathToPaper, known, now));
        entries.addAll(stored);
        rememberSource(files);
        progress.update(files.size(), files.size(), "");
        return new ImportReport(entries, cancelled);
    }

    /** One post file; its images would be read here. */
    private ParsedPost read(Path file) throws IOException, PostFormatException {
        return ParsedPost.read(file, clock.getZone());
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
