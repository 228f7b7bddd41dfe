package org.papernotes.bibliography;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a PDF says about the paper it is, read with Apache PDFBox: a DOI or arXiv id from its metadata (document
 * information, XMP) or the text of its first pages (where publishers print the DOI and arXiv stamps its id in
 * the margin), and the title and authors its metadata gives.
 */
public final class PdfIdentifiers {

    /** Pages read for an identifier: the first page carries it nearly always, the second for cover pages. */
    static final int PAGES = 2;

    /**
     * @param identifier the DOI or arXiv id found, if any
     * @param title      the metadata's title, or null (often empty or a file name in real PDFs)
     * @param authors    the metadata's authors, in order
     */
    public record Findings(Optional<Identifier> identifier, String title, List<String> authors) {
        public Findings {
            authors = List.copyOf(authors);
        }
    }

    private PdfIdentifiers() {
    }

    /**
     * @throws IOException with a message for the user if the file cannot be read as a PDF (not a PDF, damaged,
     *                     protected by a password)
     */
    public static Findings read(Path pdf) throws IOException {
        if (!Files.isRegularFile(pdf)) {
            throw new IOException("No such file: " + pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDDocumentInformation info = document.getDocumentInformation();
            String title = clean(info.getTitle());
            List<String> authors = authors(info.getAuthor());
            StringBuilder metadata = new StringBuilder();
            for (String text : new String[] {info.getSubject(), info.getKeywords(), info.getCustomMetadataValue("doi"),
                info.getTitle()}) {
                if (text != null) {
                    metadata.append(text).append('\n');
                }
            }
            metadata.append(xmp(document));
            Optional<Identifier> identifier = Identifier.find(metadata.toString());
            if (identifier.isEmpty()) {
                identifier = Identifier.find(firstPages(document));
            }
            return new Findings(identifier, title, authors);
        } catch (InvalidPasswordException e) {
            throw new IOException(pdf.getFileName() + " is protected by a password; PaperNotes cannot read it.", e);
        } catch (IOException e) {
            throw new IOException(pdf.getFileName() + " could not be read as a PDF (" + e.getMessage() + ").", e);
        }
    }

    private static String firstPages(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(1);
        stripper.setEndPage(Math.min(PAGES, document.getNumberOfPages()));
        return stripper.getText(document);
    }

    private static String xmp(PDDocument document) {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return "";
        }
        try {
            // The XMP packet is XML; only DOIs and arXiv ids are looked for in it, so its text is enough.
            return new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static List<String> authors(String text) {
        List<String> names = new ArrayList<>();
        String cleaned = clean(text);
        if (cleaned == null) {
            return names;
        }
        String separator = cleaned.contains(";") ? ";" : cleaned.contains(" and ") ? " and " : ",";
        for (String name : cleaned.split(java.util.regex.Pattern.quote(separator))) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.replaceAll("\\s+", " ").strip();
    }
}
