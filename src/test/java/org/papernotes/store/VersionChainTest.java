package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperVersion;

class VersionChainTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-06T09:00:00Z"));

    @Test
    void thinningNeverMakesAHistoryBiggerNorWritesMoreFullCopies() {
        for (long seed = 1; seed <= 16; seed++) {
            Random random = new Random(seed);
            try (Library library = Library.open(dir.resolve("thin-" + seed + ".db"), clock)) {
                long id = historyOfEdits(library, random, 150 + random.nextInt(150));
                VersionChain chain = new VersionChain(library.database());
                for (int round = 0; round < 3; round++) {
                    long bytes = library.versions().storedBytes(id);
                    int fullCopies = fullCopies(library, id);
                    thinAtRandom(library, chain, id, random);
                    assertThat(library.versions().storedBytes(id)).as("seed %d round %d", seed, round)
                            .isLessThanOrEqualTo(bytes);
                    assertThat(fullCopies(library, id)).as("seed %d round %d", seed, round)
                            .isLessThanOrEqualTo(fullCopies);
                }
            }
        }
    }

    @Test
    void versionsKeptByThinningRebuildExactly() {
        for (long seed = 1; seed <= 16; seed++) {
            Random random = new Random(seed);
            try (Library library = Library.open(dir.resolve("rebuild-" + seed + ".db"), clock)) {
                long id = historyOfEdits(library, random, 150 + random.nextInt(150));
                Map<Integer, String> texts = new HashMap<>();
                for (PaperVersion version : library.versions().list(id)) {
                    texts.put(version.number(), text(library, id, version.number()));
                }
                VersionChain chain = new VersionChain(library.database());
                for (int round = 0; round < 3; round++) {
                    thinAtRandom(library, chain, id, random);
                    for (PaperVersion version : library.versions().list(id)) {
                        assertThat(text(library, id, version.number()))
                                .as("seed %d round %d version %d", seed, round, version.number())
                                .isEqualTo(texts.get(version.number()));
                    }
                }
            }
        }
    }

    @Test
    void aVersionAfterAGapSaysWhatChangedSinceItsNewElder() {
        try (Library library = Library.open(dir.resolve("changes.db"), clock)) {
            long id = library.papers().insert(Paper.titled("Paper").withNote("one")).id();
            for (String note : List.of("one two", "one two three", "one two three four")) {
                clock.advance(VersionPolicy.SESSION_PAUSE.plusSeconds(1));
                library.papers().saveNote(id, note);
            }
            VersionChain chain = new VersionChain(library.database());
            library.database().inTransaction(connection -> {
                chain.thin(connection, id, times -> new boolean[] {true, false, true});
                return null;
            });
            PaperVersion third = library.versions().list(id).get(0);
            assertThat(third.number()).isEqualTo(3);
            assertThat(third.changedFields()).containsExactly("note");
            assertThat(third.charsAdded()).isEqualTo(" two three".length());
        }
    }

    @Test
    void aYearOfAnEnglishNoteThinnedReadsBackExactlyAndTakesLessThanAllKept() {
        String[] words = {"the", "model", "learns", "a", "policy", "from", "human", "preferences", "without", "an",
            "explicit", "reward", "which", "makes", "training", "simpler", "and", "more", "stable", "$\\alpha$"};
        thinnedAfterAYear(new Random(21), 20_000, 200, random -> sentence(random, words, " ", ". "));
    }

    @Test
    void aYearOfAChineseNoteThinnedReadsBackExactlyAndTakesLessThanAllKept() {
        String[] words = {"模型", "从", "人类", "偏好", "中", "学习", "策略", "无需", "显式", "奖励", "训练", "更",
            "稳定", "结果", "表明", "基线", "方法", "实验", "数据集", "论文"};
        thinnedAfterAYear(new Random(22), 20_000, 200, random -> sentence(random, words, "", "。"));
    }

    @Test
    void aFiveMegabyteNoteThinnedReadsBackExactly() {
        String[] words = {"the", "model", "learns", "模型", "偏好", "奖励", "$x^2$", "preferences", "policy", "|"};
        thinnedAfterAYear(new Random(23), 5 * 1024 * 1024, 5, random -> sentence(random, words, " ", ".\n"));
    }

    /**
     * Saves a note of {@code size} characters {@code saves} times within a few days (every version kept), notes each
     * version's full text, then thins as a year later: each version left reads back exactly, and the history is
     * smaller than before.
     */
    private void thinnedAfterAYear(Random random, int size, int saves,
                                   java.util.function.Function<Random, String> sentence) {
        try (Library library = Library.open(dir.resolve("year.db"), clock)) {
            StringBuilder start = new StringBuilder(size + 100);
            while (start.length() < size) {
                start.append(sentence.apply(random));
            }
            String note = start.toString();
            long id = library.papers().insert(Paper.titled("A year").withNote(note)).id();
            for (int i = 0; i < saves; i++) {
                clock.advance(VersionPolicy.SESSION_PAUSE.plusMinutes(20));
                int at = random.nextInt(note.length());
                int end = Math.min(note.length(), at + (random.nextBoolean() ? 0 : random.nextInt(40)));
                note = note.substring(0, at) + sentence.apply(random) + note.substring(end);
                library.papers().saveNote(id, note);
            }
            Map<Integer, String> before = new HashMap<>();
            for (PaperVersion version : library.versions().list(id)) {
                before.put(version.number(), text(library, id, version.number()));
            }
            long allKept = library.versions().storedBytes(id);

            clock.advance(Duration.ofDays(365));
            library.papers().saveNote(id, note + sentence.apply(random)); // keeps the newest, thins the rest

            List<PaperVersion> left = library.versions().list(id);
            assertThat(left.size()).isLessThan(before.size());
            for (PaperVersion version : left) {
                String expected = version.number() <= saves ? before.get(version.number()) : VersionText.of(
                        library.papers().get(id).withNote(note));
                assertThat(text(library, id, version.number())).as("version %d", version.number()).isEqualTo(expected);
            }
            assertThat(library.versions().storedBytes(id)).isLessThan(allKept);
        }
    }

    private static String sentence(Random random, String[] words, String space, String end) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 3 + random.nextInt(12); i > 0; i--) {
            sentence.append(words[random.nextInt(words.length)]).append(i > 1 ? space : end);
        }
        return sentence.toString();
    }

    /** A paper saved after a pause each time, so that each save keeps a version; all within a week (none thinned). */
    private long historyOfEdits(Library library, Random random, int saves) {
        String note = TextDeltaTest.randomText(random, 500 + random.nextInt(5000));
        long id = library.papers().insert(Paper.titled("Paper").withNote(note)).id();
        for (int i = 0; i < saves; i++) {
            clock.advance(VersionPolicy.SESSION_PAUSE.plusSeconds(1 + random.nextInt(60)));
            for (int edits = random.nextInt(3); edits >= 0; edits--) {
                note = TextDeltaTest.edit(note, random);
            }
            library.papers().saveNote(id, note);
        }
        clock.advance(Duration.ofDays(365)); // the thinning below decides what stays, not the clock
        return id;
    }

    /** Keeps each version with a chance of one in three, the newest always. */
    private static void thinAtRandom(Library library, VersionChain chain, long id, Random random) {
        library.database().inTransaction(connection -> {
            chain.thin(connection, id, times -> {
                boolean[] keep = new boolean[times.size()];
                for (int i = 0; i < keep.length; i++) {
                    keep[i] = i == keep.length - 1 || random.nextInt(3) == 0;
                }
                return keep;
            });
            return null;
        });
    }

    private static String text(Library library, long id, int number) {
        return library.database().read(connection -> library.versions().text(connection, id, number));
    }

    private static int fullCopies(Library library, long id) {
        return library.database().read(connection -> {
            try (var statement = connection.prepareStatement(
                    "SELECT count(*) FROM paper_versions WHERE paper_id = ? AND full = 1")) {
                statement.setLong(1, id);
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }
}
