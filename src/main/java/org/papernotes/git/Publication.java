package org.papernotes.git;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.errors.CheckoutConflictException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ResolveMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * One publish. The commit, and whatever rebase or merge joins it to the remote, are built in memory, beside the
 * checkout: branch, index and working tree are touched only after the push went through (or, without a push, once
 * the commit exists), so every failure before that leaves the checkout exactly as it was. The branch is then moved
 * with a checkout that keeps the user's other changes (git's own two-tree checkout).
 */
final class Publication {

    private static final System.Logger LOG = System.getLogger(Publication.class.getName());

    private final BlogCheckout checkout;
    private final Repository repository;
    private final CheckoutConfig config;
    private final GitAccess access;
    private final PublishProgress progress;

    Publication(BlogCheckout checkout, CheckoutConfig config, GitAccess access, PublishProgress progress) {
        this.checkout = checkout;
        this.repository = checkout.repository();
        this.config = config;
        this.access = access;
        this.progress = progress;
    }

    PublishResult run(PublishRequest request) throws GitException {
        List<String> paths = checkout.checkedPaths(request.paths());
        try (RevWalk walk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit head = walk.parseCommit(repository.resolve(Constants.HEAD));
            progress.step(PublishProgress.Step.COMMITTING);
            ObjectId tree = paths.isEmpty() ? head.getTree() : treeWithWorkingFiles(head, paths, inserter);
            List<String> committed = Commits.changedPaths(repository, head.getTree(), walk.parseTree(tree));
            RevCommit local = committed.isEmpty() ? head
                    : walk.parseCommit(commit(inserter, tree, request.message(), head));
            Set<String> published = new HashSet<>(paths);
            List<ChangedFile> others = checkout.uncommitted().stream().filter(c -> !published.contains(c.path())).toList();
            if (!request.push()) {
                if (local != head) {
                    moveBranch(walk, head, local, paths);
                }
                progress.step(PublishProgress.Step.DONE);
                return new PublishResult(local == head ? Optional.empty() : Optional.of(Commits.info(repository, local)),
                        committed, false, null, 0, others);
            }
            if (local == head && !aheadOfTrackingRef(walk, head)) {
                progress.step(PublishProgress.Step.DONE);
                return new PublishResult(Optional.empty(), List.of(), false, null, 0, others);
            }
            progress.step(PublishProgress.Step.FETCHING);
            PublishCredentials credentials = access.credentials(checkout.root());
            ObjectId upstreamId = fetch(credentials);
            RevCommit upstream = upstreamId == null ? null : walk.parseCommit(upstreamId);
            int earlier = upstream == null ? 0 : countCommits(walk, head, upstream);
            if (upstream != null && local == head && walk.isMergedInto(head, upstream)) {
                progress.step(PublishProgress.Step.DONE);
                return new PublishResult(Optional.empty(), List.of(), false, null, 0, others);
            }
            RevCommit target = local;
            CheckoutConfig.Integration integration = null;
            if (upstream != null && !walk.isMergedInto(upstream, local)) {
                progress.step(PublishProgress.Step.INTEGRATING);
                integration = earlier > 0 ? config.integration() : CheckoutConfig.Integration.REBASE;
                target = integrate(walk, inserter, integration, local, upstream);
                checkPublishedFilesKept(walk, local, target, committed);
                checkNoLocalEditOverwritten(walk, head, target, published, others);
            }
            progress.step(PublishProgress.Step.PUSHING);
            push(target, upstreamId, credentials);
            credentials.approved();
            progress.step(PublishProgress.Step.UPDATING_CHECKOUT);
            try {
                moveBranch(walk, head, target, paths);
            } catch (GitException | IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Pushed " + target.name() + " but could not update the checkout", e);
                throw new GitException(GitMessage.of(GitMessage.Code.CHECKOUT_NOT_UPDATED, target.abbreviate(7).name(),
                        e.getMessage()), e);
            }
            progress.step(PublishProgress.Step.DONE);
            return new PublishResult(Optional.of(Commits.info(repository, target)), committed, true, integration,
                    earlier, others);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** HEAD's tree with each path as it is in the working tree (cleaned as {@code git add} would: autocrlf, filters), or removed. */
    private ObjectId treeWithWorkingFiles(RevCommit head, List<String> paths, ObjectInserter inserter) throws IOException {
        DirCache tree = DirCache.newInCore();
        DirCacheBuilder builder = tree.builder();
        try (ObjectReader reader = repository.newObjectReader()) {
            builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, head.getTree());
        }
        builder.finish();
        DirCacheEditor editor = tree.editor();
        Set<String> present = new HashSet<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.setOperationType(TreeWalk.OperationType.CHECKIN_OP);
            walk.addTree(new DirCacheIterator(repository.readDirCache()));
            FileTreeIterator files = new FileTreeIterator(repository);
            files.setDirCacheIterator(walk, 0);
            walk.addTree(files);
            walk.setFilter(PathFilterGroup.createFromStrings(paths));
            walk.setRecursive(true);
            Set<String> wanted = new HashSet<>(paths);
            while (walk.next()) {
                String path = walk.getPathString();
                WorkingTreeIterator file = walk.getTree(1, WorkingTreeIterator.class);
                if (file == null || !wanted.contains(path)) {
                    continue;
                }
                FileMode mode = file.getEntryFileMode();
                ObjectId blob;
                try (InputStream content = file.openEntryStream()) {
                    blob = inserter.insert(Constants.OBJ_BLOB, file.getEntryContentLength(), content);
                }
                present.add(path);
                editor.add(new DirCacheEditor.PathEdit(path) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(mode);
                        entry.setObjectId(blob);
                    }
                });
            }
        }
        for (String path : paths) {
            if (!present.contains(path)) {
                editor.add(new DirCacheEditor.DeletePath(path));
            }
        }
        editor.finish();
        ObjectId id = tree.writeTree(inserter);
        inserter.flush();
        return id;
    }

    private ObjectId commit(ObjectInserter inserter, ObjectId tree, String message, RevCommit parent) throws IOException {
        PersonIdent me = new PersonIdent(repository);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        commit.setParentIds(parent);
        commit.setAuthor(me);
        commit.setCommitter(me);
        commit.setMessage(withTrailer(message));
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        return id;
    }

    static String withTrailer(String message) {
        String text = message.strip();
        return text + (text.contains("\n") && lastParagraphIsTrailers(text) ? "\n" : "\n\n")
                + BlogCheckout.PUBLISH_TRAILER + "\n";
    }

    private static boolean lastParagraphIsTrailers(String text) {
        String last = text.substring(text.lastIndexOf("\n\n") + 2);
        return text.contains("\n\n") && last.lines().allMatch(line -> line.matches("[A-Za-z0-9-]+: .*"));
    }

    private boolean aheadOfTrackingRef(RevWalk walk, RevCommit head) throws IOException {
        if (config.trackingRef() == null) {
            return true;
        }
        Ref tracking = repository.exactRef(config.trackingRef());
        return tracking == null || !walk.isMergedInto(head, walk.parseCommit(tracking.getObjectId()));
    }

    /** Commits of {@code from} that {@code upstream} does not have. */
    private static int countCommits(RevWalk walk, RevCommit from, RevCommit upstream) throws IOException {
        walk.reset();
        walk.markStart(from);
        walk.markUninteresting(upstream);
        int count = 0;
        while (walk.next() != null) {
            count++;
        }
        walk.reset();
        return count;
    }

    /** The remote's current commit of the upstream branch, after fetching it (null: the remote has no such branch). */
    private ObjectId fetch(PublishCredentials credentials) throws GitException {
        try (Transport transport = Transport.open(repository, config.remote())) {
            access.configure(transport, credentials);
            FetchResult result = transport.fetch(NullProgressMonitor.INSTANCE, null);
            Ref advertised = result.getAdvertisedRef(config.upstreamRef());
            return advertised == null ? null : advertised.getObjectId();
        } catch (TransportException e) {
            throw new GitException(TransportErrors.classify(e, config.remoteUrl(), credentials), e);
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            throw new GitException(TransportErrors.classify(e, config.remoteUrl(), credentials), e);
        }
    }

    /**
     * The local commits replayed onto the upstream (the rebase), or a merge of the upstream into them; built in
     * memory. The user's commits that are not merges are replayed; with a merge among them, they are merged.
     */
    private RevCommit integrate(RevWalk walk, ObjectInserter inserter, CheckoutConfig.Integration integration,
                                RevCommit local, RevCommit upstream) throws IOException, GitException {
        List<RevCommit> toReplay = new ArrayList<>();
        walk.reset();
        walk.sort(RevSort.TOPO);
        walk.sort(RevSort.REVERSE, true);
        walk.markStart(local);
        walk.markUninteresting(upstream);
        for (RevCommit commit : walk) {
            toReplay.add(commit);
        }
        walk.reset();
        walk.sort(RevSort.NONE);
        boolean linear = toReplay.stream().allMatch(commit -> commit.getParentCount() == 1);
        if (integration == CheckoutConfig.Integration.MERGE || !linear) {
            ResolveMerger merger = merger();
            if (!merger.merge(local, upstream)) {
                throw conflict(merger);
            }
            PersonIdent me = new PersonIdent(repository);
            CommitBuilder merge = new CommitBuilder();
            merge.setTreeId(merger.getResultTreeId());
            merge.setParentIds(local, upstream);
            merge.setAuthor(me);
            merge.setCommitter(me);
            merge.setMessage("Merge branch '" + Repository.shortenRefName(config.upstreamRef()) + "' of "
                    + config.remoteUrl() + "\n");
            ObjectId id = inserter.insert(merge);
            inserter.flush();
            return walk.parseCommit(id);
        }
        RevCommit onto = upstream;
        for (RevCommit commit : toReplay) {
            ResolveMerger merger = merger();
            merger.setBase(commit.getParent(0));
            if (!merger.merge(onto, commit)) {
                throw conflict(merger);
            }
            CommitBuilder replayed = new CommitBuilder();
            replayed.setTreeId(merger.getResultTreeId());
            replayed.setParentIds(onto);
            replayed.setAuthor(commit.getAuthorIdent());
            replayed.setCommitter(new PersonIdent(repository));
            replayed.setMessage(commit.getFullMessage());
            ObjectId id = inserter.insert(replayed);
            inserter.flush();
            onto = walk.parseCommit(id);
        }
        return onto;
    }

    private ResolveMerger merger() {
        return (ResolveMerger) MergeStrategy.RECURSIVE.newMerger(repository, true);
    }

    private static GitException conflict(ResolveMerger merger) {
        List<String> paths = new ArrayList<>(merger.getUnmergedPaths());
        paths.addAll(merger.getFailingPaths() == null ? List.of() : merger.getFailingPaths().keySet());
        return GitException.of(GitMessage.Code.CONFLICT, paths.isEmpty() ? "?" : String.join(", ", paths));
    }

    /** A published file must reach the blog as exported: if joining it to the remote changed it, that is a conflict. */
    private void checkPublishedFilesKept(RevWalk walk, RevCommit local, RevCommit target, List<String> committed)
            throws IOException, GitException {
        List<String> changed = Commits.changedPaths(repository, walk.parseTree(local.getTree()),
                walk.parseTree(target.getTree()));
        List<String> altered = committed.stream().filter(changed::contains).toList();
        if (!altered.isEmpty()) {
            throw GitException.of(GitMessage.Code.CONFLICT, String.join(", ", altered));
        }
    }

    /** The remote's changes will be checked out here: refuse before pushing if one would overwrite a local edit. */
    private void checkNoLocalEditOverwritten(RevWalk walk, RevCommit head, RevCommit target, Set<String> published,
                                             List<ChangedFile> others) throws IOException, GitException {
        Set<String> incoming = new HashSet<>(Commits.changedPaths(repository, walk.parseTree(head.getTree()),
                walk.parseTree(target.getTree())));
        incoming.removeAll(published);
        List<String> clashing = others.stream().map(ChangedFile::path).filter(incoming::contains).distinct().toList();
        if (!clashing.isEmpty()) {
            throw GitException.of(GitMessage.Code.REMOTE_CHANGED_LOCAL_EDIT, String.join(", ", clashing));
        }
    }

    /** Pushes {@code target} to the upstream branch, expecting it still at {@code upstreamId}: never forced. */
    private void push(RevCommit target, ObjectId upstreamId, PublishCredentials credentials) throws GitException {
        try {
            RemoteConfig remote = new RemoteConfig(repository.getConfig(), config.remote());
            List<URIish> uris = remote.getPushURIs().isEmpty() ? remote.getURIs() : remote.getPushURIs();
            for (URIish uri : uris) {
                try (Transport transport = Transport.open(repository, uri)) {
                    transport.applyConfig(remote);
                    access.configure(transport, credentials);
                    RemoteRefUpdate update = new RemoteRefUpdate(repository, (String) null, target, config.upstreamRef(),
                            false, config.trackingRef(), upstreamId == null ? ObjectId.zeroId() : upstreamId);
                    PushResult result = transport.push(NullProgressMonitor.INSTANCE, List.of(update));
                    check(result.getRemoteUpdate(config.upstreamRef()), result.getMessages());
                }
            }
        } catch (TransportException e) {
            throw new GitException(TransportErrors.classify(e, config.remoteUrl(), credentials), e);
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            throw new GitException(TransportErrors.classify(e, config.remoteUrl(), credentials), e);
        }
    }

    private void check(RemoteRefUpdate update, String remoteMessages) throws GitException {
        switch (update.getStatus()) {
            case OK, UP_TO_DATE -> {
            }
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED ->
                    throw GitException.of(GitMessage.Code.REJECTED_NON_FAST_FORWARD, config.upstreamName());
            default -> {
                String said = remoteMessages == null ? "" : remoteMessages.strip();
                String reason = update.getMessage() == null ? update.getStatus().name() : update.getMessage();
                throw GitException.of(GitMessage.Code.REJECTED, config.upstreamName(),
                        said.isEmpty() ? reason : reason + "\n" + said);
            }
        }
    }

    /**
     * Moves the branch from {@code head} to {@code target}: the published files are staged as committed (they are
     * in the working tree already), the remote's other changes are checked out, the user's own changes stay.
     */
    private void moveBranch(RevWalk walk, RevCommit head, RevCommit target, List<String> paths)
            throws IOException, GitException {
        Map<String, ObjectId> inTarget = blobs(target, paths);
        DirCache index = repository.lockDirCache();
        DirCacheCheckout move = null;
        try {
            DirCacheEditor editor = index.editor();
            Path root = checkout.root();
            for (String path : paths) {
                ObjectId blob = inTarget.get(path);
                if (blob == null) {
                    editor.add(new DirCacheEditor.DeletePath(path));
                    continue;
                }
                Path file = root.resolve(path);
                FileMode mode = modeOf(target, path);
                long length = Files.size(file);
                java.time.Instant modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
                editor.add(new DirCacheEditor.PathEdit(path) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        entry.setFileMode(mode);
                        entry.setObjectId(blob);
                        entry.setLength(length);
                        entry.setLastModified(modified);
                    }
                });
            }
            editor.finish();
            move = new DirCacheCheckout(repository, head.getTree(), index, target.getTree());
            move.setFailOnConflict(true);
            move.checkout();
        } catch (CheckoutConflictException e) {
            throw GitException.of(GitMessage.Code.REMOTE_CHANGED_LOCAL_EDIT, String.join(", ", move.getConflicts()));
        } catch (JGitInternalException e) {
            throw new GitException(GitMessage.of(GitMessage.Code.OTHER, e.getMessage()), e);
        } finally {
            index.unlock();
        }
        RefUpdate update = repository.updateRef(Constants.R_HEADS + config.branch());
        update.setExpectedOldObjectId(head);
        update.setNewObjectId(target);
        update.setForceUpdate(true); // a rebase replaces the local commits; the expected old id guards the rest
        update.setRefLogMessage("publish: " + target.getShortMessage(), false);
        RefUpdate.Result result = update.update(walk);
        switch (result) {
            case NEW, FAST_FORWARD, FORCED, NO_CHANGE -> {
            }
            default -> throw GitException.of(GitMessage.Code.OTHER, "could not move " + config.branch() + ": " + result);
        }
    }

    private Map<String, ObjectId> blobs(RevCommit commit, List<String> paths) throws IOException {
        Map<String, ObjectId> blobs = new java.util.HashMap<>();
        if (paths.isEmpty()) {
            return blobs;
        }
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            walk.setFilter(PathFilterGroup.createFromStrings(paths));
            Set<String> wanted = new HashSet<>(paths);
            while (walk.next()) {
                if (wanted.contains(walk.getPathString())) {
                    blobs.put(walk.getPathString(), walk.getObjectId(0));
                }
            }
        }
        return blobs;
    }

    private FileMode modeOf(RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
            return walk == null ? FileMode.REGULAR_FILE : walk.getFileMode(0);
        }
    }

    private GitException failure(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException || String.valueOf(e.getMessage()).contains("Read-only file system")) {
            return new GitException(GitMessage.of(GitMessage.Code.READ_ONLY, e.getMessage()), e);
        }
        return new GitException(GitMessage.of(GitMessage.Code.OTHER, String.valueOf(e.getMessage())), e);
    }
}
