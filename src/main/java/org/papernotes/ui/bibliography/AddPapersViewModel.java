package org.papernotes.ui.bibliography;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.papernotes.bibliography.Cancellation;
import org.papernotes.bibliography.CitationKeyPattern;
import org.papernotes.bibliography.PaperLookup;
import org.papernotes.images.FileRejectedException;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.common.ErrorMessages;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.workflow.AddPapers;
import org.papernotes.workflow.AttachFiles;

/**
 * "Add papers from…": what the user gave (DOIs, arXiv ids or URLs, BibTeX, .bib and .pdf files), looked up on request
 * off the FX thread with Cancel (each request times out after the lookup's 10 s), what was found to check, edit and
 * choose (a .bib's entries each with its box; a paper the library has is offered to open instead), what gave nothing
 * and why, and then the chosen papers stored in one transaction, each with a citation key of its own. Nothing is
 * stored before {@link #add()}.
 */
public final class AddPapersViewModel {

    /** Where the dialog is. */
    public enum Step { INPUT, FINDING, FOUND, ADDING, ADDED }

    private final Library library;
    private final UiExecutors executors;
    private final Executor lookups;
    private final Supplier<PaperLookup> lookup;
    private final Consumer<List<Paper>> onAdded;
    private final StringProperty input = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.INPUT);
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper();
    private final ObservableList<FoundPaper> found = FXCollections.observableArrayList(
            paper -> new javafx.beans.Observable[] {paper.selectedProperty(), paper.titleProperty(), paper.yearProperty()});
    private final ObservableList<AddPapers.Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>("");
    private final ReadOnlyObjectWrapper<List<Paper>> added = new ReadOnlyObjectWrapper<>(List.of());
    private final IntegerBinding chosen;
    private final BooleanBinding addable;
    private Cancellation cancellation = new Cancellation();
    private boolean copyPdfs;
    private long request;

    /**
     * @param lookups where lookups run (not the store thread)
     * @param lookup  makes the lookup with the settings in effect now
     * @param onAdded on the FX thread, with the papers as stored
     */
    AddPapersViewModel(Library library, UiExecutors executors, Executor lookups, Supplier<PaperLookup> lookup,
                       Consumer<List<Paper>> onAdded) {
        this.library = library;
        this.executors = executors;
        this.lookups = lookups;
        this.lookup = lookup;
        this.onAdded = onAdded;
        chosen = Bindings.createIntegerBinding(() -> (int) found.stream().filter(p -> p.selectedProperty().get()).count(),
                found);
        addable = Bindings.createBooleanBinding(() -> step.get() == Step.FOUND && chosen.get() > 0
                && found.stream().filter(p -> p.selectedProperty().get()).allMatch(FoundPaper::isValid), step, chosen, found);
    }

    // 'input' property: what the user typed, pasted or dropped, one item a line (BibTeX entries as they are)
    public StringProperty inputProperty() {
        return input;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** True while a server asked to wait (429) and the lookup waits before trying again. */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** The papers found, in the order of the input. */
    public ObservableList<FoundPaper> found() {
        return found;
    }

    /** The inputs that gave no paper, and why. */
    public ObservableList<AddPapers.Problem> problems() {
        return problems;
    }

    /** Why the whole find or add failed (the library refused, a lookup setting is wrong); empty otherwise. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The papers the last {@link #add()} stored. */
    public ReadOnlyObjectProperty<List<Paper>> addedProperty() {
        return added.getReadOnlyProperty();
    }

    /** How many found papers are chosen to be added. */
    public IntegerBinding chosenCount() {
        return chosen;
    }

    /** Whether Add can run: papers were found, some are chosen, and every chosen one is valid. */
    public BooleanBinding addableProperty() {
        return addable;
    }

    /** PDFs added from are copied into the library instead of linked where they lie (the window's choice). */
    public void setCopyPdfs(boolean copy) {
        copyPdfs = copy;
    }

    /** Adds files to the input (dropped, chosen or pasted), one a line. */
    public void addFiles(List<Path> files) {
        StringBuilder text = new StringBuilder(input.get().strip());
        for (Path file : files) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(file.toAbsolutePath());
        }
        input.set(text.toString());
    }

    /** Looks up what the input names; nothing is stored. A find under way is cancelled first. */
    public void find() {
        cancel();
        List<String> inputs = inputs(input.get());
        Cancellation mine = new Cancellation();
        cancellation = mine;
        long asked = ++request;
        found.clear();
        problems.clear();
        failure.set("");
        added.set(List.of());
        step.set(Step.FINDING);
        Map<String, Path> pdfs = pdfsByName(inputs);
        try {
            lookups.execute(() -> {
                AddPapers.Findings findings;
                try {
                    AddPapers add = new AddPapers(library, lookup.get(), CitationKeyPattern.of(CitationKeyPattern.DEFAULT));
                    findings = add.find(inputs, mine, notice -> executors.fx().execute(() -> {
                        if (asked == request) {
                            waiting.set(true);
                        }
                    }));
                } catch (RuntimeException e) {
                    executors.fx().execute(() -> failed(asked, e));
                    return;
                }
                executors.fx().execute(() -> show(asked, findings, pdfs));
            });
        } catch (RejectedExecutionException e) {
            step.set(Step.INPUT); // the window is closing
        }
    }

    /** Stops the lookups under way; what they found so far is not shown. */
    public void cancel() {
        cancellation.cancel();
        if (step.get() == Step.FINDING) {
            request++;
            waiting.set(false);
            step.set(Step.INPUT);
        }
    }

    /** Stores the chosen papers (each gets a citation key), links their PDFs, and reports them. */
    public void add() {
        if (!addable.get()) {
            return;
        }
        List<FoundPaper> chosenPapers = found.stream().filter(p -> p.selectedProperty().get()).toList();
        List<Paper> papers = chosenPapers.stream().map(FoundPaper::edited).toList();
        List<Path> pdfs = chosenPapers.stream().map(FoundPaper::pdf).toList();
        boolean copy = copyPdfs;
        step.set(Step.ADDING);
        executors.run(() -> {
            List<Paper> stored = new AddPapers(library, null, CitationKeyPattern.of(CitationKeyPattern.DEFAULT))
                    .store(papers);
            AttachFiles attach = new AttachFiles(library);
            for (int i = 0; i < stored.size(); i++) {
                if (pdfs.get(i) != null) {
                    try {
                        attach.attachPdf(stored.get(i).id(), pdfs.get(i), copy);
                    } catch (FileRejectedException e) {
                        // the paper stays; its PDF can be attached from the header
                    }
                }
            }
            return stored;
        }, stored -> {
            onAdded.accept(stored); // first: the list's reload must not undo the opening of the added paper
            added.set(List.copyOf(stored));
            step.set(Step.ADDED);
        }, error -> {
            step.set(Step.FOUND);
            failure.set(ErrorMessages.of(error));
        });
    }

    private void show(long asked, AddPapers.Findings findings, Map<String, Path> pdfs) {
        if (asked != request) {
            return; // cancelled or asked again
        }
        waiting.set(false);
        for (AddPapers.Candidate candidate : findings.candidates()) {
            found.add(new FoundPaper(candidate, pdfs.get(candidate.source())));
        }
        problems.setAll(findings.problems().stream()
                .filter(p -> p.code() != AddPapers.Code.NOTHING_TO_ADD || findings.candidates().isEmpty()).toList());
        step.set(Step.FOUND);
    }

    private void failed(long asked, RuntimeException error) {
        if (asked == request) {
            waiting.set(false);
            failure.set(ErrorMessages.of(error));
            step.set(Step.INPUT);
        }
    }

    /** The PDFs among the inputs by file name (a candidate says where it came from by name); names seen twice left out. */
    private static Map<String, Path> pdfsByName(List<String> inputs) {
        Map<String, Path> byName = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String input : inputs) {
            if (input.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                try {
                    Path file = Path.of(input.strip());
                    String name = file.getFileName().toString();
                    if (byName.putIfAbsent(name, file) != null) {
                        twice.add(name);
                    }
                } catch (InvalidPathException e) {
                    // not a file: AddPapers says so
                }
            }
        }
        twice.forEach(byName::remove);
        return byName;
    }

    /**
     * The inputs in the text: BibTeX from its first line that starts an entry ({@code @article{…}) to the end, as
     * one input; every other line an input of its own, a line that is not an existing file split at spaces, commas
     * and semicolons (a pasted list of DOIs).
     */
    static List<String> inputs(String text) {
        List<String> inputs = new ArrayList<>();
        String[] lines = (text == null ? "" : text).replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("@")) {
                inputs.add(String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length)).strip());
                break;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (isFile(line)) {
                inputs.add(line);
            } else {
                for (String part : line.split("[\\s,;]+")) {
                    if (!part.isBlank()) {
                        inputs.add(part);
                    }
                }
            }
        }
        if (inputs.isEmpty()) {
            inputs.add("");
        }
        return inputs;
    }

    /** Whether the text names a paper to add: a DOI, an arXiv id or URL, BibTeX, or a .bib or .pdf file. */
    static boolean names(String text) {
        for (String one : inputs(text)) {
            String lower = one.toLowerCase(Locale.ROOT);
            if (one.startsWith("@") || org.papernotes.bibliography.Identifier.parse(one).isPresent()
                    || (isFile(one) && (lower.endsWith(".bib") || lower.endsWith(".pdf")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFile(String line) {
        try {
            return !line.contains("://") && Files.isRegularFile(Path.of(line));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
