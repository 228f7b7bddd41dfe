package org.papernotes.workflow;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs made with PDFBox for the tests: a first page with a line of text, and document information. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /**
     * @param firstPageLine the text of the first page (an arXiv stamp, a DOI), or null for a page without text
     * @param title         the metadata's title, or null
     * @param authors       the metadata's author field, or null
     */
    public static Path write(Path file, String firstPageLine, String title, String authors) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (firstPageLine != null) {
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    text.newLineAtOffset(20, 400);
                    text.showText(firstPageLine);
                    text.endText();
                }
            }
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setAuthor(authors);
            document.save(file.toFile());
        }
        return file;
    }

    /** "Attention Is All You Need" by Vaswani and Shazeer, arXiv 1706.03762. */
    public static Path attention(Path file) throws IOException {
        return write(file, "arXiv:1706.03762v7  [cs.CL]  2 Aug 2023", "Attention Is All You Need",
                "Ashish Vaswani; Noam Shazeer");
    }
}
