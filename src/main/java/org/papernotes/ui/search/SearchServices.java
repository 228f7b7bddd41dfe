package org.papernotes.ui.search;

import org.papernotes.store.Library;

/** Chooses the search the window uses for a library. */
public final class SearchServices {

    private SearchServices() {
    }

    public static SearchService forLibrary(Library library) {
        return new LibrarySearchService(library);
    }
}
