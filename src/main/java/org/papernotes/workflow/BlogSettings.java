package org.papernotes.workflow;

import java.nio.file.Path;
import java.util.Optional;
import org.papernotes.store.Library;

/**
 * The blog folders a library remembers: the checkout it exports to (chosen by the user at the first export), and
 * the folder its posts were last imported from, which the first export offers when it is a blog checkout. An
 * import never makes its source the export target by itself.
 */
public final class BlogSettings {

    /** The settings key of the export folder. */
    public static final String EXPORT_FOLDER = "blog.folder";
    /** The settings key of the folder posts were last imported from. */
    public static final String IMPORT_SOURCE = "blog.importedFrom";

    private final Library library;

    public BlogSettings(Library library) {
        this.library = library;
    }

    public Optional<Path> exportFolder() {
        return path(EXPORT_FOLDER);
    }

    public void rememberExportFolder(Path blog) {
        library.settings().put(EXPORT_FOLDER, blog.toAbsolutePath().normalize().toString());
    }

    /**
     * The blog checkout the library knows, for finding a post's {@code /images/…} on disk: the export folder, else
     * the folder posts were imported from.
     */
    public Optional<Path> knownCheckout() {
        return exportFolder().or(this::importSource);
    }

    public Optional<Path> importSource() {
        return path(IMPORT_SOURCE);
    }

    void rememberImportSource(Path folder) {
        library.settings().put(IMPORT_SOURCE, folder.toAbsolutePath().normalize().toString());
    }

    private Optional<Path> path(String key) {
        return library.settings().get(key).filter(s -> !s.isBlank()).map(Path::of);
    }
}
