package org.papernotes.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.MessageRevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * A blog checkout opened as the git repository it is, with its own configuration. Reads its state for the window,
 * and publishes a given set of files (see {@link #publish}). Not thread-safe: one operation at a time.
 */
public final class BlogCheckout implements AutoCloseable {

    /** The trailer that marks PaperNotes' publish commits, so that the last publish can be found again. */
    public static final String PUBLISH_TRAILER = "Published-with: PaperNotes";
    private static final int HISTORY_LIMIT = 5000;

    private final Repository repository;
    private final Path root;

    private BlogCheckout(Repository repository, Path root) {
        this.repository = repository;
        this.root = root;
    }

    /**
     * Opens the checkout whose top folder is {@code folder}.
     *
     * @throws GitException {@link GitMessage.Code#NOT_A_REPOSITORY} when the folder is not the top of a git checkout
     */
    public static BlogCheckout open(Path folder) throws GitException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.exists(root.resolve(Constants.DOT_GIT))) {
            throw GitException.of(GitMessage.Code.NOT_A_REPOSITORY, root);
        }
        try {
            Repository repository = new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build();
            if (repository.getObjectDatabase() == null || !repository.getObjectDatabase().exists()) {
                repository.close();
                throw GitException.of(GitMessage.Code.NOT_A_REPOSITORY, root);
            }
            return new BlogCheckout(repository, root.toRealPath());
        } catch (IOException e) {
            throw new GitException(GitMessage.of(GitMessage.Code.NOT_A_REPOSITORY, root), e);
        }
    }

    /** Whether the folder is the top of a git checkout (no error, for deciding what the window offers). */
    public static boolean isCheckout(Path folder) {
        try (BlogCheckout ignored = open(folder)) {
            return true;
        } catch (GitException e) {
            return false;
        }
    }

    /** The top folder of the checkout (real path). */
    public Path root() {
        return root;
    }

    Repository repository() {
        return repository;
    }

    /**
     * The configuration publishing follows, checked: on a branch with a commit, with an upstream on a configured
     * remote, no merge or rebase in progress, an identity, and a checkout that can be written.
     */
    public CheckoutConfig publishConfig() throws GitException {
        return publishConfig(true);
    }

    /**
     * As {@link #publishConfig()}; without {@code forPush} (a local commit only) an upstream is not required, and
     * the remote's fields are null when there is none.
     */
    public CheckoutConfig publishConfig(boolean forPush) throws GitException {
        try {
            String fullBranch = repository.getFullBranch();
            Ref head = repository.exactRef(Constants.HEAD);
            if (fullBranch == null || !fullBranch.startsWith(Constants.R_HEADS)) {
                ObjectId id = head == null ? null : head.getObjectId();
                throw GitException.of(GitMessage.Code.DETACHED_HEAD, id == null ? "?" : id.abbreviate(7).name());
            }
            String branch = Repository.shortenRefName(fullBranch);
            if (head == null || head.getObjectId() == null) {
                throw GitException.of(GitMessage.Code.UNBORN_BRANCH, branch);
            }
            RepositoryState state = repository.getRepositoryState();
            if (state != RepositoryState.SAFE) {
                throw GitException.of(GitMessage.Code.OPERATION_IN_PROGRESS, state.getDescription().toLowerCase(Locale.ROOT));
            }
            StoredConfig config = repository.getConfig();
            BranchConfig branchConfig = new BranchConfig(config, branch);
            String remote = branchConfig.getRemote();
            String merge = branchConfig.getMerge();
            boolean upstream = remote != null && merge != null && !BranchConfig.LOCAL_REPOSITORY.equals(remote);
            if (!upstream && forPush) {
                throw GitException.of(GitMessage.Code.NO_UPSTREAM, branch);
            }
            List<URIish> uris = upstream ? remoteUris(config, remote) : List.of();
            if (upstream && uris.isEmpty() && forPush) {
                throw GitException.of(GitMessage.Code.NO_SUCH_REMOTE, branch, remote);
            }
            UserConfig user = config.get(UserConfig.KEY);
            if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
                throw GitException.of(GitMessage.Code.NO_IDENTITY);
            }
            String tracking = branchConfig.getRemoteTrackingBranch();
            String autoCrlf = Optional.ofNullable(config.getString(ConfigConstants.CONFIG_CORE_SECTION, null,
                    ConfigConstants.CONFIG_KEY_AUTOCRLF)).orElse("false");
            checkWritable();
            return new CheckoutConfig(branch, upstream ? remote : null,
                    uris.isEmpty() ? null : PublishCredentials.safe(uris.get(0)), upstream ? merge : null,
                    upstream ? tracking : null, user.getAuthorName(), user.getAuthorEmail(), autoCrlf,
                    integration(config, branch));
        } catch (IOException e) {
            throw new GitException(GitMessage.of(GitMessage.Code.OTHER, e.getMessage()), e);
        }
    }

    /** The state for the status bar and the publish dialog, from local data only (no network). */
    public CheckoutStatus status() throws GitException {
        try {
            String fullBranch = repository.getFullBranch();
            String branch = fullBranch != null && fullBranch.startsWith(Constants.R_HEADS)
                    ? Repository.shortenRefName(fullBranch) : null;
            String upstream = null;
            int ahead = 0;
            int behind = 0;
            if (branch != null) {
                BranchTrackingStatus tracking = BranchTrackingStatus.of(repository, branch);
                if (tracking != null) {
                    BranchConfig branchConfig = new BranchConfig(repository.getConfig(), branch);
                    upstream = branchConfig.getRemote() + "/" + Repository.shortenRefName(branchConfig.getMerge());
                    ahead = tracking.getAheadCount();
                    behind = tracking.getBehindCount();
                }
            }
            return new CheckoutStatus(branch, upstream, ahead, behind, uncommitted(), lastPublish());
        } catch (IOException e) {
            throw new GitException(GitMessage.of(GitMessage.Code.OTHER, e.getMessage()), e);
        }
    }

    /** Every file that differs from the last commit, staged or not, untracked included, sorted by path. */
    public List<ChangedFile> uncommitted() throws GitException {
        Status status;
        try (Git git = new Git(repository)) {
            status = git.status().call();
        } catch (GitAPIException | RuntimeException e) {
            throw new GitException(GitMessage.of(GitMessage.Code.OTHER, String.valueOf(e.getMessage())), e);
        }
        List<ChangedFile> changes = new ArrayList<>();
        add(changes, status.getConflicting(), ChangedFile.Kind.CONFLICTING, false);
        add(changes, status.getAdded(), ChangedFile.Kind.ADDED, true);
        add(changes, status.getChanged(), ChangedFile.Kind.MODIFIED, true);
        add(changes, status.getRemoved(), ChangedFile.Kind.DELETED, true);
        add(changes, status.getModified(), ChangedFile.Kind.MODIFIED, false);
        add(changes, status.getMissing(), ChangedFile.Kind.DELETED, false);
        add(changes, status.getUntracked(), ChangedFile.Kind.UNTRACKED, false);
        changes.sort(java.util.Comparator.comparing(ChangedFile::path).thenComparing(ChangedFile::staged));
        return changes;
    }

    /**
     * Those of {@code paths} (relative, {@code /}) whose file in the working tree differs from the last commit: new,
     * changed or gone. Reads only these files.
     */
    public Set<String> uncommittedAmong(java.util.Collection<String> paths) throws GitException {
        if (paths.isEmpty()) {
            return Set.of();
        }
        Status status;
        try (Git git = new Git(repository)) {
            var command = git.status();
            paths.forEach(command::addPath);
            status = command.call();
        } catch (GitAPIException | RuntimeException e) {
            throw new GitException(GitMessage.of(GitMessage.Code.OTHER, String.valueOf(e.getMessage())), e);
        }
        Set<String> changed = new TreeSet<>(status.getUncommittedChanges());
        changed.addAll(status.getUntracked());
        changed.retainAll(paths);
        return changed;
    }

    /** The newest commit of PaperNotes' on the current branch, if any (searching the last few thousand commits). */
    public Optional<CommitInfo> lastPublish() throws GitException {
        return lastPublish(TreeFilter.ALL);
    }

    /** The newest publish commit that changed this file (relative, {@code /}): "published in abc1234". */
    public Optional<CommitInfo> lastPublishOf(String path) throws GitException {
        return lastPublish(AndTreeFilter.create(PathFilter.create(path), TreeFilter.ANY_DIFF));
    }

    private Optional<CommitInfo> lastPublish(TreeFilter paths) throws GitException {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return Optional.empty();
            }
            walk.markStart(walk.parseCommit(head));
            walk.setRevFilter(MessageRevFilter.create(PUBLISH_TRAILER));
            walk.setTreeFilter(paths);
            int seen = 0;
            for (RevCommit commit : walk) {
                if (commit.getFullMessage().contains(PUBLISH_TRAILER)) {
                    return Optional.of(Commits.info(repository, commit));
                }
                if (++seen > HISTORY_LIMIT) {
                    break;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new GitException(GitMessage.of(GitMessage.Code.OTHER, e.getMessage()), e);
        }
    }

    /**
     * Commits exactly the request's files as they are in the working tree, on top of the branch; then, unless told
     * not to, fetches, joins the commit to the upstream if it moved on (rebase or merge, per {@code pull.rebase}),
     * and pushes it, never forced. The user's other changes, staged or not, stay as they are. On any failure the
     * checkout (branch, index, working tree) is exactly as before.
     */
    public PublishResult publish(PublishRequest request, GitAccess access, PublishProgress progress) throws GitException {
        return new Publication(this, publishConfig(request.push()), access, progress).run(request);
    }

    /** The request's paths, each checked to name a file inside the checkout (not inside {@code .git}). */
    List<String> checkedPaths(List<String> paths) throws GitException {
        Set<String> checked = new TreeSet<>();
        for (String path : paths) {
            String clean = path.replace('\\', '/');
            Path resolved = root.resolve(clean).normalize();
            if (clean.isEmpty() || clean.startsWith("/") || !resolved.startsWith(root) || resolved.equals(root)
                    || clean.equals(Constants.DOT_GIT) || clean.startsWith(Constants.DOT_GIT + "/")
                    || !root.relativize(resolved).toString().replace('\\', '/').equals(clean)
                    || Files.isDirectory(resolved)) {
                throw GitException.of(GitMessage.Code.PATH_OUTSIDE_CHECKOUT, path);
            }
            checked.add(clean);
        }
        return List.copyOf(checked);
    }

    private void checkWritable() throws GitException {
        Path gitDir = repository.getDirectory().toPath();
        List<Path> needed = new ArrayList<>(List.of(root, gitDir, gitDir.resolve("objects"), gitDir.resolve("refs")));
        Path index = repository.getIndexFile().toPath();
        if (Files.exists(index)) {
            needed.add(index);
        }
        for (Path path : needed) {
            if (Files.exists(path) && !Files.isWritable(path)) {
                throw GitException.of(GitMessage.Code.READ_ONLY, path);
            }
        }
    }

    private static List<URIish> remoteUris(StoredConfig config, String remote) throws GitException {
        try {
            RemoteConfig remoteConfig = new RemoteConfig(config, remote);
            return remoteConfig.getPushURIs().isEmpty() ? remoteConfig.getURIs() : remoteConfig.getPushURIs();
        } catch (java.net.URISyntaxException e) {
            throw new GitException(GitMessage.of(GitMessage.Code.OTHER, e.getMessage()), e);
        }
    }

    /** {@code branch.NAME.rebase}, else {@code pull.rebase}; unset, the publish commit is rebased (as the issue asks). */
    private static CheckoutConfig.Integration integration(StoredConfig config, String branch) {
        String value = config.getString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REBASE);
        if (value == null) {
            value = config.getString("pull", null, ConfigConstants.CONFIG_KEY_REBASE);
        }
        if (value == null) {
            return CheckoutConfig.Integration.REBASE;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "false", "no", "off", "0" -> CheckoutConfig.Integration.MERGE;
            default -> CheckoutConfig.Integration.REBASE;
        };
    }

    private static void add(List<ChangedFile> changes, Set<String> paths, ChangedFile.Kind kind, boolean staged) {
        for (String path : paths) {
            changes.add(new ChangedFile(path, kind, staged));
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
