package org.papernotes.bibliography;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ObjectResolutionException;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;
import org.papernotes.model.CitationKey;
import org.papernotes.model.Paper;

/**
 * Reads BibTeX (a .bib file, or entries pasted) into papers with jbibtex. Each entry is parsed on its own, so a
 * broken one (an unbalanced brace, a missing comma) is reported with the line it starts on and the entries
 * around it still import; {@code @string} macros carry over to the entries after them. One parser reads all the
 * entries of a text (jbibtex re-initialises it for each): a new one per entry cost more than the parsing.
 */
public final class BibtexReader {

    /** An entry starts where a line's first non-blank character is "@". */
    private static final Pattern ENTRY_START = Pattern.compile("(?m)^[ \\t]*@");
    private static final Pattern ENTRY_HEAD = Pattern.compile("@\\s*([A-Za-z]+)\\s*[{(]\\s*([^,\\s{}()]*)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private BibtexReader() {
    }

    public static BibtexImport read(String text) {
        String source = text == null ? "" : text.replace("\r\n", "\n").replace("\uFEFF", "");
        List<Paper> papers = new ArrayList<>();
        List<BibtexProblem> problems = new ArrayList<>();
        BibTeXParser parser = lenientParser();
        List<Integer> starts = new ArrayList<>();
        Matcher start = ENTRY_START.matcher(source);
        while (start.find()) {
            starts.add(start.start());
        }
        int line = 1;
        int counted = 0;
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : source.length();
            String chunk = source.substring(from, to);
            line += newlines(source, counted, from);
            counted = from;
            int entryLine = line;
            Matcher head = ENTRY_HEAD.matcher(chunk);
            String type = head.lookingAt() ? head.group(1).toLowerCase(Locale.ROOT) : null;
            String key = head.lookingAt() && !head.group(2).isEmpty() ? head.group(2) : null;
            if ("comment".equals(type) || "preamble".equals(type)) {
                continue;
            }
            try {
                BibTeXDatabase database = parser.parse(new StringReader(chunk));
                database.getStrings().values().forEach(parser::addMacro);
                for (BibTeXEntry entry : database.getEntries().values()) {
                    paper(entry).ifPresentOrElse(papers::add,
                            () -> problems.add(new BibtexProblem(entryLine, entry.getKey().getValue(),
                                    "the entry has no title")));
                }
            } catch (ParseException | TokenMgrException | ObjectResolutionException e) {
                problems.add(new BibtexProblem(entryLine, key, describe(e)));
            }
        }
        return new BibtexImport(papers, problems);
    }

    /** Reads an undefined {@code @string} as its name (as BibTeX warns and goes on) and keeps a crossref as a field. */
    private static BibTeXParser lenientParser() {
        try {
            return new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                }
            };
        } catch (ParseException e) {
            throw new IllegalStateException("jbibtex's parser cannot start", e); // it parses "" when made
        }
    }

    private static Optional<Paper> paper(BibTeXEntry entry) {
        String type = entry.getType().getValue().toLowerCase(Locale.ROOT);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
            String name = field.getKey().getValue().toLowerCase(Locale.ROOT);
            String value = field.getValue().toUserString();
            raw.put(name, value);
            fields.put(name, BibtexFields.VERBATIM.contains(name) ? value.strip()
                    : name.equals("abstract") ? LatexText.decodeParagraphs(value) : LatexText.decode(value));
        }
        String title = fields.remove("title");
        raw.remove("title");
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        Paper paper = Paper.titled(title).withEntryType(type);
        String authors = raw.remove("author");
        fields.remove("author");
        if (authors != null) {
            paper = paper.withAuthors(AuthorNames.splitBibtexList(authors).stream().map(AuthorNames::fromBibtex)
                    .filter(name -> !name.isBlank()).toList());
        }
        for (String venueField : BibtexFields.venueFields(type)) {
            String venue = fields.remove(venueField);
            if (venue != null && !venue.isBlank()) {
                paper = paper.withVenue(venue);
                break;
            }
        }
        String year = fields.get("year");
        if (year != null && YEAR.matcher(year.strip()).matches()) {
            paper = paper.withYear(Integer.parseInt(year.strip()));
            fields.remove("year");
        }
        String doi = fields.remove("doi");
        if (doi != null) {
            Optional<Identifier> parsed = Identifier.parse(doi);
            doi = parsed.filter(Identifier.Doi.class::isInstance).map(Identifier::text).orElse(doi);
        }
        String arxiv = arxivId(fields);
        String url = fields.remove("url");
        paper = paper.withLinks(blankToNull(doi), arxiv, blankToNull(url));
        String abstractText = fields.remove("abstract");
        if (abstractText != null && !abstractText.isBlank()) {
            paper = paper.withAbstract(abstractText);
        }
        String key = entry.getKey().getValue();
        if (CitationKey.isValid(key)) {
            paper = paper.withCitationKey(key);
        }
        return Optional.of(paper.withBibFields(fields));
    }

    /** An arXiv eprint (eprint with archivePrefix or eprinttype arXiv, or Mendeley's arxivid), taken out of the fields. */
    private static String arxivId(Map<String, String> fields) {
        String prefix = fields.getOrDefault("archiveprefix", fields.getOrDefault("eprinttype", ""));
        String candidate = null;
        if (prefix.equalsIgnoreCase("arxiv") && fields.containsKey("eprint")) {
            candidate = fields.get("eprint");
        } else if (fields.containsKey("arxivid")) {
            candidate = fields.get("arxivid");
        }
        if (candidate == null) {
            return null;
        }
        Optional<Identifier> id = Identifier.parse(candidate);
        if (id.isEmpty() || !(id.get() instanceof Identifier.Arxiv arxiv)) {
            return null;
        }
        fields.remove("archiveprefix");
        fields.remove("eprinttype");
        fields.remove("eprint");
        fields.remove("arxivid");
        return arxiv.text();
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String first = message.lines().findFirst().orElse(message).strip();
        // The entry is cut at the next line starting with "@": a value still open there is never closed.
        if (first.startsWith("Reached unexpected EOF")) {
            return "not valid BibTeX (a brace or quote is never closed)";
        }
        if (first.startsWith("Encountered unexpected token:") && first.contains("<EOF>")) {
            return "not valid BibTeX (the entry ends before its closing brace)";
        }
        if (first.startsWith("Encountered unexpected token:")) {
            return "not valid BibTeX (" + first.replace("Encountered unexpected token:", "unexpected").strip()
                    + "); check for a missing comma, brace or quote";
        }
        if (e instanceof TokenMgrException) {
            return "not valid BibTeX (" + first + ")";
        }
        return first;
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
