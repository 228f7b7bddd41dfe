package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperVersion;
import org.papernotes.model.VersionReason;

class VersionRepositoryTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-06T09:00:00Z"));
    private Library library;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"), clock);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private long paperWithNote(String note) {
        return library.papers().insert(Paper.titled("Paper").withNote(note)).id();
    }

    @Test
    void firstEditKeepsTheNoteBeforeItAsVersionOne() {
        long id = paperWithNote("original text");
        clock.advance(Duration.ofSeconds(1));
        library.papers().saveNote(id, "changed text");

        assertThat(library.versions().list(id)).extracting(PaperVersion::number).containsExactly(1);
        assertThat(library.versions().noteAt(id, 1)).isEqualTo("original text");
    }

    @Test
    void savesWithinOneSessionMakeNoFurtherVersions() {
        long id = paperWithNote("a");
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(5));
            library.papers().saveNote(id, "a" + "b".repeat(i));
        }
        assertThat(library.versions().list(id)).hasSize(1);
    }

    @Test
    void editAfterAPauseKeepsWhatThePauseLeft() {
        long id = paperWithNote("first");
        clock.advance(Duration.ofSeconds(1));
        library.papers().saveNote(id, "second");
        clock.advance(VersionPolicy.SESSION_PAUSE.plusSeconds(1));
        library.papers().saveNote(id, "third");

        List<PaperVersion> versions = library.versions().list(id);
        assertThat(versions).extracting(PaperVersion::number).containsExactly(2, 1);
        assertThat(library.versions().noteAt(id, 2)).isEqualTo("second");
        assertThat(versions.get(0).reason()).isEqualTo(VersionReason.EDIT);
    }

    @Test
    void aLongSessionGetsAVersionAtLeastEveryFifteenMinutes() {
        long id = paperWithNote("x");
        for (int minute = 1; minute <= 31; minute++) {
            clock.advance(Duration.ofMinutes(1));
            library.papers().saveNote(id, "x".repeat(minute + 1));
        }
        assertThat(library.versions().list(id)).hasSize(3);
    }

    @Test
    void selectAllAndTypeKeepsTheNoteBeforeIt() {
        String long_ = "A long note. ".repeat(100);
        long id = paperWithNote(long_);
        clock.advance(Duration.ofSeconds(1));
        library.papers().saveNote(id, long_ + "more");
        clock.advance(Duration.ofSeconds(1));
        library.papers().saveNote(id, "x");

        assertThat(library.versions().noteAt(id, library.versions().list(id).get(0).number())).isEqualTo(long_ + "more");
    }

    @Test
    void fieldsAreVersionedWithTheNote() {
        long id = paperWithNote("note");
        Paper paper = library.papers().get(id);
        clock.advance(Duration.ofSeconds(1));
        library.papers().update(paper.withTitle("Renamed").withTags(List.of("llm")).withYear(2024));

        Paper then = library.versions().paperAt(id, 1);
        assertThat(then.title()).isEqualTo("Paper");
        assertThat(then.tags()).isEmpty();
        assertThat(then.year()).isNull();
    }

    @Test
    void restoreWritesTheVersionBackAndKeepsWhatItReplaced() {
        long id = paperWithNote("old words");
        clock.advance(Duration.ofSeconds(1));
        library.papers().update(library.papers().get(id).withTitle("New title").withNote("new words"));
        clock.advance(Duration.ofSeconds(1));

        Paper restored = library.papers().restoreVersion(id, 1);

        assertThat(restored.note()).isEqualTo("old words");
        assertThat(restored.title()).isEqualTo("Paper");
        List<PaperVersion> versions = library.versions().list(id);
        assertThat(versions).extracting(PaperVersion::reason)
                .containsExactly(VersionReason.RESTORED, VersionReason.BEFORE_RESTORE, VersionReason.EDIT);
        assertThat(versions.get(0).restoredFrom()).isEqualTo(1);
        assertThat(library.versions().noteAt(id, versions.get(1).number())).isEqualTo("new words");
    }

    @Test
    void tagMergeKeepsEachPaperAsAVersionFirst() {
        long id = library.papers().insert(Paper.titled("Tagged").withNote("n").withTags(List.of("ml", "ai"))).id();
        clock.advance(Duration.ofSeconds(1));
        library.tags().merge(List.of("ml"), "ai");

        List<PaperVersion> versions = library.versions().list(id);
        assertThat(versions).extracting(PaperVersion::reason).containsExactly(VersionReason.BEFORE_TAG_MERGE);
        assertThat(library.versions().paperAt(id, 1).tags()).containsExactly("ml", "ai");
    }

    @Test
    void recordBeforeBulkReplacementSkipsAStateAlreadyKept() {
        long id = paperWithNote("text");
        int first = library.versions().record(id, VersionReason.BEFORE_IMPORT);
        int again = library.versions().record(id, VersionReason.BEFORE_IMPORT);
        assertThat(again).isEqualTo(first);
        assertThat(library.versions().list(id)).hasSize(1);
    }

    @Test
    void saveBasedOnAnOlderStateKeepsTheOtherProgramsTextAsAVersion() {
        long id = paperWithNote("mine before");
        Instant basedOn = library.papers().get(id).updatedAt();
        clock.advance(Duration.ofSeconds(1));
        library.papers().saveNote(id, "written by the CLI"); // another writer
        clock.advance(Duration.ofSeconds(1));

        PaperRepository.SaveResult result = library.papers().saveNote(id, "mine after", basedOn);

        assertThat(result.conflicted()).isTrue();
        assertThat(library.versions().noteAt(id, result.otherProgramVersion())).isEqualTo("written by the CLI");
        assertThat(library.papers().get(id).note()).isEqualTo("mine after");
        assertThat(library.versions().list(id).get(0).reason()).isEqualTo(VersionReason.OTHER_PROGRAM);
    }

    @Test
    void saveBasedOnTheStoredStateIsNoConflict() {
        long id = paperWithNote("a");
        Instant basedOn = library.papers().get(id).updatedAt();
        assertThat(library.papers().saveNote(id, "b", basedOn).conflicted()).isFalse();
    }

    @Test
    void thinningKeepsAllOfTheLastWeekThenDailyThenWeeklyAndTheNewest() {
        long id = paperWithNote("start");
        Map<Integer, String> expected = new HashMap<>();
        Random random = new Random(7);
        String note = "start";
        for (int step = 0; step < 4 * 150; step++) { // every six hours for 150 days
            clock.advance(Duration.ofHours(6));
            String before = library.papers().get(id).note(); // as stored (SQLite's UTF-8 has no lone surrogates)
            note = TextDeltaTest.edit(note, random);
            int newest = newest(id);
            library.papers().saveNote(id, note);
            if (newest(id) > newest) {
                expected.put(newest(id), before);
            }
        }
        Instant now = clock.instant();
        List<PaperVersion> versions = library.versions().list(id);
        Set<Object> days = new HashSet<>();
        Set<Object> weeks = new HashSet<>();
        for (PaperVersion version : versions.subList(1, versions.size())) {
            Duration age = Duration.between(version.createdAt(), now);
            var day = version.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
            if (age.compareTo(Duration.ofDays(90)) >= 0) {
                assertThat(weeks.add(day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
                        .as("one version per week after 90 days").isTrue();
            } else if (age.compareTo(Duration.ofDays(7)) >= 0) {
                assertThat(days.add(day)).as("one version per day after a week").isTrue();
            }
        }
        long lastWeek = versions.stream().filter(v -> Duration.between(v.createdAt(), now).toDays() < 7).count();
        assertThat(lastWeek).isGreaterThanOrEqualTo(27);
        assertThat(versions.size()).isLessThan(4 * 150 / 3);
        for (PaperVersion version : versions) {
            assertThat(library.versions().noteAt(id, version.number())).as("version %d", version.number())
                    .isEqualTo(expected.get(version.number()));
        }
    }

    @Test
    void aYearOfSavesThinnedTakesNoMoreThanTheSameSavesAllKept() {
        long allKept = bytesAfterSaves(dir.resolve("all.db"), Duration.ofMinutes(5));
        long thinned = bytesAfterSaves(dir.resolve("year.db"), Duration.ofDays(365).dividedBy(300));
        assertThat(thinned).isLessThan(allKept);
    }

    /** The bytes of the history after 300 saves of a 5,000-character note, each a typed sentence, {@code gap} apart. */
    private long bytesAfterSaves(Path file, Duration gap) {
        MutableClock own = new MutableClock(Instant.parse("2025-01-06T09:00:00Z"));
        Random random = new Random(11);
        try (Library opened = Library.open(file, own)) {
            String note = TextDeltaTest.words(random, 5000);
            long id = opened.papers().insert(Paper.titled("Paper").withNote(note)).id();
            for (int i = 0; i < 300; i++) {
                own.advance(gap);
                int at = random.nextInt(note.length());
                int end = Math.min(note.length(), at + random.nextInt(40));
                note = note.substring(0, at) + TextDeltaTest.words(random, 10 + random.nextInt(60)) + note.substring(end);
                opened.papers().saveNote(id, note);
            }
            return opened.versions().storedBytes(id);
        }
    }

    @Test
    void versionsStoredByTheFirstReleaseReadBackAndSurviveThinning() {
        long id = paperWithNote("now");
        // Rows as the first release's VersionRepository wrote them: a full copy (raw), a deflated delta, a raw delta.
        String[] texts = {"{\"title\":\"Old\"}\n短笔记 note",
            "{\"title\":\"Old\"}\n短笔记 note: the model learns a policy from human preferences without an explicit "
                + "reward.\n",
            "{\"title\":\"Old paper\"}\n短笔记 note: the model learns a policy from human preferences, 无需显式奖励, "
                + "without an explicit reward.\n"};
        String[] data = {"00010000187b227469746c65223a224f6c64227d0ae79fade7ac94e8aeb0206e6f7465",
            "010dcacb0d8020100540bd5a81c7578105d884356ce01148f86581a0ddcb7532fbb93d37ba2752b18c8814cd0d825a62301f9c96"
                + "043f926454a5a3321b36ccd07d191d8bf9d6354387728adaebf801",
            "00020d00062070617065723d00092c20e697a0e99c80e698bee5bc8fe5a596e58ab12c"};
        library.database().inTransaction(connection -> {
            for (int i = 0; i < data.length; i++) {
                try (var insert = connection.prepareStatement("INSERT INTO paper_versions (paper_id, number, "
                        + "created_at, reason, full, data) VALUES (?, ?, ?, 'edit', ?, ?)")) {
                    insert.setLong(1, id);
                    insert.setInt(2, i + 1);
                    insert.setLong(3, clock.instant().plus(Duration.ofDays(i)).toEpochMilli());
                    insert.setBoolean(4, i == 0);
                    insert.setBytes(5, java.util.HexFormat.of().parseHex(data[i]));
                    insert.executeUpdate();
                }
            }
            return null;
        });
        for (int i = 0; i < texts.length; i++) {
            assertThat(library.versions().noteAt(id, i + 1)).isEqualTo(VersionText.note(texts[i]));
        }
        assertThat(library.versions().paperAt(id, 3).title()).isEqualTo("Old paper");

        clock.advance(Duration.ofDays(30)); // a version of "now" joins them
        library.papers().saveNote(id, "now and later");
        clock.advance(Duration.ofDays(400)); // now weeks apart: thinned
        library.papers().saveNote(id, "much later");

        List<PaperVersion> left = library.versions().list(id);
        assertThat(left.size()).isLessThan(5);
        for (PaperVersion version : left) {
            String note = library.versions().noteAt(id, version.number());
            String expected = version.number() <= texts.length ? VersionText.note(texts[version.number() - 1])
                    : version.number() == 4 ? "now" : "now and later";
            assertThat(note).as("version %d", version.number()).isEqualTo(expected);
        }
    }

    @Test
    void randomEditSequencesRebuildEveryVersionExactly() {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            long id = paperWithNote(TextDeltaTest.randomText(random, 200 + random.nextInt(3000)));
            Map<Integer, Paper> expected = new HashMap<>();
            for (int step = 0; step < 150; step++) {
                clock.advance(random.nextInt(5) == 0 ? Duration.ofHours(1 + random.nextInt(200))
                        : Duration.ofSeconds(1 + random.nextInt(400)));
                Paper before = library.papers().get(id);
                int newest = newest(id);
                if (random.nextInt(6) == 0) {
                    library.papers().update(before.withTitle("Title " + random.nextInt(1000))
                            .withTags(random.nextBoolean() ? List.of("a", "b") : List.of("c")));
                } else {
                    library.papers().saveNote(id, TextDeltaTest.edit(before.note(), random));
                }
                if (newest(id) > newest) {
                    expected.put(newest(id), before);
                }
            }
            for (PaperVersion version : library.versions().list(id)) {
                Paper then = library.versions().paperAt(id, version.number());
                Paper want = expected.get(version.number());
                assertThat(then.note()).as("seed %d version %d", seed, version.number()).isEqualTo(want.note());
                assertThat(then.title()).isEqualTo(want.title());
                assertThat(then.tags()).isEqualTo(want.tags());
            }
        }
    }

    private int newest(long id) {
        List<PaperVersion> versions = library.versions().list(id);
        return versions.isEmpty() ? 0 : versions.get(0).number();
    }
}
