package org.papernotes.ui.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.papernotes.store.Backups;
import org.papernotes.store.Library;
import org.papernotes.store.Salvage;
import org.papernotes.ui.common.UiExecutors;

/**
 * Backups of the open library (File → Back up now, File → Restore from backup…, the daily one) and the salvage of
 * a damaged library, each on the store thread.
 */
public final class BackupViewModel {

    private static final System.Logger LOG = System.getLogger(BackupViewModel.class.getName());

    private final Library library;
    private final Backups backups;
    private final UiExecutors executors;
    private final Consumer<Throwable> onError;

    public BackupViewModel(Library library, UiExecutors executors, Consumer<Throwable> onError) {
        this.library = library;
        this.backups = new Backups(library);
        this.executors = executors;
        this.onError = onError;
    }

    public void backUpNow(Consumer<Path> done) {
        executors.runInBackground(backups::backUpNow, done, onError);
    }

    /** The daily backup, if one is due; a failure is logged, not shown (the next day tries again). */
    public void backUpIfDue() {
        if (library.damage() != null) {
            return; // a damaged file is not copied over the good backups
        }
        executors.runInBackground(() -> backups.backUpIfDue().orElse(null), made -> { },
                error -> LOG.log(System.Logger.Level.WARNING, "Daily backup failed: {0}", error.getMessage()));
    }

    public void list(Consumer<List<Backups.Backup>> into) {
        executors.run(backups::list, into, onError);
    }

    public Path folder() {
        return backups.folder();
    }

    /** Saves every readable paper into a new library file beside this one. */
    public void salvage(Consumer<Salvage.Result> done) {
        executors.run(() -> Salvage.into(library, Salvage.targetBeside(library.file())), done, onError);
    }
}
