package org.papernotes.ui.bibliography;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.papernotes.bibliography.LookupException;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperIdentity;
import org.papernotes.workflow.AddPapers;

/**
 * A paper "Add papers from…" found, as the user sees and edits it before adding: whether to add it, its main
 * fields as editable text, and what is known about it (already in the library, found with what is known only).
 */
public final class FoundPaper {

    private final AddPapers.Candidate candidate;
    private final Path pdf;
    private final BooleanProperty selected = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty authors = new SimpleStringProperty();
    private final StringProperty venue = new SimpleStringProperty();
    private final StringProperty year = new SimpleStringProperty();
    private final StringProperty doi = new SimpleStringProperty();
    private final StringProperty arxiv = new SimpleStringProperty();
    private final BooleanBinding titleMissing;
    private final BooleanBinding yearInvalid;

    /** @param pdf the PDF the paper was found in (linked to it when added), or null */
    FoundPaper(AddPapers.Candidate candidate, Path pdf) {
        this.candidate = candidate;
        this.pdf = pdf;
        Paper paper = candidate.paper();
        selected.set(candidate.isNew());
        title.set(paper.title());
        authors.set(String.join("; ", paper.authors()));
        venue.set(text(paper.venue()));
        year.set(paper.year() == null ? "" : paper.year().toString());
        doi.set(text(paper.doi()));
        arxiv.set(text(paper.arxivId()));
        titleMissing = Bindings.createBooleanBinding(() -> title.get() == null || title.get().isBlank(), title);
        yearInvalid = Bindings.createBooleanBinding(() -> !year.get().isBlank() && !year.get().strip().matches("\\d{1,4}"),
                year);
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Authors in the order of the byline, separated by semicolons. */
    public StringProperty authorsProperty() {
        return authors;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty doiProperty() {
        return doi;
    }

    public StringProperty arxivProperty() {
        return arxiv;
    }

    /** A paper needs a title. */
    public BooleanBinding titleMissingProperty() {
        return titleMissing;
    }

    /** The year, when given, is a number. */
    public BooleanBinding yearInvalidProperty() {
        return yearInvalid;
    }

    /** Whether it can be added as it stands. */
    public boolean isValid() {
        return !titleMissing.get() && !yearInvalid.get();
    }

    /** The library's paper it duplicates (same DOI, arXiv id or title), or null; id 0: one earlier in this list. */
    public PaperIdentity existing() {
        return candidate.existing().orElse(null);
    }

    public boolean isNew() {
        return candidate.isNew();
    }

    /** What it was found from: the identifier, the file, the entry. */
    public String source() {
        return candidate.source();
    }

    /** Why the paper has only what the input says ({@link AddPapers.Code#LOOKUP_FAILED}, PDF metadata), or null. */
    public AddPapers.Code noteCode() {
        return candidate.noteCode();
    }

    public LookupException.Reason noteReason() {
        return candidate.noteReason();
    }

    /** The English note, for the log and a tooltip's details. */
    public String note() {
        return candidate.note();
    }

    /** The PDF it is linked to when added, or null. */
    public Path pdf() {
        return pdf;
    }

    /** The paper with the user's edits; call only when {@link #isValid()}. */
    Paper edited() {
        Paper paper = candidate.paper();
        List<String> names = Arrays.stream(authors.get().split(";")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        return paper.withTitle(title.get().strip()).withAuthors(names).withVenue(blankToNull(venue.get()))
                .withYear(year.get().isBlank() ? null : Integer.valueOf(year.get().strip()))
                .withLinks(blankToNull(doi.get()), blankToNull(arxiv.get()), paper.url());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
