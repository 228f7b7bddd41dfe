package org.papernotes.ui.bibliography;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.papernotes.bibliography.BibtexWriter;
import org.papernotes.bibliography.CitationKeyPattern;
import org.papernotes.store.Library;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.workflow.ExportBibtex;

/**
 * "Export BibTeX…": the selected papers, the papers of a tag or the whole library, written in UTF-8 (biber, BibTeX
 * with inputenc) or with LaTeX escapes (8-bit BibTeX) to a file chosen by the user, whole or not at all. Papers
 * without a citation key get one, kept from then on, as {@code papernotes bibtex} does.
 */
public final class ExportBibtexViewModel {

    /** Which papers. */
    public enum Scope { SELECTION, TAG, LIBRARY }

    /** What an export wrote. */
    public record Written(Path file, int papers, int keysMade) {
    }

    /** Why an export failed: the file's folder is missing, it may not be written, or another reason ({@code detail}). */
    public record Failure(Kind kind, Path file, String detail) {
        public enum Kind { NO_FOLDER, DENIED, OTHER }
    }

    private final Library library;
    private final UiExecutors executors;
    private final List<Long> selected;
    private final List<String> tags;
    private final IntConsumer onKeysMade;
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final BooleanProperty latexEscapes = new SimpleBooleanProperty();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Written> written = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Failure> error = new ReadOnlyObjectWrapper<>();

    /**
     * @param selected   the papers selected in the list, in its order (may be empty)
     * @param tags       the library's tags
     * @param onKeysMade on the FX thread, with how many papers got a key (the open paper may be one)
     */
    ExportBibtexViewModel(Library library, UiExecutors executors, List<Long> selected, List<String> tags,
                          IntConsumer onKeysMade) {
        this.library = library;
        this.executors = executors;
        this.selected = List.copyOf(selected);
        this.tags = List.copyOf(tags);
        this.onKeysMade = onKeysMade;
        scope.set(selected.isEmpty() ? Scope.LIBRARY : Scope.SELECTION);
        tag.set(tags.isEmpty() ? null : tags.get(0));
    }

    public List<Long> selected() {
        return selected;
    }

    public List<String> tags() {
        return tags;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    // 'tag' property: the tag whose papers are written, for Scope.TAG
    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    // 'latexEscapes' property: accented letters as LaTeX commands, for 8-bit BibTeX (off: UTF-8)
    public BooleanProperty latexEscapesProperty() {
        return latexEscapes;
    }

    // 'file' property: where the .bib goes
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the last export wrote; null before. */
    public ReadOnlyObjectProperty<Written> writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** Why the last export failed; null when it did not. */
    public ReadOnlyObjectProperty<Failure> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the export can run: a file, and papers to write. */
    public boolean canExport() {
        return file.get() != null && !running.get() && switch (scope.get()) {
            case SELECTION -> !selected.isEmpty();
            case TAG -> tag.get() != null;
            case LIBRARY -> true;
        };
    }

    /** Writes the .bib (on the store thread: keys made are stored in the same go). */
    public void export() {
        if (!canExport()) {
            return;
        }
        Path target = file.get();
        Scope which = scope.get();
        String chosenTag = tag.get();
        BibtexWriter.Charset charset = latexEscapes.get() ? BibtexWriter.Charset.LATEX_ESCAPES : BibtexWriter.Charset.UTF8;
        running.set(true);
        error.set(null);
        written.set(null);
        executors.run(() -> {
            ExportBibtex export = new ExportBibtex(library, CitationKeyPattern.of(CitationKeyPattern.DEFAULT));
            ExportBibtex.Result result = switch (which) {
                case SELECTION -> export.ofIds(selected, charset);
                case TAG -> export.ofTag(chosenTag, charset);
                case LIBRARY -> export.all(charset);
            };
            try {
                ExportBibtex.write(target, result.text());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Written(target, result.papers(), result.keysMade());
        }, done -> {
            running.set(false);
            written.set(done);
            onKeysMade.accept(done.keysMade());
        }, failure -> {
            running.set(false);
            Throwable cause = failure instanceof java.io.UncheckedIOException io ? io.getCause() : failure;
            error.set(cause instanceof java.nio.file.NoSuchFileException ? new Failure(Failure.Kind.NO_FOLDER, target, "")
                    : cause instanceof java.nio.file.AccessDeniedException ? new Failure(Failure.Kind.DENIED, target, "")
                    : cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                    ? new Failure(Failure.Kind.OTHER, target, fs.getReason())
                    : new Failure(Failure.Kind.OTHER, target, ErrorMessages.of(cause)));
        });
    }
}
