package org.papernotes.store.search;

import java.sql.Connection;
import java.sql.SQLException;
import org.papernotes.store.Library;

/** Keeps the full-text index in step with the papers, inside the caller's transaction. */
public final class SearchIndex {

    private final Library library;

    public SearchIndex(Library library) {
        this.library = library;
    }

    /** (Re)indexes one paper from what is stored now. */
    public void update(Connection connection, long paperId) throws SQLException {
        // filled in by the search work (issue 3)
    }

    /** Removes one paper from the index. */
    public void remove(Connection connection, long paperId) throws SQLException {
        // filled in by the search work (issue 3)
    }
}
