package org.papernotes.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperVersion;
import org.papernotes.store.Library;
import org.papernotes.store.LibraryCheck;

/**
 * What the history of a paper costs, and how long checking a large library takes.
 * <p>
 * History: 1,000 saves of a 20,000-character note (real notes: the shared academicpages posts; then a generated
 * Chinese note with math), each a typical edit (a
 * sentence typed somewhere, a word fixed, a phrase deleted), each after a pause long enough to start a new editing
 * session, so that each keeps a version: first all within a few days (nothing thinned: every version stored), then
 * spread over one year (thinned as the policy says). Prints the bytes the versions take against the note's size, per
 * 100 saves and per 100 kept versions (target: at most 25 % per 100 versions when all are kept; the thinned history at
 * most as big as the one with all kept), the time a save takes, and the longest time to rebuild a version.
 * <p>
 * Check: SQLite's quick_check and integrity_check on the window benchmark's 10,000-paper library.
 * <p>
 * Run: {@code mvn -Pbench test-compile exec:exec@history-store-bench}
 */
public final class HistoryStoreBenchmark {

    /** Sentences of real notes not in the benchmark's note, to be "typed" into it. */
    private static List<String> realSentences = List.of();

    private HistoryStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Files.createDirectories(Path.of(System.getProperty("bench.dir", "target/bench")));
        int saves = Integer.getInteger("bench.saves", 1000);
        int size = Integer.getInteger("bench.noteChars", 20_000);
        out.printf(Locale.ROOT, "History: %,d saves of a %,d-character note, each a typical edit after a pause%n", saves, size);
        Path posts = Path.of(System.getProperty("shared.dir", "../shared"), "fixtures", "academicpages", "_posts");
        if (Files.isDirectory(posts)) {
            List<String> texts = new ArrayList<>();
            try (var files = Files.list(posts)) {
                for (Path post : files.sorted().toList()) {
                    String text = Files.readString(post);
                    texts.add(text.startsWith("---") ? text.substring(Math.max(0, text.indexOf("\n---", 3) + 4)) : text);
                }
            }
            StringBuilder note = new StringBuilder();
            StringBuilder rest = new StringBuilder();
            for (String text : texts) {
                (note.length() < size ? note : rest).append(text).append("\n\n");
            }
            realSentences = List.of(rest.toString().split("(?<=[.。！？!?])\\s*"));
            out.println("  real notes: the shared academicpages posts (Chinese and English research notes); typed "
                    + "sentences are taken from posts not in the note");
            String real = note.length() > size ? note.substring(0, size) : note.toString();
            compare(dir, "real", real, saves);
        } else {
            out.println("  (the shared academicpages posts are absent: real-note runs skipped)");
        }
        String chinese = ChineseNoteGenerator.generate(size, 7);
        out.println("  generated: the editor benchmark's Chinese note generator, typed words from the search corpus");
        compare(dir, "Chinese", chinese, saves);
        Path large = dir.resolve("window-10000.db");
        WindowStartupBenchmark.build(large, 10_000, out);
        try (Library library = Library.open(large, Library.Check.LATER)) {
            for (int run = 0; run < 3; run++) {
                LibraryCheck quick = library.quickCheck();
                LibraryCheck full = library.integrityCheck();
                out.printf(Locale.ROOT, "10,000-paper library (%,d MB): quick_check %d ms (%s), integrity_check %d ms (%s)%n",
                        Files.size(large) / (1024 * 1024), quick.took().toMillis(), quick.ok() ? "ok" : "damaged",
                        full.took().toMillis(), full.ok() ? "ok" : "damaged");
            }
        }
    }

    /** The same saves kept all (within 3.5 days) and thinned (over a year): thinning must not make them bigger. */
    private static void compare(Path dir, String language, String start, int saves) throws Exception {
        long all = run(dir, language, start, saves, Duration.ofMinutes(5), "all kept (within 3.5 days)");
        long thinned = run(dir, language, start, saves, Duration.ofDays(365).dividedBy(saves), "thinned (over a year)");
        System.out.printf(Locale.ROOT, "  %-7s thinned over a year: %.1f %% of the bytes with all kept (target: at most "
                + "100 %%)%n", language, 100.0 * thinned / all);
    }

    /** Makes the saves {@code gap} apart, prints what the history takes, and returns its bytes. */
    private static long run(Path dir, String language, String start, int saves, Duration gap, String label)
            throws Exception {
        Path file = dir.resolve("history-" + language + "-" + gap.toMinutes() + ".db");
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        SteppingClock clock = new SteppingClock(Instant.parse("2025-01-01T08:00:00Z"));
        Random random = new Random(42);
        long saveNanos = 0;
        String note = start;
        try (Library library = Library.open(file, clock)) {
            long id = library.papers().insert(Paper.titled("A paper").withNote(note)).id();
            for (int i = 0; i < saves; i++) {
                clock.advance(gap);
                note = edit(note, random, start.length(), language);
                long t0 = System.nanoTime();
                library.papers().saveNote(id, note);
                saveNanos += System.nanoTime() - t0;
            }
            List<PaperVersion> versions = library.versions().list(id);
            long bytes = library.versions().storedBytes(id);
            long noteBytes = note.getBytes(StandardCharsets.UTF_8).length;
            double perSaves = bytes * 100.0 / saves;
            double perKept = bytes * 100.0 / versions.size();
            long slowest = 0;
            for (int i = 0; i < versions.size(); i += Math.max(1, versions.size() / 50)) {
                long t0 = System.nanoTime();
                library.versions().noteAt(id, versions.get(i).number());
                slowest = Math.max(slowest, System.nanoTime() - t0);
            }
            System.out.printf(Locale.ROOT, "  %-7s %-27s %4d versions, %,7d bytes: per 100 saves %,6.0f bytes = %5.1f %%"
                            + " of the note's %,d bytes; per 100 kept versions %,6.0f bytes = %5.1f %%; save %.2f ms, "
                            + "rebuild a version at most %.1f ms%n", language, label, versions.size(), bytes, perSaves,
                    100.0 * perSaves / noteBytes, noteBytes, perKept, 100.0 * perKept / noteBytes,
                    saveNanos / 1e6 / saves, slowest / 1e6);
            return bytes;
        }
    }

    /** A typical edit between two pauses: a sentence typed, a word fixed, or a phrase deleted, keeping the size. */
    private static String edit(String note, Random random, int size, String language) {
        int at = random.nextInt(note.length() + 1);
        int kind = random.nextInt(10);
        if (note.length() > size * 1.05) {
            kind = 9;
        }
        if (kind < 5) {
            return note.substring(0, at) + " " + sentence(random, language) + note.substring(at);
        }
        if (kind < 8) {
            int end = Math.min(note.length(), at + 3 + random.nextInt(8));
            return note.substring(0, at) + word(random, language) + note.substring(end);
        }
        int end = Math.min(note.length(), at + 20 + random.nextInt(100));
        return note.substring(0, at) + note.substring(end);
    }

    private static String sentence(Random random, String language) {
        if (language.equals("real")) {
            return realSentences.get(random.nextInt(realSentences.size())).strip();
        }
        StringBuilder text = new StringBuilder();
        int words = 6 + random.nextInt(14);
        for (int i = 0; i < words; i++) {
            text.append(word(random, language));
        }
        return text.append("。").toString();
    }

    private static String word(Random random, String language) {
        if (language.equals("real")) {
            String[] words = realSentences.get(random.nextInt(realSentences.size())).split("\\s+");
            return words[random.nextInt(words.length)];
        }
        return SearchCorpus.CHINESE[random.nextInt(SearchCorpus.CHINESE.length)];
    }

}
