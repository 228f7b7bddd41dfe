package org.papernotes.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;

/**
 * Builds libraries of {@link SearchCorpus} notes (10,000 and 100,000 by default) and prints, for each, the time
 * to insert the papers with the index kept in step, the time of a full {@code reindex}, the library's size, and
 * p50/p95/max latency of {@code SearchIndex.search(query, ALL, 20)} (snippets included) per kind of query, as
 * wall time and as CPU time of the searching thread (SQLite runs in it), which is what the wall time would be
 * on an idle machine; the load average is printed so that a busy machine's figures can be read as such.
 * <p>
 * Run: {@code mvn -o -Pbench test-compile exec:exec@search-bench [-Dsearch.bench.sizes=10000,100000]
 * [-Dsearch.bench.dir=target/bench]}. Libraries already built with the same size are reused unless
 * {@code -Dsearch.bench.rebuild=true}; {@code -Dsearch.bench.reindex=false} skips timing a full reindex.
 */
public final class SearchBenchmark {

    private static final long SEED = 20_241_103L;
    private static final int QUERIES_PER_KIND = 40;
    private static final int ROUNDS = 5;
    private static final int LIMIT = 20;
    private static final int TRANSACTION_SIZE = 1_000;

    private final PrintStream out;

    private SearchBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        String sizes = args.length > 0 ? args[0] : System.getProperty("search.bench.sizes", "10000,100000");
        Path dir = Path.of(args.length > 1 ? args[1] : System.getProperty("search.bench.dir", "target/bench"));
        boolean rebuild = Boolean.getBoolean("search.bench.rebuild");
        Files.createDirectories(dir);
        SearchBenchmark benchmark = new SearchBenchmark(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        for (String size : sizes.split(",")) {
            benchmark.run(Integer.parseInt(size.strip()), dir, rebuild);
        }
    }

    private void run(int papers, Path dir, boolean rebuild) throws IOException {
        Path file = dir.resolve("search-" + papers + ".db");
        out.printf(Locale.ROOT, "%n== %,d notes (%s)%n", papers, file);
        if (rebuild || !Files.exists(file)) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(dir.resolve(file.getFileName() + suffix));
            }
            build(file, papers);
        } else {
            out.println("reusing the library built before (-Dsearch.bench.rebuild=true to build it again)");
        }
        try (Library library = Library.open(file)) {
            long text = library.stats().noteCharacters();
            out.printf(Locale.ROOT, "note text:          %,d characters%n", text);
            if (!"false".equals(System.getProperty("search.bench.reindex"))) {
                long started = System.nanoTime();
                int indexed = library.searchIndex().reindex();
                out.printf(Locale.ROOT, "reindex:            %,d papers in %.1f s%n", indexed, seconds(started));
            }
            measure(library);
            measureSaves(library);
        }
        out.printf(Locale.ROOT, "library size:       %.1f MB (after close)%n", Files.size(file) / 1e6);
    }

    private void build(Path file, int papers) {
        SearchCorpus corpus = new SearchCorpus(SEED);
        long started = System.nanoTime();
        long utf8 = 0;
        try (Library library = Library.open(file)) {
            for (int start = 0; start < papers; start += TRANSACTION_SIZE) {
                List<Paper> batch = new ArrayList<>();
                for (int i = start; i < Math.min(papers, start + TRANSACTION_SIZE); i++) {
                    Paper paper = corpus.next(i);
                    utf8 += paper.note().getBytes(StandardCharsets.UTF_8).length;
                    batch.add(paper);
                }
                library.inTransaction(connection -> {
                    batch.forEach(library.papers()::insert);
                    return null;
                });
            }
        }
        out.printf(Locale.ROOT, "insert:             %,d papers in %.1f s (index kept in step, %d per transaction), "
                + "notes %.1f MB UTF-8%n", papers, seconds(started), TRANSACTION_SIZE, utf8 / 1e6);
    }

    private void measure(Library library) {
        Map<String, List<String>> kinds = queries();
        // Warm-up: the first pass reads the index into the page cache and compiles the Java code.
        for (List<String> queries : kinds.values()) {
            queries.forEach(q -> library.searchIndex().search(q, PaperFilter.ALL, LIMIT));
        }
        out.printf(Locale.ROOT, "system load average: %.1f on %d cores (other processes slow the figures down)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-12s %26s  %26s %6s   %s%n", "", "wall time (ms)", "CPU time of the thread (ms)", "", "");
        out.printf(Locale.ROOT, "%-12s %8s %8s %8s  %8s %8s %8s %6s   %s%n", "query kind", "p50", "p95", "max",
                "p50", "p95", "max", "hits", "examples");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            long hits = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (String query : kind.getValue()) {
                    long cpuStarted = threads.getCurrentThreadCpuTime();
                    long started = System.nanoTime();
                    hits += library.searchIndex().search(query, PaperFilter.ALL, LIMIT).size();
                    wall.add((System.nanoTime() - started) / 1e6);
                    cpu.add((threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6);
                }
            }
            double[] w = sorted(wall);
            double[] c = sorted(cpu);
            out.printf(Locale.ROOT, "%-12s %8.2f %8.2f %8.2f  %8.2f %8.2f %8.2f %6.1f   %s%n", kind.getKey(),
                    percentile(w, 50), percentile(w, 95), w[w.length - 1], percentile(c, 50), percentile(c, 95),
                    c[c.length - 1], (double) hits / wall.size(), String.join("  ", kind.getValue().subList(0, 4)));
        }
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The autosave path with the index kept in step: a typical note, and a long one (50,000 characters). */
    private void measureSaves(Library library) {
        long id = library.papers().list(PaperFilter.ALL).get(0).id();
        String note = library.papers().get(id).note();
        String longNote = (note + "\n\n").repeat(50_000 / (note.length() + 2) + 1).substring(0, 50_000);
        for (String[] kind : new String[][] {{"save note", note}, {"save 50k note", longNote}}) {
            double[] millis = new double[20];
            for (int i = 0; i < millis.length; i++) {
                long started = System.nanoTime();
                library.papers().saveNote(id, kind[1] + " edit " + i);
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            Arrays.sort(millis);
            out.printf(Locale.ROOT, "%-14s p50 %.2f ms, max %.2f ms (one transaction each, index updated, fsync)%n",
                    kind[0] + ":", percentile(millis, 50), millis[millis.length - 1]);
        }
        library.papers().saveNote(id, note);
    }

    /** The same queries every run: drawn with a fixed seed from the corpus's own vocabulary. */
    private static Map<String, List<String>> queries() {
        Random random = new Random(SEED + 1);
        List<String> chinese = Arrays.asList(SearchCorpus.CHINESE);
        TreeSet<String> characters = new TreeSet<>();
        chinese.forEach(word -> word.codePoints().forEach(cp -> characters.add(new String(Character.toChars(cp)))));
        List<String> singles = List.copyOf(characters);
        List<String> pairs = chinese.stream().filter(w -> w.length() == 2).toList();
        List<String> longer = chinese.stream().filter(w -> w.length() >= 3).toList();
        List<String> english = Arrays.stream(SearchCorpus.ENGLISH).filter(w -> w.length() >= 4 && !w.contains("-")).toList();
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("zh 1 char", draw(random, q -> pick(random, singles)));
        kinds.put("zh 2 chars", draw(random, q -> pick(random, pairs)));
        kinds.put("zh 3+ chars", draw(random, q -> random.nextBoolean() ? pick(random, longer)
                // a substring across two words, as people remember half a sentence
                : (pick(random, pairs) + pick(random, chinese)).substring(1)));
        kinds.put("en word", draw(random, q -> pick(random, english).toLowerCase(Locale.ROOT)));
        kinds.put("en prefix", draw(random, q -> {
            String word = pick(random, english).toLowerCase(Locale.ROOT);
            String prefix = word.substring(0, Math.max(2, Math.min(word.length(), 3 + random.nextInt(3))));
            return random.nextBoolean() ? prefix + "*" : prefix;
        }));
        kinds.put("phrase", draw(random, q -> "\"" + pick(random, Arrays.asList(SearchCorpus.PHRASES)) + "\""));
        kinds.put("mixed", draw(random, q -> pick(random, english) + " " + pick(random, pairs)));
        kinds.put("tag only", draw(random, q -> "tag:" + pick(random, Arrays.asList(SearchCorpus.TAGS))));
        kinds.put("tag + word", draw(random, q -> "tag:" + pick(random, Arrays.asList(SearchCorpus.TAGS)) + " "
                + pick(random, pairs)));
        kinds.put("filters", draw(random, q -> pick(random, pairs) + " status:read year:" + (2015 + random.nextInt(11))));
        return kinds;
    }

    private static List<String> draw(Random random, java.util.function.IntFunction<String> query) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES_PER_KIND; i++) {
            queries.add(query.apply(i));
        }
        return queries;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
