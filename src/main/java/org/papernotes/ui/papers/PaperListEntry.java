package org.papernotes.ui.papers;

import java.util.List;
import org.papernotes.model.PaperSummary;
import org.papernotes.ui.search.SearchResult;

/** One row of the paper list: the paper, and when searching, its score and snippet. */
public record PaperListEntry(PaperSummary paper, double score, List<SearchResult.SnippetPart> snippet) {

    public PaperListEntry {
        snippet = List.copyOf(snippet);
    }

    public static PaperListEntry of(PaperSummary paper) {
        return new PaperListEntry(paper, 0, List.of());
    }

    public static PaperListEntry of(SearchResult result) {
        return new PaperListEntry(result.paper(), result.score(), result.snippet());
    }

    public long id() {
        return paper.id();
    }

    public PaperListEntry withPaper(PaperSummary newPaper) {
        return new PaperListEntry(newPaper, score, snippet);
    }
}
