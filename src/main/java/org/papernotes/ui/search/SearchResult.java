package org.papernotes.ui.search;

import java.util.List;
import org.papernotes.model.PaperSummary;

/** One hit: the paper's row, its score (higher is better) and a snippet with the matched words marked. */
public record SearchResult(PaperSummary paper, double score, List<SnippetPart> snippet) {

    public SearchResult {
        snippet = List.copyOf(snippet);
    }

    /** A piece of the snippet; {@code hit} marks text that matched the query. */
    public record SnippetPart(String text, boolean hit) {
    }
}
