package org.papernotes.model;

import java.time.Instant;
import java.util.List;
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
        BlogPost blog) {

    public static final int MAX_RATING = 5;

    public Paper {
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors == null ? List.of() : authors);
        tags = List.copyOf(tags == null ? List.of() : tags);
        status = status == null ? ReadingStatus.TO_READ : status;
        note = note == null ? "" : note;
        blog = blog == null ? BlogPost.NONE : blog;
        if (rating < 0 || rating > MAX_RATING) {
            throw new IllegalArgumentException("rating must be between 0 and " + MAX_RATING + ": " + rating);
        }
    }

    /** A new, unsaved paper with only a title. */
    public static Paper titled(String title) {
        return new Paper(0, title, List.of(), null, null, null, null, null, null, null, ReadingStatus.TO_READ, 0,
                "", List.of(), null, null, BlogPost.NONE);
    }

    public Paper withId(long newId) {
        return new Paper(newId, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog);
    }

    public Paper withTitle(String newTitle) {
        return new Paper(id, newTitle, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog);
    }

    public Paper withAuthors(List<String> newAuthors) {
        return new Paper(id, title, newAuthors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog);
    }

    public Paper withVenue(String newVenue) {
        return new Paper(id, title, authors, newVenue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog);
    }

    public Paper withYear(Integer newYear) {
        return new Paper(id, title, authors, venue, newYear, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog);
    }

    public Paper withLinks(String newDoi, String newArxivId, String newUrl) {
        return new Paper(id, title, authors, venue, year, newDoi, newArxivId, newUrl, pdfPath, citationKey, status,
                rating, note, tags, createdAt, updatedAt, blog);
    }

    public Paper withPdfPath(String newPdfPath) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, newPdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, blog);
    }

    public Paper withCitationKey(String newCitationKey) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, newCitationKey, status, rating,
                note, tags, createdAt, updatedAt, blog);
    }

    public Paper withStatus(ReadingStatus newStatus) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, newStatus, rating,
                note, tags, createdAt, updatedAt, blog);
    }

    public Paper withRating(int newRating) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, newRating,
                note, tags, createdAt, updatedAt, blog);
    }

    public Paper withNote(String newNote) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                newNote, tags, createdAt, updatedAt, blog);
    }

    public Paper withTags(List<String> newTags) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, newTags, createdAt, updatedAt, blog);
    }

    public Paper withTimes(Instant newCreatedAt, Instant newUpdatedAt) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, newCreatedAt, newUpdatedAt, blog);
    }

    public Paper withBlog(BlogPost newBlog) {
        return new Paper(id, title, authors, venue, year, doi, arxivId, url, pdfPath, citationKey, status, rating,
                note, tags, createdAt, updatedAt, newBlog);
    }
}
