package org.papernotes.ui.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;
import org.papernotes.ui.ManualScheduler;
import org.papernotes.ui.search.TitleSearchService;

class PaperListViewModelTest {

    @TempDir
    Path folder;
    private Library library;
    private final ManualScheduler time = new ManualScheduler();
    private final List<Throwable> errors = new ArrayList<>();
    private int changes;
    private PaperListViewModel viewModel;

    @BeforeEach
    void openLibrary() {
        library = Library.open(folder.resolve("library.db"));
        viewModel = new PaperListViewModel(library, time.executors(), new TitleSearchService(library),
                () -> changes++, errors::add);
    }

    @AfterEach
    void close() {
        library.close();
        assertThat(errors).isEmpty();
    }

    private Paper paper(String title, String... tags) {
        return library.papers().insert(Paper.titled(title).withTags(List.of(tags)).withNote("note of " + title));
    }

    private List<String> titles() {
        return viewModel.entries().stream().map(e -> e.paper().title()).toList();
    }

    @Test
    void refreshShowsEveryPaperAndTheLibraryCount() {
        paper("A");
        paper("B");

        viewModel.refresh();

        assertThat(titles()).containsExactlyInAnyOrder("A", "B");
        assertThat(viewModel.libraryCountProperty().get()).isEqualTo(2);
        assertThat(viewModel.loadedOnceProperty().get()).isTrue();
    }

    @Test
    void filterShowsOnlyPapersWithAllTheTags() {
        paper("both", "ml", "privacy");
        paper("ml only", "ml");
        viewModel.refresh();

        viewModel.filterProperty().set(PaperFilter.tagged("ml", "privacy"));

        assertThat(titles()).containsExactly("both");
    }

    @Test
    void searchRunsAfterTypingPausesAndRanksTitleStartsFirst() {
        paper("Learning to forget");
        paper("Forgetting in large models");
        paper("Unrelated");
        viewModel.refresh();

        viewModel.queryProperty().set("forget");
        assertThat(titles()).hasSize(3);
        time.advance(PaperListViewModel.SEARCH_DELAY.toMillis());

        assertThat(titles()).containsExactly("Forgetting in large models", "Learning to forget");
        assertThat(viewModel.entries().get(0).snippet()).anySatisfy(part -> {
            assertThat(part.hit()).isTrue();
            assertThat(part.text()).isEqualTo("Forget");
        });
    }

    @Test
    void newPaperIsStoredAndSelected() {
        paper("Existing");
        viewModel.refresh();

        viewModel.newPaper("Untitled paper");

        assertThat(library.papers().count()).isEqualTo(2);
        long selected = viewModel.selectedIdProperty().get();
        assertThat(library.papers().get(selected).title()).isEqualTo("Untitled paper");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void duplicateCopiesTheNoteAndSelectsTheCopy() {
        Paper original = paper("Original", "ml");
        viewModel.refresh();
        viewModel.selectedIdProperty().set(original.id());

        viewModel.duplicateSelected(" (copy)");

        Paper copy = library.papers().get(viewModel.selectedIdProperty().get());
        assertThat(copy.title()).isEqualTo("Original (copy)");
        assertThat(copy.note()).isEqualTo("note of Original");
        assertThat(copy.tags()).containsExactly("ml");
    }

    @Test
    void duplicateCopiesEverySelectedPaperAndSelectsTheCopiesLedByTheLeadsCopy() {
        Paper first = paper("First", "a");
        paper("Second");
        Paper third = paper("Third", "c");
        viewModel.refresh();
        viewModel.select(List.of(first.id(), third.id()), third.id());
        int changesBefore = changes;

        viewModel.duplicateSelected(" (copy)");

        assertThat(titles()).containsExactly("Third (copy)", "First (copy)", "Third", "Second", "First");
        assertThat(library.papers().getAll(viewModel.selectedIds())).extracting(Paper::title)
                .containsExactlyInAnyOrder("First (copy)", "Third (copy)");
        Paper lead = library.papers().get(viewModel.selectedIdProperty().get());
        assertThat(lead.title()).isEqualTo("Third (copy)");
        assertThat(lead.note()).isEqualTo("note of Third");
        assertThat(lead.tags()).containsExactly("c");
        assertThat(changes).isEqualTo(changesBefore + 1);
    }

    @Test
    void duplicateOfSeveralPapersCopiesNoneWhenOneOfThemIsGone() {
        Paper first = paper("First");
        Paper second = paper("Second");
        viewModel.refresh();
        viewModel.select(List.of(first.id(), second.id()), first.id());
        library.papers().delete(first.id()); // another window or the command line deleted it meanwhile

        viewModel.duplicateSelected(" (copy)");

        assertThat(library.papers().count()).isEqualTo(1);
        assertThat(errors).singleElement().isInstanceOf(org.papernotes.store.PaperNotFoundException.class);
        errors.clear();
    }

    @Test
    void deleteSelectsTheNextRowAndUndoRestoresThePaperWithItsNote() {
        paper("Oldest");
        Paper middle = paper("Middle", "ml");
        paper("Newest");
        viewModel.refresh();
        viewModel.selectedIdProperty().set(middle.id());

        viewModel.deleteSelected();

        assertThat(titles()).doesNotContain("Middle");
        assertThat(library.papers().count()).isEqualTo(2);
        assertThat(viewModel.lastDeletedProperty().get()).extracting(Paper::title).containsExactly("Middle");
        assertThat(library.papers().get(viewModel.selectedIdProperty().get()).title()).isEqualTo("Oldest");

        viewModel.undoDelete();

        assertThat(titles()).contains("Middle");
        Paper restored = library.papers().get(viewModel.selectedIdProperty().get());
        assertThat(restored.title()).isEqualTo("Middle");
        assertThat(restored.note()).isEqualTo("note of Middle");
        assertThat(restored.tags()).containsExactly("ml");
        assertThat(viewModel.lastDeletedProperty().get()).isNull();
    }

    @Test
    void deletingSeveralSelectedPapersRemovesThemAllAndOneUndoBringsThemAllBack() {
        Paper first = paper("First", "a");
        paper("Second");
        Paper third = paper("Third");
        Paper fourth = paper("Fourth", "b");
        paper("Fifth");
        viewModel.refresh();
        viewModel.select(List.of(fourth.id(), third.id(), first.id()), third.id());
        int changesBefore = changes;

        viewModel.deleteSelected();

        assertThat(titles()).containsExactlyInAnyOrder("Second", "Fifth");
        assertThat(library.papers().count()).isEqualTo(2);
        assertThat(viewModel.libraryCountProperty().get()).isEqualTo(2);
        assertThat(viewModel.lastDeletedProperty().get()).extracting(Paper::title)
                .containsExactlyInAnyOrder("First", "Third", "Fourth");
        assertThat(viewModel.selectedIds()).containsExactly(viewModel.selectedIdProperty().get());
        assertThat(changes).isEqualTo(changesBefore + 1);

        viewModel.undoDelete();

        assertThat(titles()).containsExactlyInAnyOrder("First", "Second", "Third", "Fourth", "Fifth");
        assertThat(library.papers().count()).isEqualTo(5);
        assertThat(viewModel.lastDeletedProperty().get()).isNull();
        List<Paper> restored = library.papers().getAll(viewModel.selectedIds());
        assertThat(restored).extracting(Paper::title).containsExactlyInAnyOrder("First", "Third", "Fourth");
        assertThat(restored).filteredOn(p -> p.title().equals("Fourth")).singleElement()
                .satisfies(p -> assertThat(p.tags()).containsExactly("b"))
                .satisfies(p -> assertThat(p.note()).isEqualTo("note of Fourth"));
        assertThat(viewModel.selectedIds()).contains(viewModel.selectedIdProperty().get());
    }

    @Test
    void choosingOnePaperEndsASeveralPaperSelection() {
        Paper a = paper("A");
        Paper b = paper("B");
        Paper c = paper("C");
        viewModel.refresh();
        viewModel.select(List.of(a.id(), b.id()), b.id());
        assertThat(viewModel.selectedIds()).containsExactly(a.id(), b.id());

        viewModel.selectedIdProperty().set(c.id());

        assertThat(viewModel.selectedIds()).containsExactly(c.id());
    }

    @Test
    void aReloadKeepsTheSelectedPapersThatAreStillShown() {
        Paper alpha = paper("Alpha");
        Paper beta = paper("Beta");
        Paper gamma = paper("Gamma");
        viewModel.refresh();
        viewModel.select(List.of(alpha.id(), beta.id(), gamma.id()), beta.id());

        library.papers().delete(gamma.id());
        viewModel.refresh();
        assertThat(viewModel.selectedIds()).containsExactlyInAnyOrder(alpha.id(), beta.id());

        library.papers().delete(alpha.id());
        viewModel.refresh();

        assertThat(viewModel.selectedIds()).containsExactly(beta.id());
        assertThat(viewModel.selectedIdProperty().get()).isEqualTo(beta.id());
    }

    @Test
    void selectionSurvivesAReloadWhenThePaperIsStillShown() {
        Paper kept = paper("Kept");
        paper("Other");
        viewModel.refresh();
        viewModel.selectedIdProperty().set(kept.id());

        viewModel.refresh();

        assertThat(viewModel.selectedIdProperty().get()).isEqualTo(kept.id());
    }

    @Test
    void aSlowOlderResultDoesNotReplaceANewerOne() {
        paper("Alpha");
        paper("Beta");
        List<Runnable> queued = new ArrayList<>();
        var queuedExecutors = new org.papernotes.ui.common.UiExecutors(queued::add, Runnable::run, time, () -> { });
        PaperListViewModel slow = new PaperListViewModel(library, queuedExecutors, new TitleSearchService(library),
                () -> { }, errors::add);

        slow.queryProperty().set("Alpha");
        slow.refresh();
        slow.queryProperty().set("Beta");
        slow.refresh();
        queued.get(1).run();
        queued.get(0).run();

        assertThat(slow.entries()).extracting(e -> e.paper().title()).containsExactly("Beta");
    }

    @Test
    void theUndoOfferGoesAfterItsTimeButTheDeleteCanStillBeUndone() {
        paper("Gone");
        viewModel.refresh();
        viewModel.selectedIdProperty().set(viewModel.entries().get(0).id());
        viewModel.deleteSelected();
        assertThat(viewModel.undoOfferedProperty().get()).isTrue();

        time.advance(PaperListViewModel.UNDO_OFFER_TIME.toMillis());

        assertThat(viewModel.undoOfferedProperty().get()).isFalse();
        viewModel.undoDelete();
        assertThat(titles()).containsExactly("Gone");
    }

    @Test
    void aNewPaperTakesTheUndoOfferAway() {
        paper("Gone");
        viewModel.refresh();
        viewModel.selectedIdProperty().set(viewModel.entries().get(0).id());
        viewModel.deleteSelected();

        viewModel.newPaper("Next");

        assertThat(viewModel.undoOfferedProperty().get()).isFalse();
        assertThat(viewModel.lastDeletedProperty().get()).isNotNull();
    }
}
