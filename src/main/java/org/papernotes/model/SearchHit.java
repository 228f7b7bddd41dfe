package org.papernotes.model;

import java.util.List;
import java.util.Objects;

/**
 * One search result.
 *
 * @param paper   the paper's row, as the paper list shows it
 * @param score   relevance: higher is better (the negated bm25 of the match); 0 for a query of only filters
 * @param snippet a short extract of the note around the hits, hits marked; empty when the note is empty
 */
public record SearchHit(PaperSummary paper, double score, List<SnippetPart> snippet) {

    public SearchHit {
        Objects.requireNonNull(paper, "paper");
        snippet = List.copyOf(snippet);
    }

    /** The snippet as plain text, for tooltips and tests. */
    public String snippetText() {
        StringBuilder text = new StringBuilder();
        snippet.forEach(part -> text.append(part.text()));
        return text.toString();
    }
}
