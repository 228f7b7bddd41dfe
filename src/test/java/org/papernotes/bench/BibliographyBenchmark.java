package org.papernotes.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.papernotes.bibliography.BibtexReader;
import org.papernotes.bibliography.BibtexWriter;
import org.papernotes.bibliography.Cancellation;
import org.papernotes.bibliography.CitationKeyPattern;
import org.papernotes.bibliography.Fixtures;
import org.papernotes.bibliography.Identifier;
import org.papernotes.bibliography.LocalServer;
import org.papernotes.bibliography.LookupSettings;
import org.papernotes.bibliography.PaperLookup;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.workflow.AddPapers;
import org.papernotes.workflow.ExportBibtex;

/**
 * Prints: import of a 2,000-entry .bib (parse, and the .bib file added to a library end to end: read, duplicates
 * checked, keys made, stored), BibTeX export of 10,000 papers (write, and load + write from a library), and a DOI
 * lookup answered by a server on 127.0.0.1 turned into a paper (median and p95). Targets: 1 s, 1 s, 50 ms.
 * {@code mvn -Pbench test-compile exec:exec@bibliography-bench}
 */
public final class BibliographyBenchmark {

    private static final int BIB_ENTRIES = 2_000;
    private static final int LOOKUPS = 200;
    private static final int RUNS = 5;
    private static final Pattern ENTRY_KEY = Pattern.compile("^(@\\w+\\{)([^,]+),");
    private static final Pattern TITLE_FIELD = Pattern.compile("(?m)^(\\s*title\\s*=\\s*\\{)");
    private static final Pattern DOI_FIELD = Pattern.compile("(?m)^(\\s*doi\\s*=\\s*\\{)([^}]*)\\}");

    public static void main(String[] args) throws Exception {
        String bib = bigBib(BIB_ENTRIES);
        for (int warm = 0; warm < 3; warm++) {
            BibtexReader.read(bib);
        }
        long[] parse = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            int read = BibtexReader.read(bib).papers().size();
            parse[run] = System.nanoTime() - start;
            expect(read, BIB_ENTRIES, "entries read");
        }
        System.out.printf("bib import, parse only: %d entries, %s%n", BIB_ENTRIES, runs(parse));

        Path dir = Files.createTempDirectory("bib-bench");
        Path bibFile = Files.writeString(dir.resolve("big.bib"), bib, StandardCharsets.UTF_8);
        PaperLookup offline = new PaperLookup(LookupSettings.from(Map.of(), Optional.empty(), Optional.empty(), "bench"));
        long[] imports = new long[RUNS];
        for (int run = -2; run < RUNS; run++) { // two warm-up runs
            try (Library library = Library.open(dir.resolve("import" + run + ".db"))) {
                AddPapers add = new AddPapers(library, offline, CitationKeyPattern.of(CitationKeyPattern.DEFAULT));
                long start = System.nanoTime();
                add.add(List.of(bibFile.toString()), new Cancellation(), n -> { });
                if (run >= 0) {
                    imports[run] = System.nanoTime() - start;
                }
                expect(library.papers().identities().size(), BIB_ENTRIES, "papers stored");
            }
        }
        System.out.printf("bib import into a new library, end to end (file read, parsed, duplicates checked, keys made,"
                + " stored in one transaction): %d papers, %s%n", BIB_ENTRIES, runs(imports));

        List<Paper> papers = new ArrayList<>();
        List<Paper> base = BibtexReader.read(Fixtures.text("jabref-authors.bib")).papers();
        for (int i = 0; i < 10_000; i++) {
            Paper paper = base.get(i % base.size());
            papers.add(paper.withCitationKey("k" + i).withTitle(paper.title() + " " + i));
        }
        BibtexWriter writer = new BibtexWriter(BibtexWriter.Charset.UTF8);
        for (int warm = 0; warm < 3; warm++) {
            writer.write(papers);
        }
        long[] writes = new long[RUNS];
        int length = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            length = writer.write(papers).length();
            writes[run] = System.nanoTime() - start;
        }
        System.out.printf("bibtex export, write only: %d papers (%d KB), %s%n", papers.size(), length / 1024, runs(writes));

        try (Library library = Library.open(dir.resolve("export.db"))) {
            library.inTransaction(connection -> {
                papers.forEach(library.papers()::insert);
                return null;
            });
            ExportBibtex export = new ExportBibtex(library, CitationKeyPattern.of(CitationKeyPattern.DEFAULT));
            export.all(BibtexWriter.Charset.UTF8);
            long[] exports = new long[RUNS];
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                int count = export.all(BibtexWriter.Charset.UTF8).papers();
                exports[run] = System.nanoTime() - start;
                expect(count, papers.size(), "papers exported");
            }
            System.out.printf("bibtex export from a library (load + write): %d papers, %s%n", papers.size(), runs(exports));
        }

        try (LocalServer server = new LocalServer()) {
            server.on("/doi/10.1021/ja01577a030", LocalServer.Answer.ok("application/vnd.citationstyles.csl+json",
                    Fixtures.bytes("crossref-10.1021-ja01577a030.json")));
            PaperLookup lookup = new PaperLookup(LookupSettings.from(Map.of(LookupSettings.DOI_URL_VARIABLE,
                    server.uri("/doi/").toString()), Optional.empty(), Optional.empty(), "bench"));
            Identifier.Doi doi = new Identifier.Doi("10.1021/ja01577a030");
            for (int warm = 0; warm < 20; warm++) {
                lookup.doi(doi, new Cancellation(), n -> { });
            }
            long[] took = new long[LOOKUPS];
            for (int i = 0; i < LOOKUPS; i++) {
                long t = System.nanoTime();
                lookup.doi(doi, new Cancellation(), n -> { });
                took[i] = System.nanoTime() - t;
            }
            Arrays.sort(took);
            System.out.printf("DOI lookup from 127.0.0.1 to a paper (%d lookups): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    LOOKUPS, percentile(took, 50) / 1e6, percentile(took, 95) / 1e6, took[LOOKUPS - 1] / 1e6);
        }
    }

    /**
     * {@code entries} entries of a real dblp .bib, each copy a paper of its own: its key, title and DOI made
     * distinct (a DOI is the first thing the duplicate rule compares, the title the last).
     */
    private static String bigBib(int entries) {
        String[] parts = Fixtures.text("jabref-authors.bib").split("(?m)^(?=@)");
        List<String> real = new ArrayList<>();
        for (String part : parts) {
            if (part.startsWith("@") && !part.startsWith("@Comment")) {
                real.add(part);
            }
        }
        StringBuilder bib = new StringBuilder();
        for (int i = 0; i < entries; i++) {
            String entry = ENTRY_KEY.matcher(real.get(i % real.size())).replaceFirst("$1$2x" + i + ",");
            entry = TITLE_FIELD.matcher(entry).replaceFirst("$1Copy " + i + " ");
            entry = DOI_FIELD.matcher(entry).replaceFirst("$1$2.copy" + i + "}");
            bib.append(entry);
        }
        return bib.toString();
    }

    /** "median 412 ms of 5 runs (405 … 430 ms)" for the nanosecond times of several runs. */
    private static String runs(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("median %d ms of %d runs (%d … %d ms)", percentile(sorted, 50) / 1_000_000, sorted.length,
                sorted[0] / 1_000_000, sorted[sorted.length - 1] / 1_000_000);
    }

    /** The value below which {@code p} percent of the sorted values lie (nearest rank). */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** A benchmark that measured something else must not print a figure as if it had not. */
    private static void expect(int actual, int expected, String what) {
        if (actual != expected) {
            throw new IllegalStateException(expected + " " + what + " expected, " + actual + " found");
        }
    }
}
