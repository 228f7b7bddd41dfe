package org.papernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.git.BlogRemotes;
import org.papernotes.git.IsolatedGitConfig;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;

@ExtendWith(IsolatedGitConfig.class)
class PublishCommandTest {

    @TempDir
    Path temp;

    BlogRemotes remotes;

    @BeforeEach
    void setUp() throws Exception {
        remotes = BlogRemotes.create(temp);
    }

    @Test
    void publishCommitsAndPushesTheExportedPosts() throws Exception {
        long id = addPaper("RetNet", "llm");

        CliRunner.Result result = CliRunner.run("publish", "--library", library().toString(), "--to",
                remotes.blog.toString(), "--tag", "llm");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("written").contains(Long.toString(id)).contains("Committed ")
                .contains("Pushed.").contains("On the site (once built): https://ada.github.io/posts/");
        assertThat(remotes.remoteFiles().keySet()).anyMatch(path -> path.endsWith("-retnet.md"));
    }

    @Test
    void noPushCommitsLocallyOnly() throws Exception {
        addPaper("RetNet", "llm");
        var before = remotes.remoteHead();

        CliRunner.Result result = CliRunner.run("publish", "--library", library().toString(), "--to",
                remotes.blog.toString(), "--all", "--no-push", "-m", "Draft publish");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Draft publish").contains("Not pushed (--no-push).");
        assertThat(remotes.remoteHead()).isEqualTo(before);
    }

    @Test
    void theUsersOtherChangesAreListed() throws Exception {
        addPaper("RetNet", "llm");
        BlogRemotes.write(remotes.blog, "_config.yml", "title: mine\n");

        CliRunner.Result result = CliRunner.run("publish", "--library", library().toString(), "--to",
                remotes.blog.toString(), "--all");

        assertThat(result.out()).contains("Other changes in the checkout, not committed:")
                .containsPattern("modified +_config.yml");
    }

    @Test
    void aFolderWithoutGitGivesOneLineAndPointsToExport() throws Exception {
        addPaper("RetNet", "llm");
        Path plain = Files.createDirectories(temp.resolve("plain"));

        CliRunner.Result result = CliRunner.run("publish", "--library", library().toString(), "--to", plain.toString(),
                "--all");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("papernotes: ").contains("is not a git repository")
                .contains("papernotes export").doesNotContain("\n");
        assertThat(plain.resolve("_posts")).doesNotExist();
    }

    @Test
    void aPostEditedOutsideIsLeftOutWithWhyAndHowToOverwriteIt() throws Exception {
        long id = addPaper("RetNet", "llm");
        CliRunner.run("publish", "--library", library().toString(), "--to", remotes.blog.toString(), "--all");
        Path post;
        try (var posts = Files.list(remotes.blog.resolve("_posts"))) {
            post = posts.filter(p -> p.toString().endsWith("-retnet.md")).findFirst().orElseThrow();
        }
        Files.writeString(post, Files.readString(post) + "Edited on GitHub.\n");
        try (Library library = Library.open(library())) {
            library.papers().saveNote(id, "A changed note.");
        }

        CliRunner.Result result = CliRunner.run("publish", "--library", library().toString(), "--all");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("skipped +" + id).contains("changed outside PaperNotes")
                .contains("--force overwrites them").contains("Nothing was published.")
                .doesNotContain("the blog already has these posts");
    }

    private Path library() {
        return temp.resolve("library.db");
    }

    private long addPaper(String title, String tag) {
        try (Library library = Library.open(library())) {
            return library.papers().insert(Paper.titled(title).withNote("Note on $x$.").withTags(List.of(tag))).id();
        }
    }
}
