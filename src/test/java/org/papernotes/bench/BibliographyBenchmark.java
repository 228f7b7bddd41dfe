package org.papernotes.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Prints: import of a 2,000-entry .bib (parse, and parse + store in a library), BibTeX export of 10,000 papers
 * (write, and load + write from a library), and a DOI lookup answered by a server on 127.0.0.1 turned into a paper.
 * Targets: 1 s, 1 s, 50 ms. {@code mvn -Pbench test-compile exec:exec@bibliography-bench}
 */
public final class BibliographyBenchmark {

    public static void main(String[] args) throws Exception {
        String bib = bigBib(2_000);
        for (int warm = 0; warm < 3; warm++) {
            BibtexReader.read(bib);
        }
        long start = System.nanoTime();
        int read = BibtexReader.read(bib).papers().size();
        System.out.printf("bib import, parse only: %d entries in %d ms%n", read, ms(start));

        Path dir = Files.createTempDirectory("bib-bench");
        try (Library library = Library.open(dir.resolve("l.db"))) {
            AddPapers add = new AddPapers(library, new PaperLookup(LookupSettings.from(Map.of(), Optional.empty(),
                    Optional.empty(), "bench")), CitationKeyPattern.of(CitationKeyPattern.DEFAULT));
            start = System.nanoTime();
            int added = add.add(List.of(bib), new Cancellation(), n -> { }).added().size();
            System.out.printf("bib import into a library (duplicates checked, keys, one transaction): %d papers in %d ms%n",
                    added, ms(start));
        }

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
        start = System.nanoTime();
        int length = writer.write(papers).length();
        System.out.printf("bibtex export, write only: 10000 papers (%d KB) in %d ms%n", length / 1024, ms(start));

        try (Library library = Library.open(dir.resolve("export.db"))) {
            library.inTransaction(connection -> {
                papers.forEach(library.papers()::insert);
                return null;
            });
            ExportBibtex export = new ExportBibtex(library, CitationKeyPattern.of(CitationKeyPattern.DEFAULT));
            export.all(BibtexWriter.Charset.UTF8);
            start = System.nanoTime();
            int count = export.all(BibtexWriter.Charset.UTF8).papers();
            System.out.printf("bibtex export from a library (load + write): %d papers in %d ms%n", count, ms(start));
        }

        try (LocalServer server = new LocalServer()) {
            server.on("/doi/10.1021/ja01577a030", LocalServer.Answer.ok("application/vnd.citationstyles.csl+json",
                    Fixtures.bytes("crossref-10.1021-ja01577a030.json")));
            PaperLookup lookup = new PaperLookup(LookupSettings.from(Map.of(LookupSettings.DOI_URL_VARIABLE,
                    server.uri("/doi/").toString()), Optional.empty(), Optional.empty(), "bench"));
            Identifier.Doi doi = new Identifier.Doi("10.1021/ja01577a030");
            lookup.doi(doi, new Cancellation(), n -> { });
            long best = Long.MAX_VALUE;
            long total = 0;
            for (int i = 0; i < 20; i++) {
                long t = System.nanoTime();
                lookup.doi(doi, new Cancellation(), n -> { });
                long took = System.nanoTime() - t;
                best = Math.min(best, took);
                total += took;
            }
            System.out.printf("DOI lookup from 127.0.0.1 to a paper: median-ish %.1f ms (mean of 20), best %.1f ms%n",
                    total / 20 / 1e6, best / 1e6);
        }
    }

    private static String bigBib(int entries) {
        String source = Fixtures.text("jabref-authors.bib");
        String[] parts = source.split("(?m)^(?=@)");
        List<String> real = new ArrayList<>();
        for (String part : parts) {
            if (part.startsWith("@") && !part.startsWith("@Comment")) {
                real.add(part);
            }
        }
        StringBuilder bib = new StringBuilder();
        for (int i = 0; i < entries; i++) {
            String entry = real.get(i % real.size());
            // a distinct key and title for each copy, so that every entry is a new paper
            bib.append(entry.replaceAll("(?m)^\\s*(doi|url)\\s*=.*\\n", "").replaceFirst("\\{([^,]+),", "{$1x" + i + ",").replaceFirst("title(\\s*)=(\\s*)\\{",
                    "title$1=$2{Copy " + i + " "));
        }
        return bib.toString();
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
