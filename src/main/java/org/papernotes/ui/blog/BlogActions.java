package org.papernotes.ui.blog;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.papers.PaperListEntry;

/** The window's blog commands: open the export dialog for the selected papers and the import dialog. */
public final class BlogActions {

    private final BlogWork blog;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final List<Long> selectedIds;
    private final List<PaperListEntry> shownRows;
    private ExportDialog lastExport;
    private java.util.function.Consumer<ExportDialog> onExportDialog = dialog -> { };
    private ImportDialog lastImport;

    /**
     * @param selectedIds the papers selected in the list (read when the dialog opens)
     * @param shownRows   the rows of the list in the order shown (offered as "all papers shown")
     */
    public BlogActions(BlogWork blog, Messages messages, Supplier<Window> owner, List<Long> selectedIds,
                       List<PaperListEntry> shownRows) {
        this.blog = blog;
        this.messages = messages;
        this.owner = owner;
        this.selectedIds = selectedIds;
        this.shownRows = shownRows;
    }

    /** Opens the export dialog for the selected papers (or, with none selected, for all papers shown). */
    public ExportDialog export() {
        List<ExportViewModel.Item> shown = shownRows.stream()
                .map(row -> new ExportViewModel.Item(row.id(), row.paper().title())).toList();
        List<ExportViewModel.Item> selected = selectedItems(shown, selectedIds);
        lastExport = new ExportDialog(owner.get(), messages, blog.newExport(selected, shown));
        onExportDialog.accept(lastExport);
        lastExport.show();
        return lastExport;
    }

    /** Lets another feature add to each export dialog before it shows (the blog's git state). */
    public void setOnExportDialog(java.util.function.Consumer<ExportDialog> onExportDialog) {
        this.onExportDialog = onExportDialog == null ? dialog -> { } : onExportDialog;
    }

    /** The selected papers among those shown, in the order shown. */
    static List<ExportViewModel.Item> selectedItems(List<ExportViewModel.Item> shown, Collection<Long> selectedIds) {
        Set<Long> selected = new HashSet<>(selectedIds);
        return shown.stream().filter(item -> selected.contains(item.id())).toList();
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
