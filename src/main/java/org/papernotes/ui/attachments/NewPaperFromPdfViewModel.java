package org.papernotes.ui.attachments;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.papernotes.bibliography.Identifier;
import org.papernotes.images.FileRejectedException;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperIdentity;
import org.papernotes.model.ReadingStatus;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.workflow.NewPaperFromPdf;

/**
 * A PDF becoming a new paper: what the PDF says (title, authors, DOI, arXiv id), as fields the user corrects before
 * anything is stored, whether to copy the PDF into the library, and whether the library already has that paper.
 * {@link #read} fills the fields from the PDF off the FX thread; {@link #create} stores the paper and its PDF.
 */
public final class NewPaperFromPdfViewModel {

    private final NewPaperFromPdf workflow;
    private final UiExecutors executors;
    private final Messages messages;
    private Path pdf;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty authors = new SimpleStringProperty("");
    private final StringProperty doi = new SimpleStringProperty("");
    private final StringProperty arxivId = new SimpleStringProperty("");
    private final BooleanProperty copy = new SimpleBooleanProperty();
    // 'titleFromFileName' property: the PDF's metadata has no title; the field holds its file name
    private final ReadOnlyBooleanWrapper titleFromFileName = new ReadOnlyBooleanWrapper();
    // 'existing' property: the library's paper with this DOI, arXiv id or title, or null
    private final ReadOnlyObjectWrapper<PaperIdentity> existing = new ReadOnlyObjectWrapper<>();
    // 'problem' property: why the PDF cannot be read or the paper was not created, or ""
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    // 'busy' property: reading the PDF or storing the paper
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding doiValid = Bindings.createBooleanBinding(
            () -> isBlankOr(doi.get(), Identifier.Doi.class), doi);
    private final BooleanBinding arxivValid = Bindings.createBooleanBinding(
            () -> isBlankOr(arxivId.get(), Identifier.Arxiv.class), arxivId);
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> !title.get().isBlank() && doiValid.get() && arxivValid.get() && !busy.get(),
            title, doiValid, arxivValid, busy);

    public NewPaperFromPdfViewModel(NewPaperFromPdf workflow, UiExecutors executors, Messages messages, boolean copyByDefault) {
        this.workflow = workflow;
        this.executors = executors;
        this.messages = messages;
        copy.set(copyByDefault);
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The authors in one line, separated by {@code ;}. */
    public StringProperty authorsProperty() {
        return authors;
    }

    public StringProperty doiProperty() {
        return doi;
    }

    public StringProperty arxivIdProperty() {
        return arxivId;
    }

    public BooleanProperty copyProperty() {
        return copy;
    }

    public ReadOnlyBooleanProperty titleFromFileNameProperty() {
        return titleFromFileName.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PaperIdentity> existingProperty() {
        return existing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The DOI field is empty or holds a DOI (a doi.org URL is one too). */
    public BooleanBinding doiValidProperty() {
        return doiValid;
    }

    public BooleanBinding arxivIdValidProperty() {
        return arxivValid;
    }

    /** Whether {@link #create} may run: a title, well-formed identifiers, nothing under way. */
    public BooleanBinding validProperty() {
        return valid;
    }

    public Path pdf() {
        return pdf;
    }

    /**
     * Reads the PDF (off the FX thread) and fills the fields; then {@code onRead}, or {@code onRefused} with why
     * the file cannot become a paper (not a PDF, damaged, protected by a password), in the interface's language.
     */
    public void read(Path file, Runnable onRead, Consumer<String> onRefused) {
        pdf = file;
        busy.set(true);
        executors.runInBackground(() -> {
            try {
                return workflow.read(file);
            } catch (FileRejectedException e) {
                throw new Refused(AttachProblems.text(messages, e.problem()));
            }
        }, proposal -> {
            busy.set(false);
            title.set(proposal.title());
            authors.set(String.join("; ", proposal.authors()));
            doi.set(proposal.doi() == null ? "" : proposal.doi());
            arxivId.set(proposal.arxivId() == null ? "" : proposal.arxivId());
            titleFromFileName.set(proposal.titleFromFileName());
            existing.set(proposal.existing().orElse(null));
            onRead.run();
        }, error -> {
            busy.set(false);
            onRefused.accept(message(error));
        });
    }

    /** The paper as the fields say: a paper to read, with the identifiers in the form the library keeps. */
    public Paper paper() {
        Paper paper = Paper.titled(title.get().strip()).withAuthors(authorList()).withStatus(ReadingStatus.TO_READ);
        String doiText = Identifier.parse(doi.get()).filter(Identifier.Doi.class::isInstance)
                .map(Identifier::text).orElse(null);
        String arxivText = Identifier.parse(arxivId.get()).filter(Identifier.Arxiv.class::isInstance)
                .map(id -> ((Identifier.Arxiv) id).id()).orElse(null);
        String url = arxivText == null ? null : "https://arxiv.org/abs/" + arxivText;
        return paper.withLinks(doiText, arxivText, url);
    }

    /** Stores the paper and its PDF; then {@code onCreated} with the paper, or the problem is set and nothing stored. */
    public void create(Consumer<Paper> onCreated) {
        if (!valid.get()) {
            return;
        }
        Paper paper = paper();
        Path file = pdf;
        boolean copyIt = copy.get();
        busy.set(true);
        problem.set("");
        executors.run(() -> {
            try {
                return workflow.create(paper, file, copyIt);
            } catch (FileRejectedException e) {
                throw new Refused(AttachProblems.text(messages, e.problem()));
            }
        }, created -> {
            busy.set(false);
            onCreated.accept(created);
        }, error -> {
            busy.set(false);
            problem.set(messages.format("newPdf.notCreated", message(error)));
        });
    }

    private List<String> authorList() {
        return Arrays.stream(authors.get().split(";")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    private static boolean isBlankOr(String text, Class<? extends Identifier> kind) {
        return text == null || text.isBlank() || Identifier.parse(text).filter(kind::isInstance).isPresent();
    }

    private static String message(Throwable error) {
        return error instanceof Refused refused ? refused.getMessage() : ErrorMessages.of(error);
    }

    /** A refused file, its reason already in the interface's language. */
    private static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
