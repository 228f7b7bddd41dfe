package org.papernotes.ui.bibliography;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.ManualScheduler;

/** "Export BibTeX…" as state: which papers, which encoding, where, and what it says when it cannot write. */
class ExportBibtexViewModelTest {

    @TempDir
    Path folder;

    private Library library;
    private Paper vaswani;
    private Paper devlin;
    private final List<Integer> keysMade = new ArrayList<>();

    @BeforeEach
    void open() {
        library = Library.open(folder.resolve("library.db"));
        vaswani = library.papers().insert(Paper.titled("Attention Is All You Need")
                .withAuthors(List.of("Ashish Vaswani")).withYear(2017).withCitationKey("vaswani2017"));
        devlin = library.papers().insert(Paper.titled("BERT").withAuthors(List.of("Jacob Devlin")).withYear(2019));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private ExportBibtexViewModel export(List<Long> selected) {
        return new ExportBibtexViewModel(library, new ManualScheduler().executors(), selected, List.of(), keysMade::add);
    }

    @Test
    void theSelectionIsWrittenUnderItsKeys() throws Exception {
        ExportBibtexViewModel export = export(List.of(vaswani.id()));
        Path bib = folder.resolve("refs.bib");
        export.fileProperty().set(bib);

        export.export();

        assertThat(export.scopeProperty().get()).isEqualTo(ExportBibtexViewModel.Scope.SELECTION);
        assertThat(export.writtenProperty().get().papers()).isEqualTo(1);
        String text = Files.readString(bib, StandardCharsets.UTF_8);
        assertThat(text).contains("{vaswani2017,").doesNotContain("BERT");
    }

    @Test
    void withoutASelectionTheLibraryIsWrittenAndMissingKeysAreMadeAndStored() {
        ExportBibtexViewModel export = export(List.of());
        export.fileProperty().set(folder.resolve("all.bib"));

        export.export();

        assertThat(export.writtenProperty().get().papers()).isEqualTo(2);
        assertThat(keysMade).containsExactly(1);
        assertThat(library.papers().get(devlin.id()).citationKey()).isNotBlank();
    }

    @Test
    void aFolderThatDoesNotExistIsSaidAndNothingIsWritten() {
        ExportBibtexViewModel export = export(List.of());
        Path bib = folder.resolve("missing").resolve("refs.bib");
        export.fileProperty().set(bib);

        export.export();

        assertThat(export.errorProperty().get().kind()).isEqualTo(ExportBibtexViewModel.Failure.Kind.NO_FOLDER);
        assertThat(export.runningProperty().get()).isFalse();
        assertThat(bib).doesNotExist();
    }
}
