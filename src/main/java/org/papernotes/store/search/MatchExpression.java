package org.papernotes.store.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The FTS5 MATCH expressions of a query: what must match (all included terms, AND) and what must not (any
 * excluded term, OR). FTS5's NOT needs something on its left, so a query of only excluded terms is run as
 * "every paper but these" in SQL instead; {@link #included} is then null.
 *
 * @param included the expression papers must match, or null when no included term has searchable text
 * @param excluded the expression papers must not match, or null when there is none
 * @param patterns the included terms, for marking hits in snippets
 */
record MatchExpression(String included, String excluded, List<TermPattern> patterns) {

    static MatchExpression of(SearchQuery query) {
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        List<TermPattern> patterns = new ArrayList<>();
        for (SearchQuery.Term term : query.terms()) {
            TermPattern pattern = TermPattern.of(term);
            if (pattern.isEmpty()) {
                continue;
            }
            if (term.excluded()) {
                out.add(pattern.toFts());
            } else {
                in.add(pattern.toFts());
                patterns.add(pattern);
            }
        }
        String included = in.isEmpty() ? null : String.join(" AND ", in);
        String excluded = out.isEmpty() ? null : String.join(" OR ", out);
        return new MatchExpression(included, excluded, List.copyOf(patterns));
    }

    /** The expression for the MATCH of a query with included terms: included NOT (excluded). */
    String matching() {
        if (included == null) {
            throw new IllegalStateException("no included terms");
        }
        return excluded == null ? included : "(" + included + ") NOT (" + excluded + ")";
    }

    boolean hasText() {
        return included != null || excluded != null;
    }
}
