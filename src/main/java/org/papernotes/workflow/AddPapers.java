package org.papernotes.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.papernotes.bibliography.BibtexImport;
import org.papernotes.bibliography.BibtexReader;
import org.papernotes.bibliography.Cancellation;
import org.papernotes.bibliography.CitationKeyPattern;
import org.papernotes.bibliography.Identifier;
import org.papernotes.bibliography.LookupException;
import org.papernotes.bibliography.PaperLookup;
import org.papernotes.bibliography.PaperMatch;
import org.papernotes.bibliography.PdfIdentifiers;
import org.papernotes.model.CitationKey;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperIdentity;
import org.papernotes.store.Library;

/**
 * Adding papers from what a user gives: DOIs, arXiv ids or their URLs (looked up), BibTeX (a .bib file or
 * entries as text), PDFs (their DOI or arXiv id looked up, else their metadata). In two steps, so that the window
 * can show what was found before anything is stored: {@link #find} looks up and matches against the library
 * (no writes); {@link #store} gives the new papers citation keys and stores them in one transaction.
 * {@link #add} does both, for the command line.
 * <p>
 * The duplicate rule ({@link PaperMatch}): a paper with the DOI, arXiv id or normalised title of one in the
 * library, or of one earlier in the same batch, is reported as existing and not added.
 */
public final class AddPapers {

    private final Library library;
    private final PaperLookup lookup;
    private final CitationKeyPattern keys;

    public AddPapers(Library library, PaperLookup lookup, CitationKeyPattern keys) {
        this.library = library;
        this.lookup = lookup;
        this.keys = keys;
    }

    /**
     * What went wrong with an input, or what the user should know of a paper found, as a code the window says in
     * its language (the messages here are English, for the command line).
     */
    public enum Code {
        /** The input was blank. */
        NOTHING_TO_ADD,
        /** Not a DOI, an arXiv id or URL, BibTeX, a .bib or a .pdf. */
        NOT_AN_INPUT,
        /** A .bib that cannot be read as UTF-8 text. */
        UNREADABLE_FILE,
        /** An entry of the BibTeX that could not be read (its line is given). */
        BIBTEX_ENTRY,
        /** A PDF that cannot be read. */
        PDF_UNREADABLE,
        /** A PDF without a DOI, an arXiv id or a title. */
        PDF_NOTHING_FOUND,
        /** A paper from a PDF's metadata only (title and authors): it had no identifier. */
        PDF_METADATA_ONLY,
        /** The lookup gave nothing ({@link LookupException.Reason} says why); for a paper found, the network
         *  failed and it has only what the input says. */
        LOOKUP_FAILED,
        /** The lookup was cancelled before this input was looked up. */
        CANCELLED,
        /** Anything else. */
        OTHER
    }

    /**
     * One paper found for an input.
     *
     * @param source     the input it came from (an identifier, a file, "BibTeX line 12")
     * @param paper      unsaved; for a lookup that failed on the network, only what the input says (see note)
     * @param existing   the library's paper it duplicates, if any: then it is not stored
     * @param note       something the user should know (the lookup failed and the paper has only its identifier),
     *                   or null
     * @param noteCode   the note as a code, or null without a note
     * @param noteReason why the lookup failed, for {@link Code#LOOKUP_FAILED}; else null
     */
    public record Candidate(String source, Paper paper, Optional<PaperIdentity> existing, String note, Code noteCode,
                            LookupException.Reason noteReason) {
        public Candidate(String source, Paper paper, Optional<PaperIdentity> existing, String note) {
            this(source, paper, existing, note, note == null ? null : Code.OTHER, null);
        }

        public boolean isNew() {
            return existing.isEmpty();
        }
    }

    /**
     * An input that gave no paper.
     *
     * @param code   what went wrong
     * @param reason why the lookup failed, for {@link Code#LOOKUP_FAILED}; else null
     * @param origin the input as given (the .bib's file name, "BibTeX" for pasted entries, the identifier)
     * @param line   the BibTeX entry's line, for {@link Code#BIBTEX_ENTRY}; else 0
     */
    public record Problem(String source, String message, Code code, LookupException.Reason reason, String origin,
                          int line) {
        static Problem of(String source, Code code, String message) {
            return new Problem(source, message, code, null, source, 0);
        }

        static Problem lookup(String source, LookupException e) {
            return new Problem(source, e.getMessage(), e.reason() == LookupException.Reason.CANCELLED ? Code.CANCELLED
                    : Code.LOOKUP_FAILED, e.reason(), source, 0);
        }
    }

    /** What {@link #find} found. */
    public record Findings(List<Candidate> candidates, List<Problem> problems) {
        public Findings {
            candidates = List.copyOf(candidates);
            problems = List.copyOf(problems);
        }
    }

    /** What {@link #add} did. */
    public record Outcome(List<Paper> added, List<Candidate> existing, List<Candidate> incomplete,
                          List<Problem> problems) {
    }

    public Outcome add(List<String> inputs, Cancellation cancellation, Consumer<String> notices) {
        Findings findings = find(inputs, cancellation, notices);
        List<Candidate> fresh = findings.candidates().stream().filter(Candidate::isNew).toList();
        List<Paper> added = store(fresh.stream().map(Candidate::paper).toList());
        return new Outcome(added, findings.candidates().stream().filter(c -> !c.isNew()).toList(),
                fresh.stream().filter(c -> c.note() != null).toList(), findings.problems());
    }

    /** Looks every input up and matches it against the library; stores nothing. */
    public Findings find(List<String> inputs, Cancellation cancellation, Consumer<String> notices) {
        PaperMatch match = new PaperMatch(library.papers().identities());
        List<Candidate> candidates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Identifier.Arxiv> arxivIds = new ArrayList<>();
        List<String> arxivSources = new ArrayList<>();
        for (String input : inputs) {
            if (cancellation.isCancelled()) {
                problems.add(Problem.of(input, Code.CANCELLED, "Cancelled."));
                continue;
            }
            String text = input == null ? "" : input.strip();
            Optional<Path> file = file(text);
            if (file.isPresent() && text.toLowerCase(Locale.ROOT).endsWith(".bib")) {
                readBibtex(file.get(), candidates, problems, match);
            } else if (file.isPresent() && text.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                readPdf(file.get(), candidates, problems, match, cancellation, notices);
            } else if (text.startsWith("@")) {
                addBibtex("BibTeX", BibtexReader.read(text), candidates, problems, match);
            } else {
                Optional<Identifier> id = Identifier.parse(text);
                if (id.isEmpty()) {
                    problems.add(text.isEmpty() ? Problem.of(text, Code.NOTHING_TO_ADD, "Nothing to add.")
                            : Problem.of(text, Code.NOT_AN_INPUT, "\"" + text
                            + "\" is not a DOI, an arXiv id or URL, a .bib or a .pdf file."));
                } else if (known(id.get(), text, candidates, match)) {
                    continue; // the library has it: no lookup
                } else if (id.get() instanceof Identifier.Arxiv arxiv) {
                    arxivIds.add(arxiv);
                    arxivSources.add(text);
                } else {
                    lookUpDoi((Identifier.Doi) id.get(), text, candidates, problems, match, cancellation, notices);
                }
            }
        }
        if (!arxivIds.isEmpty()) {
            lookUpArxiv(arxivIds, arxivSources, candidates, problems, match, cancellation, notices);
        }
        return new Findings(candidates, problems);
    }

    /**
     * Stores papers (new ones: id 0) in one transaction, each with a citation key unique in the library: its own
     * if it has a usable one nobody has (a .bib's key), else one made from the pattern. Returns them as stored.
     */
    public List<Paper> store(List<Paper> papers) {
        if (papers.isEmpty()) {
            return List.of();
        }
        return library.inTransaction(connection -> {
            Set<String> taken = library.papers().citationKeysInUse(0);
            List<Paper> stored = new ArrayList<>(papers.size());
            for (Paper paper : papers) {
                String key = paper.citationKey();
                if (key == null || !CitationKey.isValid(key) || taken.contains(key.toLowerCase(Locale.ROOT))) {
                    key = key != null && CitationKey.isValid(key)
                            ? withSuffix(key, taken) : keys.uniqueKey(paper, taken);
                }
                taken.add(key.toLowerCase(Locale.ROOT));
                stored.add(library.papers().insert(paper.withCitationKey(key)));
            }
            return stored;
        });
    }

    /** An imported key someone has: the same key with a, b, … after it, so that it still reads as that key. */
    private static String withSuffix(String key, Set<String> taken) {
        for (int n = 0; ; n++) {
            String candidate = key + (n < 26 ? String.valueOf((char) ('a' + n)) : "a" + n);
            if (!taken.contains(candidate.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
    }

    private static void readBibtex(Path file, List<Candidate> candidates, List<Problem> problems, PaperMatch match) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(Problem.of(file.toString(), Code.UNREADABLE_FILE, "Cannot read " + file + " as UTF-8 text: "
                    + e.getMessage()));
            return;
        }
        addBibtex(file.getFileName().toString(), BibtexReader.read(text), candidates, problems, match);
    }

    private static void addBibtex(String source, BibtexImport read, List<Candidate> candidates, List<Problem> problems,
                                  PaperMatch match) {
        for (Paper paper : read.papers()) {
            String from = paper.citationKey() == null ? source : source + " " + paper.citationKey();
            candidates.add(candidate(from, paper, null, match));
        }
        read.problems().forEach(problem -> problems.add(new Problem(source + " line " + problem.line()
                + (problem.key() == null ? "" : " (" + problem.key() + ")"), problem.message(), Code.BIBTEX_ENTRY, null,
                source, problem.line())));
    }

    private void readPdf(Path file, List<Candidate> candidates, List<Problem> problems, PaperMatch match,
                         Cancellation cancellation, Consumer<String> notices) {
        PdfIdentifiers.Findings found;
        try {
            found = PdfIdentifiers.read(file);
        } catch (IOException e) {
            problems.add(Problem.of(file.toString(), Code.PDF_UNREADABLE, e.getMessage()));
            return;
        }
        String source = file.getFileName().toString();
        if (found.identifier().isPresent()) {
            Identifier id = found.identifier().get();
            if (id instanceof Identifier.Arxiv arxiv) {
                lookUpArxiv(List.of(arxiv), List.of(source), candidates, problems, match, cancellation, notices);
            } else {
                lookUpDoi((Identifier.Doi) id, source, candidates, problems, match, cancellation, notices);
            }
            return;
        }
        if (found.title() == null) {
            problems.add(Problem.of(source, Code.PDF_NOTHING_FOUND, "No DOI, arXiv id or title was found in " + source
                    + "; add the paper by its DOI or arXiv id instead."));
            return;
        }
        candidates.add(candidate(source, Paper.titled(found.title()).withAuthors(found.authors()),
                "No DOI or arXiv id in the PDF: only the title and authors of its metadata.", Code.PDF_METADATA_ONLY,
                null, match));
    }

    private void lookUpDoi(Identifier.Doi doi, String source, List<Candidate> candidates, List<Problem> problems,
                           PaperMatch match, Cancellation cancellation, Consumer<String> notices) {
        try {
            candidates.add(candidate(source, lookup.doi(doi, cancellation, notices), null, match));
        } catch (LookupException e) {
            failed(e, source, Paper.titled("doi:" + doi.value()).withLinks(doi.value(), null, null), candidates,
                    problems, match);
        }
    }

    private void lookUpArxiv(List<Identifier.Arxiv> ids, List<String> sources, List<Candidate> candidates,
                             List<Problem> problems, PaperMatch match, Cancellation cancellation,
                             Consumer<String> notices) {
        Map<String, PaperLookup.Result> results;
        try {
            results = lookup.arxiv(ids, cancellation, notices);
        } catch (LookupException e) {
            for (int i = 0; i < ids.size(); i++) {
                Identifier.Arxiv id = ids.get(i);
                failed(e, sources.get(i), Paper.titled("arXiv:" + id.text()).withLinks(null, id.id(),
                        "https://arxiv.org/abs/" + id.id()), candidates, problems, match);
            }
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            PaperLookup.Result result = results.get(ids.get(i).text());
            if (result != null && result.paper() != null) {
                candidates.add(candidate(sources.get(i), result.paper(), null, match));
            } else {
                problems.add(result == null ? Problem.of(sources.get(i), Code.OTHER, "No answer.")
                        : Problem.lookup(sources.get(i), result.problem()));
            }
        }
    }

    /** A lookup that failed on the network gives a paper with what is known; an unknown id gives nothing. */
    private static void failed(LookupException e, String source, Paper known, List<Candidate> candidates,
                               List<Problem> problems, PaperMatch match) {
        if (e.isTransient()) {
            candidates.add(candidate(source, known, e.getMessage() + " Added with what is known; the rest can be "
                    + "filled in in the window's paper header.", Code.LOOKUP_FAILED, e.reason(), match));
        } else {
            problems.add(Problem.lookup(source, e));
        }
    }

    /** Whether the library (or this batch) has the paper the identifier names; if so it is reported as existing. */
    private static boolean known(Identifier id, String source, List<Candidate> candidates, PaperMatch match) {
        Paper probe = id instanceof Identifier.Arxiv arxiv ? Paper.titled("").withLinks(null, arxiv.id(), null)
                : Paper.titled("").withLinks(id.text(), null, null);
        Optional<PaperIdentity> existing = match.existing(probe);
        existing.ifPresent(paper -> candidates.add(new Candidate(source,
                Paper.titled(paper.title()).withLinks(probe.doi(), probe.arxivId(), null), existing, null)));
        return existing.isPresent();
    }

    private static Candidate candidate(String source, Paper paper, String note, PaperMatch match) {
        return candidate(source, paper, note, note == null ? null : Code.OTHER, null, match);
    }

    private static Candidate candidate(String source, Paper paper, String note, Code noteCode,
                                       LookupException.Reason reason, PaperMatch match) {
        Optional<PaperIdentity> existing = match.existing(paper);
        if (existing.isEmpty()) {
            match.add(new PaperIdentity(0, paper.title(), paper.year(), paper.doi(), paper.arxivId(),
                    paper.citationKey(), paper.authors().isEmpty() ? null : paper.authors().get(0)));
        }
        return new Candidate(source, paper, existing, note, noteCode, reason);
    }

    private static Optional<Path> file(String text) {
        if (text.isEmpty() || text.startsWith("@") || text.contains("\n") || text.contains("://")) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".bib") && !lower.endsWith(".pdf")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
