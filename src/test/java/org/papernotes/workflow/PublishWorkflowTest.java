package org.papernotes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.git.BlogRemotes;
import org.papernotes.git.GitAccess;
import org.papernotes.git.GitException;
import org.papernotes.git.GitMessage;
import org.papernotes.git.IsolatedGitConfig;
import org.papernotes.git.PublishProgress;
import org.papernotes.git.SecretPrompt;
import org.papernotes.model.Paper;
import org.papernotes.store.TempLibrary;

/** Publish as the window and the command line run it: today's exporter, then the blog's git repository. */
@ExtendWith(IsolatedGitConfig.class)
class PublishWorkflowTest {

    @RegisterExtension
    final TempLibrary temp = new TempLibrary();

    @TempDir
    Path folder;

    BlogRemotes remotes;
    GitAccess access;

    @BeforeEach
    void setUp() throws Exception {
        remotes = BlogRemotes.create(folder);
        access = GitAccess.with(folder.resolve("home"), folder.resolve("home/.ssh"), Optional.empty(), SecretPrompt.NONE);
    }

    @AfterEach
    void tearDown() {
        access.close();
    }

    long paper(String title) {
        return temp.library().papers().insert(Paper.titled(title).withNote("Note on $x$.").withTags(List.of("llm"))).id();
    }

    PostsExportStep export(long... ids) {
        List<Long> list = new ArrayList<>();
        for (long id : ids) {
            list.add(id);
        }
        return new PostsExportStep(temp.library(), list, remotes.blog, false, PostsExportStep.OWN_POSTS,
                BlogProgress.NONE);
    }

    @Test
    void publishPushesThePostsTheExportWroteAndNothingElse() throws Exception {
        long id = paper("Retentive Networks");
        Map<String, String> before = remotes.remoteFiles();
        BlogRemotes.write(remotes.blog, "_drafts/mine.md", "not for publishing\n");

        Publish.Outcome outcome = new Publish(access).run(remotes.blog, export(id), Optional.empty(), true,
                PublishProgress.NONE);

        String post = outcome.exported().paths().get(0);
        assertThat(post).startsWith("_posts/").endsWith("-retentive-networks.md");
        Map<String, String> after = remotes.remoteFiles();
        assertThat(after.keySet()).containsAll(before.keySet()).contains(post).doesNotContain("_drafts/mine.md");
        assertThat(after.size()).isEqualTo(before.size() + 1);
        assertThat(after.get(post)).isEqualTo(Files.readString(remotes.blog.resolve(post)));
        assertThat(remotes.remoteHead().getShortMessage()).isEqualTo("Publish \u201cRetentive Networks\u201d");
        assertThat(outcome.result().otherChanges()).extracting(c -> c.path()).containsExactly("_drafts/mine.md");
    }

    @Test
    void publishPushesThePostsImagesWithIt() throws Exception {
        long id = temp.library().papers().insert(Paper.titled("Retentive Networks")
                .withNote("![Architecture](attachment:arch.png)")).id();
        TestImages.attach(temp.library(), id, "arch.png", TestImages.png(5, 5, 0x336699));

        Publish.Outcome outcome = new Publish(access).run(remotes.blog, export(id), Optional.empty(), true,
                PublishProgress.NONE);

        assertThat(outcome.exported().paths()).contains("images/retentive-networks/arch.png");
        assertThat(remotes.remoteFiles()).containsKey("images/retentive-networks/arch.png");
    }

    @Test
    void theOutcomeGivesThePostsAddressOnTheSite() throws Exception {
        long id = paper("Retentive Networks");

        Publish.Outcome outcome = new Publish(access).run(remotes.blog, export(id), Optional.of("My message"), true,
                PublishProgress.NONE);

        assertThat(outcome.address()).get().asString().startsWith("https://ada.github.io/posts/")
                .endsWith("/retentive-networks/");
        assertThat(remotes.remoteHead().getShortMessage()).isEqualTo("My message");
    }

    @Test
    void aRenamedPostIsPublishedWithItsOldFileRemoved() throws Exception {
        long id = paper("Retentive Networks");
        Publish publish = new Publish(access);
        String first = publish.run(remotes.blog, export(id), Optional.empty(), true, PublishProgress.NONE)
                .exported().paths().get(0);
        new ExportPosts(temp.library()).setSlug(id, "retnet");

        Publish.Outcome again = publish.run(remotes.blog, export(id), Optional.empty(), true, PublishProgress.NONE);

        assertThat(again.exported().paths()).contains(first).hasSize(2);
        assertThat(remotes.remoteFiles()).doesNotContainKey(first)
                .containsKey(again.exported().paths().stream().filter(p -> !p.equals(first)).findFirst().get());
    }

    @Test
    void aPostWrittenByAPublishWhosePushFailedIsCommittedByTheNextPublish() throws Exception {
        long id = paper("Retentive Networks");
        BlogRemotes.setConfig(remotes.blog, "remote", "origin", "url", folder.resolve("gone.git").toUri().toString());
        PostsExportStep first = export(id);
        assertThatThrownBy(() -> new Publish(access).run(remotes.blog, first, Optional.empty(), true, PublishProgress.NONE))
                .isInstanceOf(GitException.class);
        String post = first.report().writtenFiles().get(0);
        BlogRemotes.setConfig(remotes.blog, "remote", "origin", "url", remotes.bare.toUri().toString());

        Publish.Outcome again = new Publish(access).run(remotes.blog, export(id), Optional.empty(), true,
                PublishProgress.NONE);

        assertThat(again.result().committedPaths()).containsExactly(post);
        assertThat(remotes.remoteFiles()).containsKey(post);
        assertThat(remotes.remoteHead().getShortMessage()).isEqualTo("Publish \u201cRetentive Networks\u201d");
    }

    @Test
    void anUnchangedPostAlreadyOnTheBlogIsNotCommittedAgain() throws Exception {
        long id = paper("Retentive Networks");
        Publish publish = new Publish(access);
        publish.run(remotes.blog, export(id), Optional.empty(), true, PublishProgress.NONE);
        String head = remotes.remoteHead().name();

        Publish.Outcome again = publish.run(remotes.blog, export(id), Optional.empty(), true, PublishProgress.NONE);

        assertThat(again.result().nothingToPublish()).isTrue();
        assertThat(remotes.remoteHead().name()).isEqualTo(head);
    }

    @Test
    void aFolderWithoutGitIsRefusedBeforeTheExportWritesAnything() throws Exception {
        long id = paper("Retentive Networks");
        Path plain = Files.createDirectories(folder.resolve("plain"));
        PostsExportStep step = new PostsExportStep(temp.library(), List.of(id), plain, false, PostsExportStep.OWN_POSTS, BlogProgress.NONE);

        assertThatThrownBy(() -> new Publish(access).run(plain, step, Optional.empty(), true, PublishProgress.NONE))
                .isInstanceOfSatisfying(GitException.class,
                        e -> assertThat(e.reason().code()).isEqualTo(GitMessage.Code.NOT_A_REPOSITORY));
        assertThat(step.report()).isNull();
        assertThat(plain.resolve("_posts")).doesNotExist();
    }

    @Test
    void checkReadsTheStateWithoutTheNetwork() throws Exception {
        long id = paper("Retentive Networks");
        new Publish(access).run(remotes.blog, export(id), Optional.empty(), true, PublishProgress.NONE);

        Publish.Readiness readiness = new Publish(access).check(remotes.blog);

        assertThat(readiness.config().branch()).isEqualTo("main");
        assertThat(readiness.config().userName()).isEqualTo("Ada Lovelace");
        assertThat(readiness.status().lastPublish()).get().extracting(c -> c.id()).isEqualTo(remotes.remoteHead().name());
        assertThat(readiness.lastPublishAddress()).get().asString().endsWith("/retentive-networks/");
    }
}
