package org.papernotes.model;

/**
 * What tells one paper from another, without its note: for finding duplicates, keeping citation keys unique and
 * completing keys in a note.
 *
 * @param year        null when unknown
 * @param doi         as stored, or null
 * @param arxivId     as stored, or null
 * @param citationKey null when the paper has none
 * @param firstAuthor the first author as written, or null
 */
public record PaperIdentity(long id, String title, Integer year, String doi, String arxivId, String citationKey,
                            String firstAuthor) {
}
