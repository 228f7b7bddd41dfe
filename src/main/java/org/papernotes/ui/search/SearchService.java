package org.papernotes.ui.search;

import java.util.List;
import org.papernotes.model.PaperFilter;

/**
 * What the paper list asks when the search box is not empty: a view-model dependency, so that tests and other
 * back ends can stand in. The window uses {@link LibrarySearchService} (the library's full-text search), chosen by
 * {@link SearchServices#forLibrary}.
 */
@FunctionalInterface
public interface SearchService {

    /** Best first; at most {@code limit} results; any text is a valid query. Runs on the store thread. */
    List<SearchResult> search(String query, PaperFilter filter, int limit);
}
