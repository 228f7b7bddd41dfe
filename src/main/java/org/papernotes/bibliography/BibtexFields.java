package org.papernotes.bibliography;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which BibTeX field holds a paper's venue for each entry type, and which fields are written as they are. */
final class BibtexFields {

    /** Fields whose text is not LaTeX: read and written verbatim. */
    static final Set<String> VERBATIM = Set.of("url", "doi", "eprint", "file", "pdf", "isbn", "issn", "pages",
            "urldate", "date", "crossref", "archiveprefix", "eprinttype", "primaryclass", "eprintclass");

    private static final Map<String, List<String>> VENUE = Map.ofEntries(
            Map.entry("article", List.of("journal", "journaltitle")),
            Map.entry("inproceedings", List.of("booktitle")),
            Map.entry("conference", List.of("booktitle")),
            Map.entry("incollection", List.of("booktitle")),
            Map.entry("inbook", List.of("booktitle")),
            Map.entry("phdthesis", List.of("school", "institution")),
            Map.entry("mastersthesis", List.of("school", "institution")),
            Map.entry("thesis", List.of("school", "institution")),
            Map.entry("techreport", List.of("institution")),
            Map.entry("report", List.of("institution")));
    private static final List<String> OTHER_VENUE = List.of("howpublished");

    static final String DEFAULT_TYPE = "misc";

    private BibtexFields() {
    }

    /** The fields a venue may be read from for this type, the first also the one it is written to. */
    static List<String> venueFields(String type) {
        return VENUE.getOrDefault(type == null ? DEFAULT_TYPE : type.toLowerCase(Locale.ROOT), OTHER_VENUE);
    }
}
