package org.papernotes.bibliography;

import java.util.ArrayList;
import java.util.List;
import org.papernotes.model.Paper;

/**
 * Readable citations for posts, in author–year style: "Vaswani et al., 2017" in the text, and a references
 * list entry "Ashish Vaswani, Noam Shazeer, … (2017). Attention Is All You Need. NeurIPS." with the paper's link.
 * Plain text; the blog exporter turns it into Markdown.
 */
public final class CitationText {

    private CitationText() {
    }

    /** "Vaswani et al., 2017", "Lovelace & Babbage, 1843", "张三, 2024", "Anonymous" without authors or year. */
    public static String inText(Paper paper) {
        List<String> surnames = paper.authors().stream().map(CitationText::displaySurname).toList();
        String names = surnames.isEmpty() ? shortTitle(paper.title())
                : surnames.size() == 1 ? surnames.get(0)
                : surnames.size() == 2 ? surnames.get(0) + " & " + surnames.get(1)
                : surnames.get(0) + " et al.";
        return paper.year() == null ? names : names + ", " + paper.year();
    }

    /** One references-list line: authors (year). Title. Venue. (the link separately: {@link #link}). */
    public static String reference(Paper paper) {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (String author : paper.authors()) {
            names.add(AuthorNames.displayName(author));
        }
        if (names.size() > 6) {
            names = new ArrayList<>(names.subList(0, 6));
            names.add("et al.");
        }
        if (!names.isEmpty()) {
            out.append(String.join(", ", names)).append(' ');
        }
        if (paper.year() != null) {
            out.append('(').append(paper.year()).append("). ");
        }
        out.append(paper.title().strip());
        if (!paper.title().strip().matches(".*[.?!。？！]$")) {
            out.append('.');
        }
        if (paper.venue() != null && !paper.venue().isBlank()) {
            out.append(' ').append(paper.venue().strip()).append('.');
        }
        return out.toString();
    }

    /** A stored author name as running text writes it ("Vaswani, Ashish" → "Ashish Vaswani"). */
    public static String authorName(String stored) {
        return AuthorNames.displayName(stored);
    }

    /** The paper's page: its DOI at doi.org, else its arXiv page, else its URL; null if it has none. */
    public static String link(Paper paper) {
        if (paper.doi() != null && !paper.doi().isBlank()) {
            return "https://doi.org/" + paper.doi().strip();
        }
        if (paper.arxivId() != null && !paper.arxivId().isBlank()) {
            return "https://arxiv.org/abs/" + paper.arxivId().strip();
        }
        return paper.url() == null || paper.url().isBlank() ? null : paper.url().strip();
    }

    private static String displaySurname(String author) {
        String surname = AuthorNames.surname(author).replace("{", "").replace("}", "");
        // A Chinese name is cited whole (张三), as Chinese references are.
        return AuthorNames.isHan(author) && !author.contains(" ") ? author : surname;
    }

    private static String shortTitle(String title) {
        String text = title.strip();
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
