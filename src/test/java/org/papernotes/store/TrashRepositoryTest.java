package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.papernotes.model.BlogPost;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.TrashedPaper;

class TrashRepositoryTest {

    @RegisterExtension
    final TempLibrary temp = new TempLibrary();

    private Paper stored() {
        Library library = temp.library();
        Paper paper = library.papers().insert(Paper.titled("遗忘 paper").withNote("note 遗忘").withAuthors(List.of("Ada"))
                .withTags(List.of("privacy", "llm")).withBlog(new BlogPost("slug", LocalDate.of(2024, 5, 1), null, "k: v\n",
                        null, "_posts/2024-05-01-slug.md", "abc")));
        library.papers().saveNote(paper.id(), "note 遗忘 edited");
        return library.papers().get(paper.id());
    }

    @Test
    void trashedPaperLeavesTheListTagsAndSearch() {
        Library library = temp.library();
        Paper paper = stored();
        library.trash().moveToTrash(List.of(paper.id()));

        assertThat(library.papers().list(PaperFilter.ALL)).isEmpty();
        assertThat(library.tags().counts()).isEmpty();
        assertThat(library.searchIndex().search("遗忘", PaperFilter.ALL, 10)).isEmpty();
        assertThat(library.trash().list()).extracting(TrashedPaper::title).containsExactly("遗忘 paper");
    }

    @Test
    void restoredPaperComesBackWithEverythingUnderItsId() {
        Library library = temp.library();
        Paper paper = stored();
        int versions = library.versions().list(paper.id()).size();
        TrashedPaper trashed = library.trash().moveToTrash(List.of(paper.id())).get(0);

        List<Long> restored = temp.reopen().trash().restore(List.of(trashed.trashId()));

        library = temp.library();
        assertThat(restored).containsExactly(paper.id());
        assertThat(library.papers().get(paper.id())).isEqualTo(paper);
        assertThat(library.versions().list(paper.id())).hasSize(versions).isNotEmpty();
        assertThat(library.searchIndex().search("遗忘", PaperFilter.ALL, 10)).hasSize(1);
        assertThat(library.trash().list()).isEmpty();
    }

    @Test
    void restoredPaperTakesANewIdWhenItsOldOneWasReused() {
        Library library = temp.library();
        Paper paper = stored();
        TrashedPaper trashed = library.trash().moveToTrash(List.of(paper.id())).get(0);
        Paper newcomer = library.papers().insert(Paper.titled("newcomer"));
        assertThat(newcomer.id()).isEqualTo(paper.id());

        long id = library.trash().restore(List.of(trashed.trashId())).get(0);

        assertThat(id).isNotEqualTo(paper.id());
        assertThat(library.papers().get(id).note()).isEqualTo(paper.note());
        assertThat(library.versions().list(newcomer.id())).isEmpty();
        assertThat(library.versions().list(id)).isNotEmpty();
    }

    @Test
    void emptyingTheTrashRemovesPapersAndTheirHistoryForGood() {
        Library library = temp.library();
        Paper paper = stored();
        library.trash().moveToTrash(List.of(paper.id()));

        assertThat(library.trash().empty()).isEqualTo(1);

        assertThat(library.trash().count()).isZero();
        int versionRows = library.read(connection -> {
            try (var rows = connection.createStatement().executeQuery("SELECT count(*) FROM paper_versions")) {
                return rows.getInt(1);
            }
        });
        assertThat(versionRows).isZero();
    }
}
