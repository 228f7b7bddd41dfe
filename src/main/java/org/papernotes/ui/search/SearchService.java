package org.papernotes.ui.search;

import java.util.List;
import org.papernotes.model.PaperFilter;

/**
 * What the paper list asks when the search box is not empty. The window uses {@link TitleSearchService} until
 * the library's full-text search lands; swapping it in means one new implementation of this interface (an
 * adapter from the store's hits to {@link SearchResult}) and changing {@link SearchServices#forLibrary}.
 */
@FunctionalInterface
public interface SearchService {

    /** Best first; at most {@code limit} results; any text is a valid query. Runs on the store thread. */
    List<SearchResult> search(String query, PaperFilter filter, int limit);
}
