package org.papernotes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.images.FileProblem;
import org.papernotes.images.FileRejectedException;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;

class NewPaperFromPdfTest {

    @TempDir
    Path temp;
    Library library;
    NewPaperFromPdf newPaper;

    @BeforeEach
    void open() {
        library = Library.open(temp.resolve("library.db"));
        newPaper = new NewPaperFromPdf(library);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aPdfGivesTheTitleAndAuthorsOfItsMetadataAndTheArxivIdOfItsFirstPage() throws Exception {
        NewPaperFromPdf.Proposal proposal = newPaper.read(TestPdfs.attention(temp.resolve("1706.03762.pdf")));

        assertThat(proposal.title()).isEqualTo("Attention Is All You Need");
        assertThat(proposal.titleFromFileName()).isFalse();
        assertThat(proposal.authors()).containsExactly("Ashish Vaswani", "Noam Shazeer");
        assertThat(proposal.arxivId()).isEqualTo("1706.03762");
        assertThat(proposal.doi()).isNull();
        assertThat(proposal.existing()).isEmpty();
    }

    @Test
    void aDoiOnTheFirstPageIsFound() throws Exception {
        Path pdf = TestPdfs.write(temp.resolve("retnet.pdf"), "https://doi.org/10.1145/3600006.3613165", null, null);

        assertThat(newPaper.read(pdf).doi()).isEqualTo("10.1145/3600006.3613165");
    }

    @Test
    void aPdfWithoutATitleInItsMetadataIsCalledByItsFileName() throws Exception {
        Path pdf = TestPdfs.write(temp.resolve("retentive_network.pdf"), null, null, null);

        NewPaperFromPdf.Proposal proposal = newPaper.read(pdf);

        assertThat(proposal.title()).isEqualTo("retentive network");
        assertThat(proposal.titleFromFileName()).isTrue();
    }

    @Test
    void aPaperTheLibraryHasIsFoundByItsArxivId() throws Exception {
        Paper known = library.papers().insert(Paper.titled("Transformer").withLinks(null, "1706.03762", null));

        NewPaperFromPdf.Proposal proposal = newPaper.read(TestPdfs.attention(temp.resolve("a.pdf")));

        assertThat(proposal.existing()).get().extracting(i -> i.id()).isEqualTo(known.id());
    }

    @Test
    void aFileThatIsNotAPdfIsRefused() throws IOException {
        Path text = Files.writeString(temp.resolve("notes.pdf"), "just text");

        assertThatThrownBy(() -> newPaper.read(text)).isInstanceOf(FileRejectedException.class)
                .satisfies(e -> assertThat(((FileRejectedException) e).problem().code()).isEqualTo(FileProblem.Code.NOT_A_PDF));
    }

    @Test
    void creatingStoresThePaperWithACitationKeyAndItsPdfLinked() throws Exception {
        Path pdf = TestPdfs.attention(temp.resolve("attention.pdf"));
        Paper confirmed = Paper.titled("Attention Is All You Need").withAuthors(java.util.List.of("Ashish Vaswani"))
                .withLinks(null, "1706.03762", "https://arxiv.org/abs/1706.03762");

        Paper created = newPaper.create(confirmed, pdf, false);

        Paper stored = library.papers().get(created.id());
        assertThat(stored.title()).isEqualTo("Attention Is All You Need");
        assertThat(stored.arxivId()).isEqualTo("1706.03762");
        assertThat(stored.citationKey()).isEqualTo("vaswaniAttentionIsAll");
        assertThat(library.attachments().pdf(created.id())).get().satisfies(p -> {
            assertThat(p.isInLibrary()).isFalse();
            assertThat(p.path()).isEqualTo(pdf.toAbsolutePath().toString());
        });
    }

    @Test
    void creatingCanKeepACopyOfThePdfInTheLibrary() throws Exception {
        Path pdf = TestPdfs.attention(temp.resolve("attention.pdf"));

        Paper created = newPaper.create(Paper.titled("Attention"), pdf, true);

        assertThat(library.attachments().pdf(created.id())).get().satisfies(p -> assertThat(p.isInLibrary()).isTrue());
        assertThat(library.attachments().bytes(library.attachments().pdf(created.id()).get().sha256()))
                .contains(Files.readAllBytes(pdf));
    }

    @Test
    void aPdfGoneBeforeCreatingStoresNoPaper() throws Exception {
        Path pdf = TestPdfs.attention(temp.resolve("attention.pdf"));
        Files.delete(pdf);

        assertThatThrownBy(() -> newPaper.create(Paper.titled("Attention"), pdf, true))
                .isInstanceOf(FileRejectedException.class);
        assertThat(library.papers().list(PaperFilter.ALL)).isEmpty();
    }
}
