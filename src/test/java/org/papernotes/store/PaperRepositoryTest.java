package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.papernotes.model.BlogPost;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperSummary;
import org.papernotes.model.ReadingStatus;

class PaperRepositoryTest {

    @RegisterExtension
    final TempLibrary temp = new TempLibrary();

    private Library library;

    @BeforeEach
    void open() {
        library = temp.library();
    }

    private static Paper fullPaper() {
        return Paper.titled("Direct Preference Optimization")
                .withAuthors(List.of("Rafael Rafailov", "Archit Sharma", "Eric Mitchell"))
                .withVenue("NeurIPS").withYear(2023)
                .withLinks("10.48550/arXiv.2305.18290", "2305.18290", "https://arxiv.org/abs/2305.18290")
                .withPdfPath("/papers/dpo.pdf").withCitationKey("rafailov2023dpo")
                .withStatus(ReadingStatus.READING).withRating(4)
                .withNote("# DPO\n\n偏好优化 $\\pi_\\theta(y\\vert x)$\n")
                .withTags(List.of("rlhf", "alignment"))
                .withBlog(new BlogPost("dpo", LocalDate.of(2024, 1, 18), "/posts/2024/01/dpo/", "author: me\n",
                        "title: DPO\n", "_posts/2024-01-18-dpo.md", "abc123"));
    }

    @Test
    void insertedPaperReadsBackWithEveryField() {
        Paper stored = library.papers().insert(fullPaper());
        Paper read = library.papers().get(stored.id());
        assertThat(read).isEqualTo(stored);
        assertThat(read.authors()).containsExactly("Rafael Rafailov", "Archit Sharma", "Eric Mitchell");
        assertThat(read.tags()).containsExactly("rlhf", "alignment");
        assertThat(read.blog().postDate()).isEqualTo(LocalDate.of(2024, 1, 18));
        assertThat(read.createdAt()).isNotNull();
    }

    @Test
    void updateReplacesFieldsAndKeepsCreationTime() {
        Paper stored = library.papers().insert(fullPaper());
        Paper changed = library.papers().update(stored.withTitle("DPO, revisited").withAuthors(List.of("A. Author"))
                .withTags(List.of("dpo")).withStatus(ReadingStatus.READ).withYear(null));
        Paper read = library.papers().get(stored.id());
        assertThat(read).isEqualTo(changed);
        assertThat(read.createdAt()).isEqualTo(stored.createdAt());
        assertThat(read.year()).isNull();
        assertThat(read.tags()).containsExactly("dpo");
        assertThat(library.tags().counts()).extracting(t -> t.name()).containsExactly("dpo");
    }

    @Test
    void updateLeavesTheBlogPostAsStored() {
        Paper stored = library.papers().insert(fullPaper());
        Paper updated = library.papers().update(stored.withTitle("DPO").withBlog(BlogPost.NONE));
        assertThat(library.papers().get(stored.id()).blog()).isEqualTo(stored.blog());
        assertThat(updated.blog()).isEqualTo(stored.blog());
    }

    @Test
    void saveNoteStoresTheTextExactly() {
        long id = library.papers().insert(Paper.titled("Note")).id();
        String note = "中文 and English\r\n\ttab\n\n$$\\sum_{i=1}^n$$\n" + "长".repeat(100_000);
        library.papers().saveNote(id, note);
        assertThat(library.papers().get(id).note()).isEqualTo(note);
    }

    @Test
    void fiveMegabyteNoteIsStored() {
        long id = library.papers().insert(Paper.titled("Huge")).id();
        String note = "x".repeat(5 * 1024 * 1024);
        library.papers().saveNote(id, note);
        assertThat(library.papers().get(id).note()).hasSize(note.length());
    }

    @Test
    void emptyTitleIsRefused() {
        assertThatThrownBy(() -> library.papers().insert(Paper.titled("   ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThat(library.papers().count()).isZero();
    }

    @Test
    void unknownIdIsReportedClearly() {
        assertThatThrownBy(() -> library.papers().get(42)).isInstanceOf(PaperNotFoundException.class)
                .hasMessage("No paper with id 42 in this library.");
        assertThatThrownBy(() -> library.papers().saveNote(42, "x")).isInstanceOf(PaperNotFoundException.class);
        assertThatThrownBy(() -> library.papers().delete(42)).isInstanceOf(PaperNotFoundException.class);
    }

    @Test
    void deleteCascadesToNoteAuthorsTagsAndBlogPost() {
        long id = library.papers().insert(fullPaper()).id();
        library.papers().delete(id);
        for (String table : List.of("notes", "authors", "paper_tags", "blog_posts", "tags")) {
            int rows = library.read(connection -> {
                try (var statement = connection.createStatement(); var result = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    result.next();
                    return result.getInt(1);
                }
            });
            assertThat(rows).as(table).isZero();
        }
    }

    @Test
    void listFiltersByAllTagsUntaggedAndStatus() {
        long both = library.papers().insert(Paper.titled("Both").withTags(List.of("a", "b"))).id();
        long onlyA = library.papers().insert(Paper.titled("Only A").withTags(List.of("a")).withStatus(ReadingStatus.READ)).id();
        long none = library.papers().insert(Paper.titled("None")).id();
        assertThat(ids(PaperFilter.tagged("a"))).containsExactlyInAnyOrder(both, onlyA);
        assertThat(ids(PaperFilter.tagged("a", "b"))).containsExactly(both);
        assertThat(ids(PaperFilter.tagged("A"))).as("tags compare case-insensitively").containsExactlyInAnyOrder(both, onlyA);
        assertThat(ids(new PaperFilter(List.of(), true, Set.of()))).containsExactly(none);
        assertThat(ids(new PaperFilter(List.of("a"), false, Set.of(ReadingStatus.READ)))).containsExactly(onlyA);
        assertThat(ids(PaperFilter.ALL)).hasSize(3);
    }

    @Test
    void listShowsMostRecentlyUpdatedFirstWithAuthorsAndTags() throws Exception {
        long first = library.papers().insert(Paper.titled("First").withAuthors(List.of("X"))).id();
        long second = library.papers().insert(Paper.titled("Second")).id();
        Thread.sleep(5); // update times have millisecond resolution
        library.papers().saveNote(first, "edited");
        List<PaperSummary> rows = library.papers().list(PaperFilter.ALL);
        assertThat(rows).extracting(PaperSummary::id).containsExactly(first, second);
        assertThat(rows.get(0).authors()).containsExactly("X");
    }

    @Test
    void duplicateCopiesNoteAndTagsButNotTheBlogPost() {
        Paper original = library.papers().insert(fullPaper());
        Paper copy = library.papers().duplicate(original.id(), " (copy)");
        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.title()).isEqualTo(original.title() + " (copy)");
        assertThat(copy.note()).isEqualTo(original.note());
        assertThat(copy.tags()).isEqualTo(original.tags());
        assertThat(library.papers().get(copy.id()).blog()).isEqualTo(BlogPost.NONE);
    }

    @Test
    void tagsAreTrimmedAndKeptOnceInTheirOrder() {
        long id = library.papers().insert(Paper.titled("T").withTags(List.of(" 隐私 ", "LLM", "llm", "", "privacy"))).id();
        assertThat(library.papers().get(id).tags()).containsExactly("隐私", "LLM", "privacy");
    }

    private List<Long> ids(PaperFilter filter) {
        return library.papers().list(filter).stream().map(PaperSummary::id).toList();
    }
}
