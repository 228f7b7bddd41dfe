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

    public Path defaultFolder() {
        return backups.defaultFolder();
    }

    /** Why a typed backup folder cannot be used. */
    public enum FolderProblem { EMPTY, NOT_ABSOLUTE }

    /**
     * Checks {@code typed} as the path of a backup folder: null when it can be tried, else why not (a relative path
     * would depend on where the app was started).
     */
    public static FolderProblem check(String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        if (trimmed.isEmpty()) {
            return FolderProblem.EMPTY;
        }
        try {
            return Path.of(trimmed).isAbsolute() ? null : FolderProblem.NOT_ABSOLUTE;
        } catch (java.nio.file.InvalidPathException e) {
            return FolderProblem.NOT_ABSOLUTE;
        }
    }

    /**
     * Makes backups go to the folder {@code typed} from now on (created if missing), on the store thread; then
     * {@code done} gets the folder, or {@code failed} the reason it cannot be used. {@code typed} must pass
     * {@link #check}.
     */
    public void setFolder(String typed, Consumer<Path> done, Consumer<Throwable> failed) {
        Path folder = Path.of(typed.strip());
        executors.run(() -> {
            backups.setFolder(folder);
            return backups.folder();
        }, done, failed);
    }

    /** Saves every readable paper into a new library file beside this one. */
    public void salvage(Consumer<Salvage.Result> done) {
        executors.run(() -> Salvage.into(library, Salvage.targetBeside(library.file())), done, onError);
    }
}
