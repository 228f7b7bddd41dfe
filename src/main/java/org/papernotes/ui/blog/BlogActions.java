package org.papernotes.ui.blog;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.papers.PaperListEntry;

/** The window's blog commands: open the export dialog for the selected paper and the import dialog. */
public final class BlogActions {

    private final BlogWork blog;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final ObservableValue<Long> selectedId;
    private final List<PaperListEntry> shownRows;
    private ExportDialog lastExport;
    private ImportDialog lastImport;

    /**
     * @param selectedId the paper selected in the list
     * @param shownRows  the rows of the list in the order shown (offered as "all papers shown")
     */
    public BlogActions(BlogWork blog, Messages messages, Supplier<Window> owner, ObservableValue<Long> selectedId,
                       List<PaperListEntry> shownRows) {
        this.blog = blog;
        this.messages = messages;
        this.owner = owner;
        this.selectedId = selectedId;
        this.shownRows = shownRows;
    }

    /** Opens the export dialog for the selected paper (or, with none selected, for all papers shown). */
    public ExportDialog export() {
        List<ExportViewModel.Item> shown = shownRows.stream()
                .map(row -> new ExportViewModel.Item(row.id(), row.paper().title())).toList();
        Long id = selectedId.getValue();
        List<ExportViewModel.Item> selected = id == null ? List.of()
                : shown.stream().filter(item -> item.id() == id).toList();
        lastExport = new ExportDialog(owner.get(), messages, blog.newExport(selected, shown));
        lastExport.show();
        return lastExport;
    }

    public ImportDialog importPosts() {
        lastImport = new ImportDialog(owner.get(), messages, blog.newImport());
        lastImport.show();
        return lastImport;
    }

    /** The export dialog opened last (tests set its folder, which a native chooser cannot). */
    public ExportDialog lastExport() {
        return lastExport;
    }

    /** The import dialog opened last. */
    public ImportDialog lastImport() {
        return lastImport;
    }
}
