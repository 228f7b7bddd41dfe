package org.papernotes.git;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The repositories of a publish test, all local: a bare repository as the blog's remote, a clone of it as the
 * user's blog checkout, and a second clone (another machine, GitHub's web editor) that pushes meanwhile.
 */
public final class BlogRemotes {

    public static final String POST = "_posts/2024-01-18-first.md";
    public static final String OTHER_POST = "_posts/2024-02-02-second.md";

    public final Path bare;
    public final Path blog;
    public final Path elsewhere;

    private BlogRemotes(Path bare, Path blog, Path elsewhere) {
        this.bare = bare;
        this.blog = blog;
        this.elsewhere = elsewhere;
    }

    /** A blog with a config, two posts and an image on the remote's {@code main}, cloned twice. */
    public static BlogRemotes create(Path temp) throws IOException, GitAPIException {
        Path bare = temp.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        Path seed = temp.resolve("seed");
        try (Git git = Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(seed.toFile()).call()) {
            identify(git.getRepository(), "Seed", "seed@example.org");
            write(seed, "_config.yml", "title: A blog\nurl: https://ada.github.io\n");
            write(seed, POST, "---\ntitle: First\n---\nFirst post.\n");
            write(seed, OTHER_POST, "---\ntitle: Second\n---\nSecond post.\n");
            Files.createDirectories(seed.resolve("images"));
            Files.write(seed.resolve("images/figure.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Blog").call();
            git.push().setRefSpecs(new org.eclipse.jgit.transport.RefSpec("HEAD:refs/heads/main")).call();
        }
        Path blog = clone(bare, temp.resolve("blog"), "Ada Lovelace", "ada@example.org");
        Path elsewhere = clone(bare, temp.resolve("elsewhere"), "Grace Hopper", "grace@example.org");
        return new BlogRemotes(bare, blog, elsewhere);
    }

    public static Path clone(Path bare, Path where, String name, String email) throws GitAPIException, IOException {
        try (Git git = Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(where.toFile()).call()) {
            identify(git.getRepository(), name, email);
        }
        return where;
    }

    public static void identify(Repository repository, String name, String email) throws IOException {
        StoredConfig config = repository.getConfig();
        config.setString("user", null, "name", name);
        config.setString("user", null, "email", email);
        config.save();
    }

    public static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, UTF_8);
    }

    /** Sets one value of a checkout's own git config (null removes it). */
    public static void setConfig(Path checkout, String section, String subsection, String name, String value)
            throws IOException {
        try (Repository repository = open(checkout)) {
            StoredConfig config = repository.getConfig();
            if (value == null) {
                config.unset(section, subsection, name);
            } else {
                config.setString(section, subsection, name, value);
            }
            config.save();
        }
    }

    /** Commits everything in a clone and pushes it (the change made elsewhere). */
    public static void commitAndPush(Path clone, String message) throws IOException, GitAPIException {
        try (Git git = Git.open(clone.toFile())) {
            git.add().addFilepattern(".").call();
            git.add().setUpdate(true).addFilepattern(".").call();
            git.commit().setMessage(message).call();
            git.push().call();
        }
    }

    public static void commitAll(Path clone, String message) throws IOException, GitAPIException {
        try (Git git = Git.open(clone.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage(message).call();
        }
    }

    /** The remote's {@code main}: each file with its content. */
    public Map<String, String> remoteFiles() throws IOException {
        return files(bare, "refs/heads/main");
    }

    public RevCommit remoteHead() throws IOException {
        return commitAt(bare, "refs/heads/main");
    }

    public static RevCommit commitAt(Path repositoryPath, String revision) throws IOException {
        try (Repository repository = open(repositoryPath); RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(repository.resolve(revision));
        }
    }

    public static Map<String, String> files(Path repositoryPath, String revision) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Repository repository = open(repositoryPath); RevWalk walk = new RevWalk(repository);
             TreeWalk tree = new TreeWalk(repository)) {
            ObjectId id = repository.resolve(revision);
            tree.addTree(walk.parseCommit(id).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                files.put(tree.getPathString(), new String(repository.open(tree.getObjectId(0)).getBytes(), UTF_8));
            }
        }
        return files;
    }

    public static Repository open(Path path) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (Files.isDirectory(path.resolve(Constants.DOT_GIT))) {
            builder.setWorkTree(path.toFile());
        } else {
            builder.setGitDir(path.toFile());
        }
        return builder.build();
    }

    /** What "exactly as before" is checked against: HEAD, the index file's bytes and every working file. */
    public static Snapshot snapshot(Path checkout) throws IOException {
        try (Repository repository = open(checkout)) {
            Map<String, String> working = new TreeMap<>();
            try (var paths = Files.walk(checkout)) {
                for (Path path : (Iterable<Path>) paths::iterator) {
                    String relative = checkout.relativize(path).toString();
                    if (Files.isRegularFile(path) && !relative.startsWith(".git")) {
                        working.put(relative, Files.readString(path, java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                }
            }
            byte[] index = Files.exists(repository.getIndexFile().toPath())
                    ? Files.readAllBytes(repository.getIndexFile().toPath()) : new byte[0];
            return new Snapshot(repository.resolve(Constants.HEAD).name(), repository.getFullBranch(),
                    java.util.HexFormat.of().formatHex(index), working, repository.getRepositoryState().name());
        }
    }

    public record Snapshot(String head, String branch, String index, Map<String, String> workingFiles, String state) {
    }
}
