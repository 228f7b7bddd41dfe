package org.papernotes.ui.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;
import org.papernotes.ui.ManualScheduler;
import org.papernotes.ui.common.Messages;
import org.papernotes.workflow.NewPaperFromPdf;
import org.papernotes.workflow.TestPdfs;

class NewPaperFromPdfViewModelTest {

    @TempDir
    Path temp;
    Library library;

    @BeforeEach
    void open() {
        library = Library.open(temp.resolve("library.db"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private NewPaperFromPdfViewModel viewModel(Locale locale) {
        return new NewPaperFromPdfViewModel(new NewPaperFromPdf(library), new ManualScheduler().executors(),
                Messages.of(locale), false);
    }

    private NewPaperFromPdfViewModel readAttention() throws Exception {
        NewPaperFromPdfViewModel viewModel = viewModel(Locale.ENGLISH);
        viewModel.read(TestPdfs.attention(temp.resolve("attention.pdf")), () -> { }, problem -> { });
        return viewModel;
    }

    @Test
    void readingFillsTheFieldsWithWhatThePdfSays() throws Exception {
        NewPaperFromPdfViewModel viewModel = readAttention();

        assertThat(viewModel.titleProperty().get()).isEqualTo("Attention Is All You Need");
        assertThat(viewModel.authorsProperty().get()).isEqualTo("Ashish Vaswani; Noam Shazeer");
        assertThat(viewModel.arxivIdProperty().get()).isEqualTo("1706.03762");
        assertThat(viewModel.doiProperty().get()).isEmpty();
        assertThat(viewModel.validProperty().get()).isTrue();
    }

    @Test
    void aBlankTitleOrAMalformedIdentifierCannotBeCreated() throws Exception {
        NewPaperFromPdfViewModel viewModel = readAttention();

        viewModel.doiProperty().set("not a doi");
        assertThat(viewModel.doiValidProperty().get()).isFalse();
        assertThat(viewModel.validProperty().get()).isFalse();
        viewModel.doiProperty().set("https://doi.org/10.1145/3600006.3613165");
        viewModel.titleProperty().set("  ");

        assertThat(viewModel.doiValidProperty().get()).isTrue();
        assertThat(viewModel.validProperty().get()).isFalse();
    }

    @Test
    void thePaperIsWhatTheFieldsSayAfterEditing() throws Exception {
        NewPaperFromPdfViewModel viewModel = readAttention();
        viewModel.titleProperty().set(" Attention is all you need ");
        viewModel.authorsProperty().set("Vaswani, Ashish;  ; Shazeer, Noam");
        viewModel.arxivIdProperty().set("arXiv:1706.03762v5");

        Paper paper = viewModel.paper();

        assertThat(paper.title()).isEqualTo("Attention is all you need");
        assertThat(paper.authors()).containsExactly("Vaswani, Ashish", "Shazeer, Noam");
        assertThat(paper.arxivId()).isEqualTo("1706.03762");
        assertThat(paper.url()).isEqualTo("https://arxiv.org/abs/1706.03762");
    }

    @Test
    void creatingStoresThePaperWithItsPdf() throws Exception {
        NewPaperFromPdfViewModel viewModel = readAttention();
        List<Paper> created = new ArrayList<>();

        viewModel.create(created::add);

        assertThat(created).singleElement().satisfies(p -> {
            assertThat(library.papers().get(p.id()).title()).isEqualTo("Attention Is All You Need");
            assertThat(library.attachments().pdf(p.id())).isPresent();
        });
    }

    @Test
    void aPdfThatCannotBeAttachedIsSaidAndNoPaperIsStored() throws Exception {
        NewPaperFromPdfViewModel viewModel = readAttention();
        Files.delete(viewModel.pdf());
        viewModel.copyProperty().set(true);

        viewModel.create(p -> { throw new AssertionError("created"); });

        assertThat(viewModel.problemProperty().get()).startsWith("The paper was not created: The file cannot be read");
        assertThat(library.papers().list(PaperFilter.ALL)).isEmpty();
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedInTheInterfacesLanguage() throws Exception {
        NewPaperFromPdfViewModel viewModel = viewModel(Locale.SIMPLIFIED_CHINESE);
        List<String> problems = new ArrayList<>();

        viewModel.read(Files.writeString(temp.resolve("notes.pdf"), "text"), () -> { }, problems::add);

        assertThat(problems).containsExactly(Messages.of(Locale.SIMPLIFIED_CHINESE).get("attach.problem.NOT_A_PDF"));
    }
}
