package org.papernotes.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.ManualScheduler;

/** The header's citation key (validated as state, pinned), abstract and entry type. */
class PaperBibliographyFieldsTest {

    @TempDir
    Path folder;
    private Library library;
    private final ManualScheduler time = new ManualScheduler();
    private final List<PaperViewModel.Saved> saves = new ArrayList<>();
    private PaperViewModel viewModel;
    private Paper open;
    private Paper other;

    @BeforeEach
    void openLibrary() {
        library = Library.open(folder.resolve("library.db"));
        open = library.papers().insert(Paper.titled("Attention Is All You Need").withAuthors(List.of("Ashish Vaswani"))
                .withYear(2017));
        other = library.papers().insert(Paper.titled("BERT").withCitationKey("devlin2019"));
        viewModel = new PaperViewModel(library, time.executors(), saves::add);
        viewModel.open(open.id());
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Paper stored() {
        return library.papers().get(open.id());
    }

    @Test
    void aTypedKeyIsStoredOnceItIsChecked() {
        viewModel.citationKeyProperty().set("vaswani2017");
        time.advance(PaperViewModel.PAUSE.toMillis());

        assertThat(viewModel.keyProblemProperty().get()).isEqualTo(PaperViewModel.KeyProblem.NONE);
        assertThat(stored().citationKey()).isEqualTo("vaswani2017");
    }

    @Test
    void anInvalidKeyIsSaidAtTheFieldAndTheOtherFieldsAreStillStored() {
        viewModel.titleProperty().set("Attention");
        viewModel.citationKeyProperty().set("vaswani 2017");
        time.advance(PaperViewModel.PAUSE.toMillis());

        assertThat(viewModel.keyProblemProperty().get().kind()).isEqualTo(PaperViewModel.KeyProblem.Kind.INVALID);
        assertThat(stored().title()).isEqualTo("Attention");
        assertThat(stored().citationKey()).isNull();
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void aKeyAnotherPaperHasIsSaidToBeItsAndIsNotStored() {
        viewModel.citationKeyProperty().set("Devlin2019");
        time.advance(PaperViewModel.PAUSE.toMillis());

        PaperViewModel.KeyProblem problem = viewModel.keyProblemProperty().get();
        assertThat(problem.kind()).isEqualTo(PaperViewModel.KeyProblem.Kind.TAKEN);
        assertThat(problem.ownerId()).isEqualTo(other.id());
        assertThat(problem.ownerTitle()).isEqualTo("BERT");
        assertThat(stored().citationKey()).isNull();
    }

    @Test
    void fixingATakenKeyStoresIt() {
        viewModel.citationKeyProperty().set("devlin2019");
        viewModel.citationKeyProperty().set("vaswani2017");
        time.advance(PaperViewModel.PAUSE.toMillis());

        assertThat(viewModel.keyProblemProperty().get().isProblem()).isFalse();
        assertThat(stored().citationKey()).isEqualTo("vaswani2017");
    }

    @Test
    void aKeyTakenByAnotherPaperMeanwhileIsRefusedAtTheFieldAndTheRestIsStored() {
        viewModel.citationKeyProperty().set("vaswani2017");
        viewModel.titleProperty().set("Attention!");
        library.papers().setCitationKeys(Map.of(other.id(), "Vaswani2017")); // another window, after the check

        time.advance(PaperViewModel.PAUSE.toMillis());

        assertThat(viewModel.keyProblemProperty().get().kind()).isEqualTo(PaperViewModel.KeyProblem.Kind.TAKEN);
        assertThat(viewModel.keyProblemProperty().get().ownerId()).isEqualTo(other.id());
        assertThat(stored().title()).isEqualTo("Attention!");
        assertThat(stored().citationKey()).isNull();
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void generateMakesAKeyFromTheFieldsAsTyped() {
        viewModel.yearProperty().set("2018");

        viewModel.generateKey();
        time.advance(PaperViewModel.PAUSE.toMillis());

        assertThat(viewModel.citationKeyProperty().get()).isEqualTo("vaswani2018AttentionIsAll");
        assertThat(stored().citationKey()).isEqualTo("vaswani2018AttentionIsAll");
    }

    @Test
    void aKeyIsNeverChangedByEditingTheFieldsItWasMadeFrom() {
        viewModel.generateKey();
        time.advance(PaperViewModel.PAUSE.toMillis());

        viewModel.titleProperty().set("Something else");
        viewModel.yearProperty().set("2030");
        time.advance(PaperViewModel.PAUSE.toMillis());

        assertThat(stored().citationKey()).isEqualTo("vaswani2017AttentionIsAll");
    }

    @Test
    void aKeyABibtexExportGaveThePaperIsKeptByALaterSave() {
        library.papers().setCitationKeys(Map.of(open.id(), "vaswani2017")); // papernotes bibtex, meanwhile

        viewModel.titleProperty().set("Attention, again");
        time.advance(PaperViewModel.PAUSE.toMillis());

        assertThat(stored().citationKey()).isEqualTo("vaswani2017");
        assertThat(stored().title()).isEqualTo("Attention, again");
        assertThat(viewModel.citationKeyProperty().get()).isEqualTo("vaswani2017");
    }

    @Test
    void aKeyMadeElsewhereShowsWhenTheLibraryChanged() {
        library.papers().setCitationKeys(Map.of(open.id(), "vaswani2017"));

        viewModel.externalChange();

        assertThat(viewModel.citationKeyProperty().get()).isEqualTo("vaswani2017");
    }

    @Test
    void clearingTheKeyRemovesIt() {
        library.papers().setCitationKeys(Map.of(open.id(), "vaswani2017"));
        viewModel.externalChange();

        viewModel.citationKeyProperty().set("  ");
        time.advance(PaperViewModel.PAUSE.toMillis());

        assertThat(stored().citationKey()).isNull();
    }

    @Test
    void theAbstractAndTheEntryTypeAreStored() {
        viewModel.abstractTextProperty().set("  We propose the Transformer.\nIt is fast.  ");
        viewModel.entryTypeProperty().set("InProceedings");
        time.advance(PaperViewModel.PAUSE.toMillis());

        assertThat(stored().abstractText()).isEqualTo("We propose the Transformer.\nIt is fast.");
        assertThat(stored().entryType()).isEqualTo("inproceedings");
    }

    @Test
    void openingAPaperShowsItsKeyAbstractAndType() {
        viewModel.open(other.id());
        library.papers().update(library.papers().get(other.id()).withAbstract("Deep bidirectional.").withEntryType("article"));
        viewModel.open(open.id());
        viewModel.open(other.id());

        assertThat(viewModel.citationKeyProperty().get()).isEqualTo("devlin2019");
        assertThat(viewModel.abstractTextProperty().get()).isEqualTo("Deep bidirectional.");
        assertThat(viewModel.entryTypeProperty().get()).isEqualTo("article");
        assertThat(viewModel.keyProblemProperty().get()).isEqualTo(PaperViewModel.KeyProblem.NONE);
    }
}
