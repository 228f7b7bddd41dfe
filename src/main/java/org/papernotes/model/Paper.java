package org.papernotes.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A paper of the library with its note. Immutable; the {@code with…} methods return changed copies.
 *
 * @param id        the library's id; 0 for a paper not yet stored
 * @param authors   in the order of the paper's byline
 * @param year      null when unknown
 * @param rating    0 (unrated) to 5
 * @param note      the Markdown note, exactly as written
 * @param tags      in the order the user gave them
 * @param abstractText the paper's abstract as plain text, or null
 * @param entryType the BibTeX entry type in lower case ({@code article}, {@code inproceedings}, {@code misc}, …),
 *                  or null when unknown
 * @param bibFields other bibliographic fields by their lower-case BibTeX names ({@code volume}, {@code pages},
 *                  {@code publisher}, …), as plain text, in the order they were read; never null
 */
public record Paper(
        long id,
        String title,
        List<String> authors,
        String venue,
        Integer year,
        String doi,
        String arxivId,
        String url,
        String pdfPath,
        String citationKey,
        ReadingStatus status,
        int rating,
        String note,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        BlogPost blog,
        String abstractText,
        String entryType,
        Map<String, String> bibFields) {

    public static final int MAX_RATING = 5;

    public Paper {
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors == null ? List.of() : authors);
        tags = List.copyOf(tags == null ? List.of() : tags);
        status = status == null ? ReadingStatus.TO_READ : status;
        note = note == null ? "" : note;
        blog = blog == null ? BlogPost.NONE : blog;
        bibFields = bibFields == null || bibFields.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(bibFields));
        if (rating < 0 || rating > MAX_RATING) {
            throw new IllegalArgumentException("rating must be between 0 and " + MAX_RATING + ": " + rating);
        }
    }

    /** A new, unsaved paper with only a title. */
    public static Paper titled(String title) {
        return new Paper(0, title, List.of(), null, null, null, null, null, null, null, ReadingStatus.TO_READ, 0,
                "", List.of(), null, null, BlogPost.NONE, null, null, Map.of());
    }

    public Paper withId(long newId) {
        return new Paper(newId, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog, abstractText, entryType, bibFields);
    }

    public Paper withTitle(String newTitle) {
        return new Paper(id, newTitle, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog, abstractText, entryType, bibFields);
    }

    public Paper withAuthors(List<String> newAuthors) {
        return new Paper(id, title, newAuthors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog, abstractText, entryType, bibFields);
    }

    public Paper withVenue(String newVenue) {
        return new Paper(id, title, authors, newVenue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog, abstractText, entryType, bibFields);
    }

    public Paper withYear(Integer newYear) {
        return new Paper(id, title, authors, venue, newYear, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog, abstractText, entryType, bibFields);
    }

    public Paper withLinks(String newDoi, String newArxivId, String newUrl) {
        return new Paper(id, title, authors, venue, year, newDoi, newArxivId, newUrl, pdfPath, citationKey, status,
                rating, note, tags, createdAt, updatedAt, blog, abstractText, entryType, bibFields);
    }

    public Paper withPdfPath(String newPdfPath) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, newPdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog, abstractText, entryType, bibFields);
    }

    public Paper withCitationKey(String newCitationKey) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, newCitationKey, status, rating,
                note, tags, createdAt, updatedAt, blog, abstractText, entryType, bibFields);
    }

    public Paper withStatus(ReadingStatus newStatus) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, newStatus, rating,
                note, tags, createdAt, updatedAt, blog, abstractText, entryType, bibFields);
    }

    public Paper withRating(int newRating) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, newRating,
                note, tags, createdAt, updatedAt, blog, abstractText, entryType, bibFields);
    }

    public Paper withNote(String newNote) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                newNote, tags, createdAt, updatedAt, blog, abstractText, entryType, bibFields);
    }

    public Paper withTags(List<String> newTags) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, newTags, createdAt, updatedAt, blog, abstractText, entryType, bibFields);
    }

    public Paper withTimes(Instant newCreatedAt, Instant newUpdatedAt) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, newCreatedAt, newUpdatedAt, blog, abstractText, entryType, bibFields);
    }

    public Paper withBlog(BlogPost newBlog) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, newBlog, abstractText, entryType, bibFields);
    }

    public Paper withAbstract(String newAbstract) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog, newAbstract, entryType, bibFields);
    }

    public Paper withEntryType(String newEntryType) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog, abstractText, newEntryType, bibFields);
    }

    public Paper withBibFields(Map<String, String> newBibFields) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog, abstractText, entryType, newBibFields);
    }
}
