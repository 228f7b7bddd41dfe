package org.papernotes.ui.search;

import java.util.List;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.SearchHit;
import org.papernotes.store.Library;

/** The library's full-text search (FTS5, ranked, with snippets of the note) as the paper list asks for it. */
public final class LibrarySearchService implements SearchService {

    private final Library library;

    public LibrarySearchService(Library library) {
        this.library = library;
    }

    @Override
    public List<SearchResult> search(String query, PaperFilter filter, int limit) {
        return library.searchIndex().search(query, filter, limit).stream().map(LibrarySearchService::result).toList();
    }

    private static SearchResult result(SearchHit hit) {
        return new SearchResult(hit.paper(), hit.score(), hit.snippet().stream()
                .map(part -> new SearchResult.SnippetPart(part.text(), part.hit())).toList());
    }
}
