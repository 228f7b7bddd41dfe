package org.papernotes.cli;

import java.util.Map;
import org.papernotes.Version;
import org.papernotes.bibliography.LookupSettings;
import org.papernotes.bibliography.PaperLookup;
import org.papernotes.store.Library;

/** The lookup settings of a library and the environment, for the commands that look papers up. */
final class Lookups {

    private Lookups() {
    }

    static PaperLookup forLibrary(Library library, Map<String, String> environment) {
        return new PaperLookup(LookupSettings.from(environment,
                library.settings().get(LookupSettings.DOI_URL_SETTING),
                library.settings().get(LookupSettings.ARXIV_URL_SETTING), Version.get()));
    }
}
