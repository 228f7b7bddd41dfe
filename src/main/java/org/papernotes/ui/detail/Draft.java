package org.papernotes.ui.detail;

import java.util.Arrays;
import java.util.List;
import org.papernotes.model.Paper;
import org.papernotes.model.ReadingStatus;

/**
 * A paper's fields as the user typed them, over the paper as last stored ({@code base}), and which parts
 * differ from it. The citation key is the one to store: the typed one once it is known to be valid and free, the
 * stored one until then. Kept when a save fails so that the same edits can be stored later, also after another
 * paper was opened.
 */
record Draft(Paper base, String title, String authors, String venue, String year, String doi, String arxiv,
             String url, ReadingStatus status, int rating, List<String> tags, String note,
             boolean metadataDirty, boolean noteDirty, String citationKey, String abstractText, String entryType) {

    Draft {
        tags = List.copyOf(tags);
    }

    long id() {
        return base.id();
    }

    /** The paper with the edited metadata and note; throws {@link IllegalArgumentException} for a field that is not valid. */
    Paper edited() {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A paper needs a title.");
        }
        List<String> authorList = Arrays.stream(authors.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return base.withTitle(title.strip()).withAuthors(authorList).withVenue(blankToNull(venue))
                .withYear(parseYear(year)).withLinks(blankToNull(doi), blankToNull(arxiv), blankToNull(url))
                .withStatus(status).withRating(Math.max(0, Math.min(Paper.MAX_RATING, rating)))
                .withTags(tags).withNote(note).withCitationKey(blankToNull(citationKey))
                .withAbstract(blankToNull(abstractText))
                .withEntryType(entryType == null || entryType.isBlank() ? null : entryType.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static Integer parseYear(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The year must be a number, like 2024.", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
