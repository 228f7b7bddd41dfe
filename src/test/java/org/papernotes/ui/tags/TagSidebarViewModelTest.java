package org.papernotes.ui.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.ReadingStatus;
import org.papernotes.store.Library;
import org.papernotes.ui.ManualScheduler;

class TagSidebarViewModelTest {

    @TempDir
    Path folder;
    private Library library;
    private final List<Throwable> errors = new ArrayList<>();
    private int tagChanges;
    private TagSidebarViewModel viewModel;

    @BeforeEach
    void openLibrary() {
        library = Library.open(folder.resolve("library.db"));
        library.papers().insert(Paper.titled("A").withTags(List.of("ml", "privacy")).withStatus(ReadingStatus.READ));
        library.papers().insert(Paper.titled("B").withTags(List.of("ml")));
        library.papers().insert(Paper.titled("C"));
        viewModel = new TagSidebarViewModel(library, new ManualScheduler().executors(), () -> tagChanges++, errors::add);
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private SidebarItem item(String tag) {
        return viewModel.items().stream().filter(i -> tag.equals(i.name())).findFirst().orElseThrow();
    }

    @Test
    void listsAllUntaggedStatusesAndTagsWithCounts() {
        assertThat(viewModel.items()).contains(SidebarItem.all(3), SidebarItem.untagged(1),
                SidebarItem.status(ReadingStatus.TO_READ, 2), SidebarItem.status(ReadingStatus.READ, 1),
                SidebarItem.status(ReadingStatus.READING, 0), SidebarItem.tag("ml", 2), SidebarItem.tag("privacy", 1));
        assertThat(viewModel.tagNames()).containsExactly("ml", "privacy");
    }

    @Test
    void selectingTwoTagsNarrowsToPapersWithBoth() {
        viewModel.select(List.of(item("ml"), item("privacy")));

        assertThat(viewModel.getFilter()).isEqualTo(new PaperFilter(List.of("ml", "privacy"), false, Set.of()));
    }

    @Test
    void selectingAllPapersClearsTheFilter() {
        viewModel.select(List.of(item("ml")));
        viewModel.select(List.of(SidebarItem.all(3), item("ml")));

        assertThat(viewModel.getFilter()).isEqualTo(PaperFilter.ALL);
        assertThat(viewModel.selection()).isEmpty();
    }

    @Test
    void statusAndUntaggedBecomeFilterConditions() {
        viewModel.select(List.of(SidebarItem.status(ReadingStatus.TO_READ, 2), SidebarItem.untagged(1)));

        assertThat(viewModel.getFilter()).isEqualTo(new PaperFilter(List.of(), true, Set.of(ReadingStatus.TO_READ)));
    }

    @Test
    void renamingASelectedTagKeepsItSelectedUnderItsNewName() {
        viewModel.select(List.of(item("ml")));

        viewModel.rename("ml", "machine-learning");

        assertThat(viewModel.tagNames()).containsExactly("machine-learning", "privacy");
        assertThat(viewModel.getFilter().allTags()).containsExactly("machine-learning");
        assertThat(library.papers().list(PaperFilter.tagged("machine-learning"))).hasSize(2);
        assertThat(tagChanges).isEqualTo(1);
    }

    @Test
    void mergeMovesPapersToTheTarget() {
        viewModel.merge(List.of("privacy"), "ml");

        assertThat(viewModel.items()).contains(SidebarItem.tag("ml", 2));
        assertThat(viewModel.tagNames()).containsExactly("ml");
    }

    @Test
    void deleteRemovesTheTagButKeepsThePapers() {
        viewModel.select(List.of(item("privacy")));

        viewModel.delete("privacy");

        assertThat(viewModel.tagNames()).containsExactly("ml");
        assertThat(viewModel.getFilter()).isEqualTo(PaperFilter.ALL);
        assertThat(library.papers().count()).isEqualTo(3);
    }

    @Test
    void renamingToABlankNameIsReportedAndChangesNothing() {
        viewModel.rename("ml", " ");

        assertThat(errors).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("name"));
        assertThat(viewModel.tagNames()).containsExactly("ml", "privacy");
    }
}
