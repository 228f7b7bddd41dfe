package org.papernotes.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperSummary;
import org.papernotes.store.Library;

/**
 * A stand-in for the full-text search in view-model tests: papers whose title contains the query (ignoring case),
 * titles that start with it first, then matches at a word start, then the rest. Simple enough that a test can
 * say which paper comes first.
 */
public final class TitleSearchService implements SearchService {

    private final Library library;

    public TitleSearchService(Library library) {
        this.library = library;
    }

    @Override
    public List<SearchResult> search(String query, PaperFilter filter, int limit) {
        String needle = query.strip();
        if (needle.isEmpty()) {
            return List.of();
        }
        List<SearchResult> results = new ArrayList<>();
        for (PaperSummary paper : library.papers().list(filter)) {
            String title = paper.title();
            int at = indexIgnoringCase(title, needle);
            if (at >= 0) {
                results.add(new SearchResult(paper, score(title, at), snippet(title, at, needle.length())));
            }
        }
        results.sort(Comparator.comparingDouble(SearchResult::score).reversed());
        return results.size() > limit ? List.copyOf(results.subList(0, limit)) : results;
    }

    private static int indexIgnoringCase(String text, String needle) {
        for (int i = 0; i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static double score(String title, int at) {
        if (at == 0) {
            return 3;
        }
        return Character.isLetterOrDigit(title.charAt(at - 1)) ? 1 : 2;
    }

    private static List<SearchResult.SnippetPart> snippet(String title, int at, int length) {
        List<SearchResult.SnippetPart> parts = new ArrayList<>();
        if (at > 0) {
            parts.add(new SearchResult.SnippetPart(title.substring(0, at), false));
        }
        parts.add(new SearchResult.SnippetPart(title.substring(at, at + length), true));
        if (at + length < title.length()) {
            parts.add(new SearchResult.SnippetPart(title.substring(at + length), false));
        }
        return parts;
    }
}
