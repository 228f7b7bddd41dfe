package org.papernotes.markdown;

import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.Optional;

/**
 * What a note's citations point to, for the preview: the paper a key names (the library knows its keys, this package
 * does not), and how an unknown key is marked. Called on the thread that renders; must not block.
 */
public interface CitationResolver {

    /** A cited paper as the preview shows it. */
    record Cited(long paperId, String text, String title) {
    }

    /** The paper whose key this is (ignoring case), or empty when the library has none. */
    Optional<Cited> resolve(String key);

    /** The tooltip of a key no paper has, in the interface's language. */
    default String unknownTitle(String key) {
        return "";
    }

    /** Set on a document before it is rendered; when it is not, a citation is shown as it was written. */
    NullableDataKey<CitationResolver> KEY = new NullableDataKey<>("PAPERNOTES_CITATIONS");

    /** The link a cited paper's text carries in the preview; the window opens the paper when it is clicked. */
    String LINK_SCHEME = "papernotes";

    /** {@code papernotes:paper/12}. */
    static String link(long paperId) {
        return LINK_SCHEME + ":paper/" + paperId;
    }

    /** The paper a {@link #link} names, or empty for any other address. */
    static Optional<Long> paperOf(String address) {
        String prefix = LINK_SCHEME + ":paper/";
        if (address == null || !address.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(address.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
