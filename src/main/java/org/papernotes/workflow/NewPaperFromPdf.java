package org.papernotes.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.papernotes.bibliography.CitationKeyPattern;
import org.papernotes.bibliography.Identifier;
import org.papernotes.bibliography.PaperMatch;
import org.papernotes.bibliography.PdfIdentifiers;
import org.papernotes.images.FileProblem;
import org.papernotes.images.FileRejectedException;
import org.papernotes.model.PaperIdentity;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;

/**
 * A PDF that is not yet a paper becomes one, in two steps so that the user confirms first: {@link #read} finds what
 * the PDF says it is (title and authors from its metadata, a DOI or arXiv id from its metadata or first page, read
 * offline by {@link PdfIdentifiers}) and whether the library already has that paper; {@link #create} stores the
 * paper as confirmed, with a citation key, and the PDF as its PDF (linked or copied), all in one transaction.
 * Runs on the caller's thread.
 */
public final class NewPaperFromPdf {

    private final Library library;
    private final CitationKeyPattern keys;

    public NewPaperFromPdf(Library library) {
        this(library, CitationKeyPattern.of(CitationKeyPattern.DEFAULT));
    }

    public NewPaperFromPdf(Library library, CitationKeyPattern keys) {
        this.library = library;
        this.keys = keys;
    }

    /**
     * What the PDF says about its paper, for the user to confirm or correct.
     *
     * @param title    the metadata's title, or else the file name without {@code .pdf} (never empty)
     * @param titleFromFileName whether the title is only the file name (the PDF's metadata has none)
     * @param doi      the DOI found, or null
     * @param arxivId  the arXiv id found (without version), or null
     * @param existing the library's paper with that DOI, arXiv id or title, if any
     */
    public record Proposal(Path pdf, String title, boolean titleFromFileName, List<String> authors, String doi,
                           String arxivId, Optional<PaperIdentity> existing) {
        public Proposal {
            authors = List.copyOf(authors);
        }
    }

    /**
     * Reads the PDF; stores nothing.
     *
     * @throws FileRejectedException if it is not a PDF or cannot be read (a message for the user)
     */
    public Proposal read(Path pdf) throws FileRejectedException {
        if (AttachFiles.kind(pdf) != AttachFiles.Kind.PDF) {
            throw new FileRejectedException(FileProblem.of(FileProblem.Code.NOT_A_PDF));
        }
        PdfIdentifiers.Findings found;
        try {
            found = PdfIdentifiers.read(pdf);
        } catch (IOException e) {
            throw new FileRejectedException(FileProblem.of(FileProblem.Code.UNREADABLE, e.getMessage()));
        }
        String doi = null;
        String arxiv = null;
        if (found.identifier().orElse(null) instanceof Identifier.Doi d) {
            doi = d.value();
        } else if (found.identifier().orElse(null) instanceof Identifier.Arxiv a) {
            arxiv = a.id();
        }
        boolean fromFileName = found.title() == null;
        String title = fromFileName ? titleOfFileName(pdf) : found.title();
        Paper probe = Paper.titled(title).withAuthors(found.authors()).withLinks(doi, arxiv, null);
        Optional<PaperIdentity> existing = new PaperMatch(library.papers().identities())
                .existing(fromFileName ? probe.withTitle("") : probe);
        return new Proposal(pdf, title, fromFileName, found.authors(), doi, arxiv, existing);
    }

    /**
     * Stores the paper (with a citation key no other paper has) and its PDF in one transaction: all of it or nothing.
     *
     * @param paper the paper as the user confirmed it (not yet stored)
     * @param copy  keep a copy of the PDF in the library instead of linking the file where it lies
     * @throws FileRejectedException if the PDF cannot be attached (then no paper is stored)
     */
    public Paper create(Paper paper, Path pdf, boolean copy) throws FileRejectedException {
        AttachFiles attach = new AttachFiles(library);
        try {
            return library.inTransaction(connection -> {
                Paper stored = library.papers().insert(paper.withCitationKey(keys.uniqueKey(paper, library.papers().citationKeysInUse(0))));
                try {
                    attach.attachPdf(stored.id(), pdf, copy);
                } catch (FileRejectedException e) {
                    throw new Rejected(e); // rolls the paper back
                }
                return stored;
            });
        } catch (Rejected e) {
            throw e.rejected;
        }
    }

    /** The file's name as a title: {@code attention_is_all_you_need.pdf} → "attention is all you need". */
    static String titleOfFileName(Path pdf) {
        String name = pdf.getFileName() == null ? "" : pdf.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        String spaced = stem.replace('_', ' ').replaceAll("\\s+", " ").strip();
        return spaced.isEmpty() ? name : spaced;
    }

    /** A refused PDF, carried out of the transaction so that the paper is not stored. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient FileRejectedException rejected;

        Rejected(FileRejectedException rejected) {
            super(rejected.getMessage(), rejected, false, false);
            this.rejected = rejected;
        }
    }
}
