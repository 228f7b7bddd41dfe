package org.papernotes.ui.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.blog.BlogMessage;
import org.papernotes.model.BlogPost;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.ManualScheduler;
import org.papernotes.ui.detail.PaperViewModel;

class SlugViewModelTest {

    @TempDir
    Path temp;
    private Library library;
    private final ManualScheduler time = new ManualScheduler();
    private PaperViewModel paper;
    private SlugViewModel slug;

    @BeforeEach
    void setUp() {
        library = Library.open(temp.resolve("library.db"));
        paper = new PaperViewModel(library, time.executors(), saved -> { });
        slug = new SlugViewModel(library, time.executors(), paper);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Paper open(Paper stored) {
        Paper inserted = library.papers().insert(stored);
        paper.open(inserted.id());
        return inserted;
    }

    @Test
    void aPaperNeverExportedShowsTheSlugExportWouldGiveAsASuggestion() {
        open(Paper.titled("注意力 Is All You Need"));

        assertThat(slug.textProperty().get()).isEmpty();
        assertThat(slug.suggestionProperty().get()).isEqualTo("zhu-yi-li-is-all-you-need");
        assertThat(slug.publishedProperty().get()).isFalse();
    }

    @Test
    void aTypedSlugIsCleanedAndStored() {
        Paper stored = open(Paper.titled("Attention"));
        slug.textProperty().set("  My Own Slug! ");

        slug.commit();

        assertThat(library.papers().get(stored.id()).blog().slug()).isEqualTo("my-own-slug");
        assertThat(slug.textProperty().get()).isEqualTo("my-own-slug");
        assertThat(paper.getPaper().blog().slug()).isEqualTo("my-own-slug");
        assertThat(slug.problemProperty().get()).isNull();
    }

    @Test
    void aSlugWithoutLettersOrDigitsIsRefusedAndEscPutsTheOldOneBack() {
        Paper stored = open(Paper.titled("Attention"));
        slug.textProperty().set("!!! 。。");

        slug.commit();

        assertThat(slug.problemProperty().get()).isEqualTo(BlogMessage.of(BlogMessage.Code.SLUG_EMPTY));
        assertThat(library.papers().get(stored.id()).blog().slug()).isNull();
        slug.revert();
        assertThat(slug.textProperty().get()).isEmpty();
        assertThat(slug.problemProperty().get()).isNull();
    }

    @Test
    void anotherPapersSlugIsRefusedAndNamed() {
        Paper other = library.papers().insert(Paper.titled("Other"));
        library.papers().setBlogPost(other.id(), BlogPost.NONE.withSlug("taken-slug"));
        Paper stored = open(Paper.titled("Attention"));
        slug.textProperty().set("Taken Slug");

        slug.commit();

        assertThat(slug.problemProperty().get()).isEqualTo(BlogMessage.of(BlogMessage.Code.SLUG_TAKEN, "taken-slug"));
        assertThat(library.papers().get(stored.id()).blog().slug()).isNull();
    }

    @Test
    void aSlugTheLibraryRefusesToStoreSaysSoWithTheLibrarysReason() throws Exception {
        Paper stored = open(Paper.titled("Attention"));
        // Another program makes the library refuse writes to blog posts, as a full disk would.
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("library.db"));
             var statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER fail_blog BEFORE INSERT ON blog_posts "
                    + "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END");
        }
        slug.textProperty().set("attention");

        slug.commit();

        BlogMessage problem = slug.problemProperty().get();
        assertThat(problem.code()).isEqualTo(BlogMessage.Code.SLUG_NOT_STORED);
        assertThat(problem.args()).singleElement().asString().contains("the disk is full");
        assertThat(library.papers().get(stored.id()).blog().slug()).isNull();
        assertThat(slug.textProperty().get()).as("the typed slug stays to try again").isEqualTo("attention");
    }

    @Test
    void aPublishedPostShowsItsSlugAndSaysSo() {
        Paper stored = library.papers().insert(Paper.titled("Attention"));
        library.papers().setBlogPost(stored.id(), new BlogPost("attention", LocalDate.of(2024, 3, 1), null, "", null,
                "_posts/2024-03-01-attention.md", "abc"));
        paper.open(stored.id());

        assertThat(slug.textProperty().get()).isEqualTo("attention");
        assertThat(slug.publishedProperty().get()).isTrue();
    }

    @Test
    void editingOtherFieldsAfterwardsKeepsTheStoredSlug() {
        Paper stored = open(Paper.titled("Attention"));
        slug.textProperty().set("kept");
        slug.commit();
        // The blog side changes behind the view model's back too (an export).
        library.papers().setBlogPost(stored.id(), library.papers().get(stored.id()).blog().withExport("_posts/x.md", "h"));

        paper.titleProperty().set("Attention, renamed");
        time.advance(PaperViewModel.MAX_DELAY.toMillis());

        Paper saved = library.papers().get(stored.id());
        assertThat(saved.title()).isEqualTo("Attention, renamed");
        assertThat(saved.blog().slug()).isEqualTo("kept");
        assertThat(saved.blog().lastExportPath()).isEqualTo("_posts/x.md");
    }
}
