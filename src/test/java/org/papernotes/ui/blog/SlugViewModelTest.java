package org.papernotes.ui.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        assertThat(slug.problemProperty().get()).isEqualTo(SlugViewModel.Problem.NONE);
    }

    @Test
    void aSlugWithoutLettersOrDigitsIsRefusedAndEscPutsTheOldOneBack() {
        Paper stored = open(Paper.titled("Attention"));
        slug.textProperty().set("!!! 。。");

        slug.commit();

        assertThat(slug.problemProperty().get()).isEqualTo(SlugViewModel.Problem.EMPTY);
        assertThat(library.papers().get(stored.id()).blog().slug()).isNull();
        slug.revert();
        assertThat(slug.textProperty().get()).isEmpty();
        assertThat(slug.problemProperty().get()).isEqualTo(SlugViewModel.Problem.NONE);
    }

    @Test
    void anotherPapersSlugIsRefusedAndNamed() {
        Paper other = library.papers().insert(Paper.titled("Other"));
        library.papers().setBlogPost(other.id(), BlogPost.NONE.withSlug("taken-slug"));
        Paper stored = open(Paper.titled("Attention"));
        slug.textProperty().set("Taken Slug");

        slug.commit();

        assertThat(slug.problemProperty().get()).isEqualTo(SlugViewModel.Problem.TAKEN);
        assertThat(slug.problemDetailProperty().get()).isEqualTo("taken-slug");
        assertThat(library.papers().get(stored.id()).blog().slug()).isNull();
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
