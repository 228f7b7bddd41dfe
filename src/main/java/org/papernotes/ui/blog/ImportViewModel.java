package org.papernotes.ui.blog;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.papernotes.blog.ImportReport;
import org.papernotes.store.Library;
import org.papernotes.ui.common.UiExecutors;
import org.papernotes.workflow.ImportPosts;

/**
 * The import dialog's state: the chosen post files, {@code _posts} folders or blog checkouts, the import
 * with progress and cancel, and the report, file by file.
 */
public final class ImportViewModel extends BlogTaskViewModel {

    private final ImportPosts importer;
    private final Consumer<ImportReport> onImported;
    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();

    /** @param onImported runs on the FX thread after an import (the list and counts need reloading) */
    ImportViewModel(Library library, UiExecutors executors, Executor worker, Consumer<ImportReport> onImported) {
        super(executors, worker);
        this.importer = new ImportPosts(library);
        this.onImported = onImported;
    }

    /** What to import: post files, {@code _posts} folders, blog checkouts. */
    public ObservableList<Path> paths() {
        return paths;
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Imports {@link #paths()}; returns false if there is nothing to import or an import is running. */
    public boolean importPosts() {
        if (paths.isEmpty() || runningProperty().get()) {
            return false;
        }
        report.set(null);
        List<Path> chosen = List.copyOf(paths);
        start(progress -> importer.importPosts(chosen, progress), done -> {
            report.set(done);
            onImported.accept(done);
        });
        return true;
    }
}
