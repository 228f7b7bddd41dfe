package org.papernotes.ui.bibliography;

import java.util.Map;
import org.papernotes.Version;
import org.papernotes.bibliography.LookupSettings;
import org.papernotes.bibliography.PaperLookup;
import org.papernotes.store.Library;

/**
 * The lookups the window makes, asked where the command line asks ({@code papernotes add}): the environment's
 * {@code PAPERNOTES_DOI_URL} and {@code PAPERNOTES_ARXIV_URL} first, then the library's {@code lookup.doiUrl} and
 * {@code lookup.arxivUrl}, else doi.org and export.arxiv.org. Read when a lookup starts, so that a setting changed
 * with {@code papernotes config} counts without a restart.
 */
final class PaperLookups {

    private PaperLookups() {
    }

    /** @throws IllegalArgumentException naming the variable or setting that is not an http(s) URL */
    static PaperLookup forLibrary(Library library, Map<String, String> environment) {
        return new PaperLookup(LookupSettings.from(environment,
                library.settings().get(LookupSettings.DOI_URL_SETTING),
                library.settings().get(LookupSettings.ARXIV_URL_SETTING), Version.get()));
    }
}
