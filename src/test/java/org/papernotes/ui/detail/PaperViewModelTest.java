package org.papernotes.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.model.ReadingStatus;
import org.papernotes.store.Library;
import org.papernotes.ui.ManualScheduler;

class PaperViewModelTest {

    @TempDir
    Path folder;
    private Library library;
    private final ManualScheduler time = new ManualScheduler();
    private final List<PaperViewModel.Saved> saves = new ArrayList<>();
    private PaperViewModel viewModel;
    private Paper first;
    private Paper second;

    @BeforeEach
    void openLibrary() {
        library = Library.open(folder.resolve("library.db"));
        first = library.papers().insert(Paper.titled("First").withNote("one").withTags(List.of("ml")));
        second = library.papers().insert(Paper.titled("Second").withNote("two"));
        viewModel = new PaperViewModel(library, time.executors(), saves::add);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void openShowsThePapersFieldsAsSaved() {
        viewModel.open(first.id());

        assertThat(viewModel.titleProperty().get()).isEqualTo("First");
        assertThat(viewModel.noteProperty().get()).isEqualTo("one");
        assertThat(viewModel.tags()).containsExactly("ml");
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(time.pending()).isZero();
    }

    @Test
    void noteIsStoredAfterAPauseInTyping() {
        viewModel.open(first.id());
        viewModel.noteEdited("one 遗忘");
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.UNSAVED);
        assertThat(library.papers().get(first.id()).note()).isEqualTo("one");

        time.advance(PaperViewModel.PAUSE.toMillis());

        assertThat(library.papers().get(first.id()).note()).isEqualTo("one 遗忘");
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void continuousTypingIsStoredWithinTheMaximumDelay() {
        viewModel.open(first.id());
        StringBuilder text = new StringBuilder("one");
        for (int elapsed = 0; elapsed < PaperViewModel.MAX_DELAY.toMillis(); elapsed += 100) {
            text.append('x');
            viewModel.noteEdited(text.toString());
            time.advance(100);
        }

        assertThat(library.papers().get(first.id()).note()).startsWith("onexxxxxxx");
    }

    @Test
    void changedMetadataIsStoredTogetherWithTheNote() {
        viewModel.open(first.id());
        viewModel.titleProperty().set("First, revised");
        viewModel.authorsProperty().set("Ada Lovelace; Alan Turing");
        viewModel.yearProperty().set("2024");
        viewModel.statusProperty().set(ReadingStatus.READ);
        viewModel.tags().add("privacy");
        viewModel.noteEdited("new note");

        viewModel.flush();

        Paper stored = library.papers().get(first.id());
        assertThat(stored.title()).isEqualTo("First, revised");
        assertThat(stored.authors()).containsExactly("Ada Lovelace", "Alan Turing");
        assertThat(stored.year()).isEqualTo(2024);
        assertThat(stored.status()).isEqualTo(ReadingStatus.READ);
        assertThat(stored.tags()).containsExactly("ml", "privacy");
        assertThat(stored.note()).isEqualTo("new note");
        assertThat(saves).last().satisfies(saved -> {
            assertThat(saved.summary().title()).isEqualTo("First, revised");
            assertThat(saved.countsChanged()).isTrue();
        });
    }

    @Test
    void blankTitleIsReportedAndTheNoteIsStillStored() {
        viewModel.open(first.id());
        viewModel.titleProperty().set("  ");
        viewModel.noteEdited("kept");

        viewModel.flush();

        Paper stored = library.papers().get(first.id());
        assertThat(stored.title()).isEqualTo("First");
        assertThat(stored.note()).isEqualTo("kept");
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.ERROR);
        assertThat(viewModel.saveErrorProperty().get()).contains("title");
        assertThat(viewModel.titleProperty().get()).isEqualTo("  ");
    }

    @Test
    void fixingAnInvalidYearStoresTheMetadata() {
        viewModel.open(first.id());
        viewModel.yearProperty().set("20x4");
        viewModel.flush();
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.ERROR);

        viewModel.yearProperty().set("2024");
        viewModel.flush();

        assertThat(library.papers().get(first.id()).year()).isEqualTo(2024);
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void openingAnotherPaperStoresPendingEditsFirst() {
        viewModel.open(first.id());
        viewModel.noteEdited("edited before switching");

        viewModel.open(second.id());

        assertThat(library.papers().get(first.id()).note()).isEqualTo("edited before switching");
        assertThat(viewModel.noteProperty().get()).isEqualTo("two");
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void loadingAPaperIsNotAnEdit() {
        viewModel.open(first.id());
        viewModel.open(second.id());

        assertThat(viewModel.isDirty()).isFalse();
        assertThat(time.pending()).isZero();
        assertThat(saves).isEmpty();
    }

    @Test
    void discardForgetsEditsOfADeletedPaper() {
        viewModel.open(first.id());
        viewModel.noteEdited("lost on purpose");
        library.papers().delete(first.id());

        viewModel.discard();
        time.runAll();

        assertThat(viewModel.getPaper()).isNull();
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void aFailedSaveIsShownAndTheEditIsKept() {
        viewModel.open(first.id());
        viewModel.noteEdited("pending");
        library.papers().delete(first.id());

        viewModel.flush();

        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.ERROR);
        assertThat(viewModel.saveErrorProperty().get()).isNotBlank();
        assertThat(viewModel.isDirty()).isTrue();
        assertThat(viewModel.noteProperty().get()).isEqualTo("pending");
    }

    // ---- failed saves are retried

    /** Makes every store write fail (a trigger on the papers table) until {@link #storeWorksAgain()}. */
    private void storeFails() {
        library.read(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TRIGGER fail_writes BEFORE UPDATE ON papers "
                        + "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END");
            }
            return null;
        });
    }

    private void storeWorksAgain() {
        library.read(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TRIGGER fail_writes");
            }
            return null;
        });
    }

    /** A view model whose store writes are counted, each with the (manual) time it was asked for. */
    private final List<Long> writeTimes = new ArrayList<>();
    private long elapsed;

    private PaperViewModel countingWrites() {
        var executors = new org.papernotes.ui.common.UiExecutors(task -> {
            writeTimes.add(elapsed);
            task.run();
        }, Runnable::run, time, () -> { });
        return new PaperViewModel(library, executors, saves::add);
    }

    private void advance(long millis) {
        for (long step = 0; step < millis; step += 100) {
            elapsed += 100;
            time.advance(100);
        }
    }

    @Test
    void aFailedSaveIsRetriedByItselfAndTheStatusSaysSo() {
        viewModel.open(first.id());
        storeFails();
        viewModel.noteEdited("one, and more");

        time.advance(PaperViewModel.PAUSE.toMillis());

        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.ERROR);
        assertThat(viewModel.saveErrorProperty().get()).contains("the disk is full");
        assertThat(viewModel.retryingProperty().get()).isTrue();
        assertThat(time.pending()).isEqualTo(1);

        storeWorksAgain();
        time.advance(PaperViewModel.FIRST_RETRY_DELAY.toMillis());

        assertThat(library.papers().get(first.id()).note()).isEqualTo("one, and more");
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(viewModel.saveErrorProperty().get()).isEmpty();
        assertThat(viewModel.retryingProperty().get()).isFalse();
        assertThat(time.pending()).isZero();
    }

    @Test
    void retriesComeLessOftenWhileTheFailureLastsUpToThirtySeconds() {
        PaperViewModel counted = countingWrites();
        counted.open(first.id());
        storeFails();
        writeTimes.clear();
        counted.noteEdited("draft");

        advance(2_000 + 4_000 + 8_000 + 16_000 + 30_000 + 30_000 + 400);

        assertThat(writeTimes).containsExactly(400L, 2_400L, 6_400L, 14_400L, 30_400L, 60_400L, 90_400L);
        assertThat(counted.saveStateProperty().get()).isEqualTo(SaveState.ERROR);
        assertThat(counted.retryingProperty().get()).isTrue();
    }

    @Test
    void theWaitForTheRetryIsCountedDownOnceASecond() {
        PaperViewModel counted = countingWrites();
        counted.open(first.id());
        storeFails();
        writeTimes.clear();
        counted.noteEdited("draft");
        advance(400); // the save after the pause fails: 2 s to the first retry
        List<Integer> shown = new ArrayList<>();
        counted.retryInSecondsProperty().addListener((o, old, now) -> shown.add(now.intValue()));

        assertThat(counted.retryInSecondsProperty().get()).isEqualTo(2);
        advance(900);
        assertThat(counted.retryInSecondsProperty().get()).isEqualTo(2);
        advance(100);
        assertThat(counted.retryInSecondsProperty().get()).isEqualTo(1);
        advance(1_000 + 4_000);

        // 2, 1, retry (fails), then 4, 3, 2, 1, retry (fails), then 8 for the next one
        assertThat(shown).containsExactly(1, 0, 4, 3, 2, 1, 0, 8);
        assertThat(writeTimes).containsExactly(400L, 2_400L, 6_400L);
        assertThat(counted.retryInSecondsProperty().get()).isEqualTo(8);
    }

    @Test
    void retryNowStoresAtOnceWithoutWaitingForTheCountdown() {
        viewModel.open(first.id());
        storeFails();
        viewModel.noteEdited("one, kept");
        time.advance(PaperViewModel.PAUSE.toMillis());
        assertThat(viewModel.retryInSecondsProperty().get()).isEqualTo(2);

        storeWorksAgain();
        viewModel.retryNow();

        assertThat(library.papers().get(first.id()).note()).isEqualTo("one, kept");
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(viewModel.retryingProperty().get()).isFalse();
        assertThat(viewModel.retryInSecondsProperty().get()).isZero();
        assertThat(time.pending()).isZero();
    }

    @Test
    void aRetryNowThatFailsAgainStartsTheNextLongerWait() {
        viewModel.open(first.id());
        storeFails();
        viewModel.noteEdited("one, kept");
        time.advance(PaperViewModel.PAUSE.toMillis());

        viewModel.retryNow();

        assertThat(viewModel.retryingProperty().get()).isTrue();
        assertThat(viewModel.retryInSecondsProperty().get()).isEqualTo(4);
        assertThat(time.pending()).as("one countdown, not two").isEqualTo(1);
    }

    @Test
    void retryNowDoesNothingWhileNoSaveIsFailing() {
        PaperViewModel counted = countingWrites();
        counted.open(first.id());
        writeTimes.clear();

        counted.retryNow();

        assertThat(writeTimes).isEmpty();
        assertThat(counted.retryInSecondsProperty().get()).isZero();
    }

    @Test
    void theRetryStoresWhatWasTypedWhileSavesFailed() {
        PaperViewModel counted = countingWrites();
        counted.open(first.id());
        storeFails();
        counted.noteEdited("one two");
        advance(1_000);
        counted.noteEdited("one two three");
        advance(1_000);
        counted.noteEdited("one two three four");
        assertThat(counted.saveStateProperty().get()).as("the failure stays in view while typing").isEqualTo(SaveState.ERROR);

        storeWorksAgain();
        advance(PaperViewModel.MAX_RETRY_DELAY.toMillis());

        assertThat(library.papers().get(first.id()).note()).isEqualTo("one two three four");
        assertThat(counted.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(counted.isDirty()).isFalse();
        assertThat(time.pending()).isZero();
    }

    @Test
    void editsOfAPaperLeftWhileItsSaveFailedAreStoredByTheRetry() {
        viewModel.open(first.id());
        storeFails();
        viewModel.noteEdited("typed before switching");

        viewModel.open(second.id());

        assertThat(viewModel.noteProperty().get()).isEqualTo("two");
        assertThat(viewModel.saveStateProperty().get()).as("another paper's failure stays in view").isEqualTo(SaveState.ERROR);
        assertThat(viewModel.retryingProperty().get()).isTrue();
        assertThat(viewModel.hasUnstoredEdits()).isTrue();

        storeWorksAgain();
        time.advance(PaperViewModel.FIRST_RETRY_DELAY.toMillis());

        assertThat(library.papers().get(first.id()).note()).isEqualTo("typed before switching");
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(viewModel.retryingProperty().get()).isFalse();
        assertThat(viewModel.hasUnstoredEdits()).isFalse();
        assertThat(saves).last().satisfies(saved -> assertThat(saved.summary().id()).isEqualTo(first.id()));
    }

    @Test
    void reopeningAPaperWhoseSaveFailsShowsItsUnstoredEdits() {
        viewModel.open(first.id());
        storeFails();
        viewModel.titleProperty().set("First, renamed");
        viewModel.noteEdited("not stored yet");
        viewModel.open(second.id());

        viewModel.open(first.id());

        assertThat(viewModel.titleProperty().get()).isEqualTo("First, renamed");
        assertThat(viewModel.noteProperty().get()).isEqualTo("not stored yet");
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.ERROR);

        storeWorksAgain();
        time.advance(PaperViewModel.MAX_RETRY_DELAY.toMillis());

        Paper stored = library.papers().get(first.id());
        assertThat(stored.title()).isEqualTo("First, renamed");
        assertThat(stored.note()).isEqualTo("not stored yet");
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void anInvalidFieldIsNotRetried() {
        viewModel.open(first.id());
        viewModel.yearProperty().set("20x4");

        viewModel.flush();

        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.ERROR);
        assertThat(viewModel.retryingProperty().get()).isFalse();
        assertThat(time.pending()).isZero();
    }

    @Test
    void unstoredEditsOfAPaperDeletedMeanwhileAreNoLongerRetried() {
        viewModel.open(first.id());
        storeFails();
        viewModel.noteEdited("for a paper about to go");
        viewModel.open(second.id());
        storeWorksAgain();
        library.papers().delete(first.id());

        time.advance(PaperViewModel.FIRST_RETRY_DELAY.toMillis());

        assertThat(viewModel.retryingProperty().get()).isFalse();
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(viewModel.hasUnstoredEdits()).isFalse();
        assertThat(time.pending()).isZero();
    }

    // ---- another program's changes

    @Test
    void aSaveThatMeetsAnotherProgramsChangeKeepsBothTextsAndSaysSo() {
        viewModel.open(first.id());
        library.papers().saveNote(first.id(), "written by the CLI"); // another writer, after the window loaded
        viewModel.noteEdited("one, typed in the window");

        time.advance(PaperViewModel.PAUSE.toMillis());

        SaveConflict conflict = viewModel.conflictProperty().get();
        assertThat(conflict).isNotNull();
        assertThat(conflict.paperId()).isEqualTo(first.id());
        assertThat(library.papers().get(first.id()).note()).isEqualTo("one, typed in the window");
        assertThat(library.versions().noteAt(first.id(), conflict.otherVersion())).isEqualTo("written by the CLI");
    }

    @Test
    void anOrdinarySaveIsNoConflict() {
        viewModel.open(first.id());
        viewModel.noteEdited("one more");
        time.advance(PaperViewModel.PAUSE.toMillis());
        viewModel.noteEdited("one more time");
        time.advance(PaperViewModel.PAUSE.toMillis());

        assertThat(viewModel.conflictProperty().get()).isNull();
    }

    @Test
    void externalChangeReloadsTheOpenPaperWhenNothingIsBeingEdited() {
        viewModel.open(first.id());
        library.papers().saveNote(first.id(), "changed elsewhere");

        viewModel.externalChange();

        assertThat(viewModel.noteProperty().get()).isEqualTo("changed elsewhere");
        assertThat(viewModel.noteLoadedProperty().get().text()).isEqualTo("changed elsewhere");
        assertThat(viewModel.isDirty()).isFalse();
    }

    @Test
    void externalChangeKeepsEditsInProgressAndTheOtherText() {
        viewModel.open(first.id());
        viewModel.noteEdited("typing here");
        library.papers().saveNote(first.id(), "changed elsewhere");

        viewModel.externalChange();

        assertThat(viewModel.noteProperty().get()).isEqualTo("typing here");
        assertThat(library.papers().get(first.id()).note()).isEqualTo("typing here");
        assertThat(library.versions().noteAt(first.id(), viewModel.conflictProperty().get().otherVersion()))
                .isEqualTo("changed elsewhere");
    }

    @Test
    void anEditEqualToTheLoadedNoteIsNoEdit() {
        viewModel.open(first.id());
        viewModel.noteEdited("one");

        assertThat(viewModel.isDirty()).isFalse();
        assertThat(time.pending()).isZero();
    }

    @Test
    void restoreVersionShowsTheRestoredNoteInTheEditor() {
        viewModel.open(first.id());
        viewModel.noteEdited("one, rewritten");
        viewModel.flush();
        int version = library.versions().list(first.id()).get(0).number();

        viewModel.restoreVersion(version, () -> { });

        assertThat(viewModel.noteLoadedProperty().get().text()).isEqualTo("one");
        assertThat(library.papers().get(first.id()).note()).isEqualTo("one");
    }

    @Test
    void keepVersionStoresWhatIsTypedThenKeepsIt() {
        viewModel.open(first.id());
        viewModel.noteEdited("one, before replace all");

        viewModel.keepVersion(org.papernotes.model.VersionReason.BEFORE_REPLACE_ALL);

        var newest = library.versions().list(first.id()).get(0);
        assertThat(newest.reason()).isEqualTo(org.papernotes.model.VersionReason.BEFORE_REPLACE_ALL);
        assertThat(library.versions().noteAt(first.id(), newest.number())).isEqualTo("one, before replace all");
    }
}
