package org.papernotes.bibliography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfIdentifiersTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, Fixtures.bytes(name));
        return file;
    }

    @Test
    void aPublishersPdfGivesItsDoi() throws Exception {
        assertThat(PdfIdentifiers.read(fixture("test-doi.pdf")).identifier()).get()
                .isInstanceOf(Identifier.Doi.class);
    }

    @Test
    void anArxivStampInTheMarginGivesTheArxivIdAndTheMetadataTheAuthors() throws Exception {
        Path pdf = dir.resolve("arxiv.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                text.newLineAtOffset(20, 400);
                text.showText("arXiv:1706.03762v7  [cs.CL]  2 Aug 2023");
                text.endText();
            }
            document.getDocumentInformation().setTitle("Attention Is All You Need");
            document.getDocumentInformation().setAuthor("Ashish Vaswani; Noam Shazeer");
            document.save(pdf.toFile());
        }
        PdfIdentifiers.Findings found = PdfIdentifiers.read(pdf);
        assertThat(found.identifier()).contains(new Identifier.Arxiv("1706.03762", "v7"));
        assertThat(found.title()).isEqualTo("Attention Is All You Need");
        assertThat(found.authors()).containsExactly("Ashish Vaswani", "Noam Shazeer");
    }

    @Test
    void aPdfWithoutIdentifiersGivesNone() throws Exception {
        assertThat(PdfIdentifiers.read(fixture("scanned-image-only.pdf")).identifier()).isEmpty();
        assertThat(PdfIdentifiers.read(fixture("minimal.pdf")).identifier()).isEmpty();
    }

    @Test
    void aProtectedOrBrokenFileSaysWhy() throws Exception {
        assertThatThrownBy(() -> PdfIdentifiers.read(fixture("encrypted.pdf"))).isInstanceOf(IOException.class)
                .hasMessageContaining("encrypted.pdf");
        Path notPdf = Files.writeString(dir.resolve("notes.pdf"), "just text");
        assertThatThrownBy(() -> PdfIdentifiers.read(notPdf)).hasMessageContaining("could not be read as a PDF");
        assertThatThrownBy(() -> PdfIdentifiers.read(dir.resolve("missing.pdf"))).hasMessageContaining("No such file");
    }
}
