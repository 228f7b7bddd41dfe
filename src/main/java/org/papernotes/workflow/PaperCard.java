package org.papernotes.workflow;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.papernotes.bibliography.CitationText;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;

/**
 * The short card about the paper a post can start with: its title, authors, venue and year, and its links, as a
 * quote block kramdown and any Markdown reader show alike:
 * <pre>
 * &gt; **Attention Is All You Need**
 * &gt;
 * &gt; Ashish Vaswani, Noam Shazeer · NeurIPS · 2017
 * &gt;
 * &gt; [DOI](https://doi.org/…) · [arXiv](https://arxiv.org/abs/…)
 * </pre>
 * Which posts get one is the library's choice ({@link Choice}), remembered like its blog folder, so that an export
 * from the window, from the command line and a publish write the same posts.
 */
public final class PaperCard {

    /** The settings key of the choice. */
    public static final String SETTING = "blog.paperCard";
    /** Authors named on the card before "et al.". */
    static final int AUTHORS_SHOWN = 8;

    /** Which posts start with the card. */
    public enum Choice {
        /** None (the default). */
        NONE,
        /** Posts of notes written in PaperNotes; an imported post stays as it was. */
        WRITTEN_HERE,
        /** Imported posts too (they are then rewritten). */
        ALL;

        /** Whether a post gets the card: {@code imported} says it came from the blog. */
        public boolean appliesTo(boolean imported) {
            return this == ALL || (this == WRITTEN_HERE && !imported);
        }
    }

    private PaperCard() {
    }

    /** The library's choice; {@link Choice#NONE} when none was made. */
    public static Choice remembered(Library library) {
        return library.settings().get(SETTING).flatMap(PaperCard::parse).orElse(Choice.NONE);
    }

    public static void remember(Library library, Choice choice) {
        library.settings().put(SETTING, choice.name().toLowerCase(Locale.ROOT));
    }

    /** "none", "written_here"/"new", "all", any case; empty for anything else. */
    public static Optional<Choice> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (value) {
            case "none" -> Optional.of(Choice.NONE);
            case "written_here", "new" -> Optional.of(Choice.WRITTEN_HERE);
            case "all" -> Optional.of(Choice.ALL);
            default -> Optional.empty();
        };
    }

    /** The card's Markdown, ending without a line break. */
    public static String of(Paper paper) {
        List<String> lines = new ArrayList<>();
        lines.add("**" + KramdownWriting.text(paper.title()) + "**");
        List<String> facts = new ArrayList<>();
        List<String> authors = paper.authors().stream().map(CitationText::authorName).toList();
        if (!authors.isEmpty()) {
            String names = String.join(", ", authors.subList(0, Math.min(AUTHORS_SHOWN, authors.size())));
            facts.add(KramdownWriting.text(authors.size() > AUTHORS_SHOWN ? names + " et al." : names));
        }
        if (paper.venue() != null && !paper.venue().isBlank()) {
            facts.add("*" + KramdownWriting.text(paper.venue()) + "*");
        }
        if (paper.year() != null) {
            facts.add(String.valueOf(paper.year()));
        }
        if (!facts.isEmpty()) {
            lines.add(String.join(" · ", facts));
        }
        List<String> links = new ArrayList<>();
        if (present(paper.doi())) {
            links.add(KramdownWriting.link("DOI", "https://doi.org/" + paper.doi().strip()));
        }
        if (present(paper.arxivId())) {
            links.add(KramdownWriting.link("arXiv", "https://arxiv.org/abs/" + paper.arxivId().strip()));
        }
        if (present(paper.url()) && !sameAsAbove(paper)) {
            links.add(KramdownWriting.link(host(paper.url()), paper.url()));
        }
        if (!links.isEmpty()) {
            lines.add(String.join(" · ", links));
        }
        return "> " + String.join("\n>\n> ", lines);
    }

    /** The URL points at the DOI or arXiv page already linked. */
    private static boolean sameAsAbove(Paper paper) {
        String url = paper.url().strip().toLowerCase(Locale.ROOT);
        return (present(paper.doi()) && url.endsWith(paper.doi().strip().toLowerCase(Locale.ROOT)))
                || (present(paper.arxivId()) && url.contains("arxiv.org/") && url.contains(paper.arxivId().strip().toLowerCase(Locale.ROOT)));
    }

    /** "openreview.net" for a link to it; the address itself when it has no host. */
    private static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? url.strip() : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
