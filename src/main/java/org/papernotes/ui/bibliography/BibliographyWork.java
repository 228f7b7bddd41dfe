package org.papernotes.ui.bibliography;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import org.papernotes.store.Library;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.ui.detail.PaperViewModel;
import org.papernotes.ui.papers.PaperListEntry;
import org.papernotes.ui.papers.PaperListViewModel;

/**
 * The window's papers-as-papers side, for one library: the index of citation keys (kept in step with the list),
 * and the view models of "Add papers from…" and "Export BibTeX…". Lookups run on a thread of their own, never on
 * the store thread, so that saving goes on while a server takes its time. The window's view model owns it.
 */
public final class BibliographyWork implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BibliographyWork.class.getName());

    private final Library library;
    private final UiExecutors executors;
    private final PaperListViewModel list;
    private final PaperViewModel paper;
    private final Map<String, String> environment;
    private final CitationIndex citations;
    private final ExecutorService lookups = UiExecutors.singleThread("papernotes-lookup");
    private final java.util.Set<AddPapersViewModel> adding =
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    /** @param environment where the lookup variables are read ({@code System.getenv()}) */
    public BibliographyWork(Library library, UiExecutors executors, PaperListViewModel list, PaperViewModel paper,
                            Map<String, String> environment) {
        this.library = library;
        this.executors = executors;
        this.list = list;
        this.paper = paper;
        this.environment = Map.copyOf(environment);
        this.citations = new CitationIndex(library, executors);
        list.entries().addListener((ListChangeListener<PaperListEntry>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    citations.update(change.getAddedSubList().stream().map(PaperListEntry::paper).toList());
                }
            }
        });
        list.libraryCountProperty().addListener((o, old, count) -> {
            if (citations.isLoaded()) {
                citations.refresh(); // papers came or went: deleted papers' keys name nothing any more
            }
        });
    }

    public CitationIndex citations() {
        return citations;
    }

    /** A new "Add papers from…": what it stores is shown in the list, and the paper opened. */
    public AddPapersViewModel newAdd() {
        AddPapersViewModel add = new AddPapersViewModel(library, executors, lookups,
                () -> PaperLookups.forLibrary(library, environment), stored -> {
                    list.refreshAfterAdding();
                    citations.refresh();
                });
        adding.add(add);
        return add;
    }

    /**
     * A new "Export BibTeX…" of the selected papers, a tag or the library. Keys it makes are stored; the open
     * paper's field shows them.
     */
    public ExportBibtexViewModel newBibtexExport(List<Long> selected, List<String> tags) {
        paper.flush();
        return new ExportBibtexViewModel(library, executors, selected, tags, made -> {
            if (made > 0) {
                paper.externalChange();
                list.refresh();
            }
        });
    }

    /** Stops lookups under way; the library closes after this. */
    @Override
    public void close() {
        adding.forEach(AddPapersViewModel::cancel);
        lookups.shutdownNow();
        try {
            if (!lookups.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "A paper lookup was still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
