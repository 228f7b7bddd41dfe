package org.papernotes.ui.attachments;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.papernotes.images.FileRejectedException;
import org.papernotes.model.PaperPdf;
import org.papernotes.store.Library;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.workflow.AttachFiles;

/**
 * The open paper's PDF: which file (linked or in the library), whether a linked file is still there, and the
 * commands attach, open (in the system's viewer), copy into the library and remove. A problem (a moved file, a
 * refused one) is state that the header shows where the PDF is, once, never a dialog that comes back.
 */
public final class PaperPdfViewModel {

    private final Library library;
    private final UiExecutors executors;
    private final Messages messages;
    private final Consumer<String> opener;
    private final AttachFiles attach;
    private long paperId;

    // 'pdf' property: the open paper's PDF, null when it has none (or no paper is open)
    private final ReadOnlyObjectWrapper<PaperPdf> pdf = new ReadOnlyObjectWrapper<>();
    // 'missing' property: a linked PDF whose file is not where it was
    private final ReadOnlyBooleanWrapper missing = new ReadOnlyBooleanWrapper();
    // 'problem' property: what went wrong last (a refused file, a failed open), empty when nothing did
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /** @param opener opens a file URI in the system's viewer */
    public PaperPdfViewModel(Library library, UiExecutors executors, Messages messages, Consumer<String> opener) {
        this.library = library;
        this.executors = executors;
        this.messages = messages;
        this.opener = opener;
        this.attach = new AttachFiles(library);
    }

    public ReadOnlyObjectProperty<PaperPdf> pdfProperty() {
        return pdf.getReadOnlyProperty();
    }

    public PaperPdf getPdf() {
        return pdf.get();
    }

    public ReadOnlyBooleanProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public long paperId() {
        return paperId;
    }

    /** Shows paper {@code id}'s PDF (0: no paper); whether a linked file is there is checked off the FX thread. */
    public void show(long id) {
        paperId = id;
        problem.set("");
        if (id == 0) {
            pdf.set(null);
            missing.set(false);
            return;
        }
        executors.run(() -> library.attachments().pdf(id).map(p -> new Checked(p, AttachFiles.isPresent(p))),
                checked -> shown(id, checked), this::failed);
    }

    private record Checked(PaperPdf pdf, boolean present) {
    }

    private void shown(long id, Optional<Checked> checked) {
        if (id != paperId) {
            return;
        }
        pdf.set(checked.map(Checked::pdf).orElse(null));
        missing.set(checked.isPresent() && !checked.get().present());
    }

    /** Makes {@code file} the PDF of paper {@code id} (the open one or another, for a drop on the list). */
    public void attach(long id, Path file, boolean copy, Runnable onDone) {
        executors.run(() -> {
            try {
                return attach.attachPdf(id, file, copy);
            } catch (FileRejectedException e) {
                throw new Refused(AttachProblems.text(messages, e.problem()));
            }
        }, attached -> {
            if (id == paperId) {
                problem.set("");
                pdf.set(attached);
                missing.set(false);
            }
            onDone.run();
        }, error -> {
            if (id == paperId) {
                problem.set(messages.format("pdf.refused", file.getFileName(), message(error)));
            }
        });
    }

    /** Opens the PDF in the system's viewer; a linked file that is gone is shown as missing instead. */
    public void open() {
        PaperPdf current = pdf.get();
        if (current == null) {
            return;
        }
        long id = paperId;
        executors.run(() -> {
            try {
                return attach.fileToOpen(current);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, file -> {
            if (id != paperId) {
                return;
            }
            if (file.isPresent()) {
                problem.set("");
                missing.set(false);
                opener.accept(file.get().toUri().toString());
            } else {
                missing.set(true);
            }
        }, this::failed);
    }

    /** Keeps a copy of a linked PDF in the library (so it survives the file being moved). */
    public void copyIntoLibrary() {
        PaperPdf current = pdf.get();
        if (current != null && !current.isInLibrary() && !missing.get()) {
            attach(paperId, Path.of(current.path()), true, () -> { });
        }
    }

    /** Forgets the paper's PDF; a linked file is left where it is. */
    public void remove() {
        long id = paperId;
        if (pdf.get() == null) {
            return;
        }
        executors.run(() -> {
            library.attachments().removePdf(id);
            return id;
        }, removed -> {
            if (removed == paperId) {
                pdf.set(null);
                missing.set(false);
                problem.set("");
            }
        }, this::failed);
    }

    private void failed(Throwable error) {
        problem.set(message(error));
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
