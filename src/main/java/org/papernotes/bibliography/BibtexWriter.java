package org.papernotes.bibliography;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.papernotes.model.Paper;

/**
 * Writes papers as BibTeX that both BibTeX and biber read: one entry per paper under its citation key, every
 * value in braces with its braces balanced, BibTeX's special characters escaped, and the text either UTF-8 or
 * LaTeX accent commands ({@link Charset}). {@link BibtexReader} reads the result back into the same papers.
 */
public final class BibtexWriter {

    /** How non-ASCII letters are written. */
    public enum Charset {
        /** UTF-8 as it is: for biber, or BibTeX with the inputenc package set to utf8 (the default). */
        UTF8,
        /** Accented Latin letters as LaTeX commands ({\"a}) for 8-bit BibTeX; other scripts stay UTF-8. */
        LATEX_ESCAPES
    }

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private final LatexText.Encoding encoding;

    public BibtexWriter(Charset charset) {
        this.encoding = charset == Charset.LATEX_ESCAPES ? LatexText.Encoding.LATEX : LatexText.Encoding.UTF8;
    }

    /**
     * The entries of the papers, in the given order, separated by blank lines.
     *
     * @throws IllegalArgumentException if a paper has no citation key (the workflow gives every paper one first)
     */
    public String write(Collection<Paper> papers) {
        StringBuilder out = new StringBuilder(papers.size() * 400);
        for (Paper paper : papers) {
            if (out.length() > 0) {
                out.append('\n');
            }
            entry(paper, out);
        }
        return out.toString();
    }

    private void entry(Paper paper, StringBuilder out) {
        if (paper.citationKey() == null || paper.citationKey().isBlank()) {
            throw new IllegalArgumentException("The paper \"" + paper.title() + "\" has no citation key.");
        }
        String type = paper.entryType() == null || !paper.entryType().matches("[A-Za-z]+")
                ? BibtexFields.DEFAULT_TYPE : paper.entryType().toLowerCase(Locale.ROOT);
        Map<String, String> fields = new LinkedHashMap<>();
        if (!paper.authors().isEmpty()) {
            fields.put("author", String.join(" and ", paper.authors().stream()
                    .map(author -> AuthorNames.toBibtex(author, encoding)).toList()));
        }
        fields.put("title", LatexText.encode(paper.title().strip(), encoding, true));
        if (paper.venue() != null && !paper.venue().isBlank()) {
            fields.put(BibtexFields.venueFields(type).get(0), text(paper.venue()));
        }
        if (paper.year() != null) {
            fields.put("year", paper.year().toString());
        }
        for (Map.Entry<String, String> field : paper.bibFields().entrySet()) {
            String name = field.getKey().toLowerCase(Locale.ROOT);
            if (!name.matches("[a-z][a-z0-9_-]*") || fields.containsKey(name) || field.getValue() == null) {
                continue;
            }
            fields.put(name, BibtexFields.VERBATIM.contains(name) ? verbatim(field.getValue()) : text(field.getValue()));
        }
        if (paper.doi() != null && !paper.doi().isBlank()) {
            fields.put("doi", verbatim(paper.doi()));
        }
        if (paper.arxivId() != null && !paper.arxivId().isBlank()) {
            fields.put("eprint", verbatim(paper.arxivId()));
            fields.put("archiveprefix", "arXiv");
        }
        if (paper.url() != null && !paper.url().isBlank()) {
            fields.put("url", verbatim(paper.url()));
        }
        if (paper.abstractText() != null && !paper.abstractText().isBlank()) {
            fields.put("abstract", LatexText.encodeParagraphs(paper.abstractText(), encoding));
        }
        out.append('@').append(type).append('{').append(paper.citationKey().strip()).append(",\n");
        int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            out.append("  ").append(field.getKey()).append(" ".repeat(width - field.getKey().length())).append(" = ");
            String month = field.getKey().equals("month") ? monthMacro(field.getValue()) : null;
            if (month != null) {
                out.append(month);
            } else {
                out.append('{').append(field.getValue()).append('}');
            }
            out.append(",\n");
        }
        out.append("}\n");
    }

    private String text(String value) {
        return LatexText.encode(value.strip(), encoding, false);
    }

    /** A verbatim value as written, unless its braces do not balance; then they are escaped. */
    private static String verbatim(String value) {
        String text = value.strip().replace('\n', ' ');
        return LatexText.balanced(text) ? text : text.replace("{", "\\{").replace("}", "\\}");
    }

    /** BibTeX's month macro (jan, feb, …) for a month name or number, which both BibTeX and biber sort by. */
    private static String monthMacro(String value) {
        String month = value.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).equals(month) || month.equals(String.valueOf(i + 1))) {
                return MONTHS.get(i).substring(0, 3);
            }
        }
        return null;
    }
}
