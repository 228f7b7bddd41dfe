package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDeltaTest {

    private static final String ALPHABET = "abc def\n\n遗忘隐私偏见 $x$ 😀\uD83D";

    @Test
    void randomEditsRoundTripExactly() {
        Random random = new Random(12);
        String text = "";
        for (int i = 0; i < 2000; i++) {
            String next = edit(text, random);
            byte[] delta = TextDelta.encode(text, next);
            assertThat(TextDelta.apply(text, delta)).as("edit %d", i).isEqualTo(next);
            text = next;
        }
    }

    @Test
    void largeRewriteFallsBackToLinesAndStillRoundTrips() {
        Random random = new Random(3);
        String from = randomText(random, 30_000);
        String to = randomText(random, 30_000);
        assertThat(TextDelta.apply(from, TextDelta.encode(from, to))).isEqualTo(to);
    }

    @Test
    void smallEditOfLongNoteTakesFewBytes() {
        String note = randomText(new Random(5), 20_000);
        String edited = note.substring(0, 9000) + "inserted words " + note.substring(9000);
        assertThat(TextDelta.encode(note, edited).length).isLessThan(30);
    }

    @Test
    void editsFarApartCostWhatTheEditsCostNotWhatLiesBetweenThem() {
        Random random = new Random(8);
        String note = words(random, 20_000);
        String edited = note;
        for (int i = 0; i < 20; i++) { // a word typed every thousand characters, as over a week of editing
            int at = 500 + 1000 * i;
            edited = edited.substring(0, at) + "typed" + i + " " + edited.substring(at);
        }
        assertThat(TextDelta.encode(note, edited).length).isLessThan(20 * 12);
        assertThat(TextDelta.apply(note, TextDelta.encode(note, edited))).isEqualTo(edited);
    }

    @Test
    void aLongNoteWithoutLineOrSentenceEndsStillGetsSmallDeltas() {
        String note = randomText(new Random(9), 30_000).replace("\n", "");
        String edited = "x" + note.substring(0, 15_000) + "yz" + note.substring(15_000) + "w";
        assertThat(TextDelta.encode(note, edited).length).isLessThan(30);
        assertThat(TextDelta.apply(note, TextDelta.encode(note, edited))).isEqualTo(edited);
    }

    @Test
    void aDeltaOfTwoVersionsApartIsNoBiggerThanTheTwoDeltasBetween() {
        Random random = new Random(10);
        String first = words(random, 20_000);
        for (int i = 0; i < 50; i++) {
            String second = first;
            for (int e = 0; e < 3; e++) {
                second = edit(second, random);
            }
            String third = second;
            for (int e = 0; e < 3; e++) {
                third = edit(third, random);
            }
            assertThat(TextDelta.encode(first, third).length).as("step %d", i)
                    .isLessThanOrEqualTo(TextDelta.encode(first, second).length + TextDelta.encode(second, third).length);
            first = third;
        }
    }

    @Test
    void deltasWrittenByTheFirstReleaseStillApply() {
        String from = "We compare the model against baseline methods on three benchmarks.\n"
                + "The model learns a policy from human preferences without an explicit reward.\n"
                + "模型从人类偏好中学习策略。\n";
        String to = "We compare the model against baseline methods on three benchmarks.\n"
                + "The model learns a policy from human preferences without an explicit reward, which makes training "
                + "simpler and more stable than the baseline methods.\n"
                + "模型从人类偏好中学习策略，无需显式奖励。\n结果表明，模型从人类偏好中学习的策略更稳定。\n";
        // Written by the encoder of the first release: a delta deflated against the old text, and a full copy.
        byte[] delta = HexFormat.of().parseHex("02009e0163ea6364f0d05128cfc84cce50c84dcc061a5b52047475665eba4271666e"
                + "414e6a11d0fc14a0c3803e2b2e494cca017930310fec4b747ff131c8bddfd3f36cfa8297731a9ecdd8f7740fd0d2694fbb3682"
                + "2c7abe7bf2b379735e2c5cf16c461f48117ef7cd6a8138f1d9ec2dcf576c7eba6e1600");
        byte[] full = HexFormat.of().parseHex("017d8e3d4ec340104603a54f310740390d12f5da9e6457d91f6b77234317502a40a1"
                + "40842844515204b931520405c40997c16b43c51558834441413b7adf9bb7d76a0df78f10222512a2112c45102a460ea44b98"
                + "341642629033e9cf68a98a0d28e9298d0821ca880aa27ba61d1cfeee38122d0d10481467d10974b41240fb824848347650fb"
                + "151a4899b7f52df8331e279e641634a644c7079052165110a4e739ab7d06935d304c241cb51fc4fe934f359684bc2926f23b"
                + "fb6f683ba8b2a59b5f94c5a8dc6cea75e14eafdc6a573ee72ebf2f5f16753eae6f569fdbcbea76f1311b549357b7f5c0d89d"
                + "afdf0667415d5c57f3d9fb32ab26a306fadf351dfee8aabba73a7b740fd346f105");
        assertThat(TextDelta.apply(from, delta)).isEqualTo(to);
        assertThat(TextDelta.apply("", full)).isEqualTo(to);
    }

    @Test
    void loneSurrogatesSurvive() {
        String from = "a\uD83Db";
        String to = "a\uDE00\uD83Dc";
        assertThat(TextDelta.apply(from, TextDelta.encode(from, to))).isEqualTo(to);
    }

    static String edit(String text, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        switch (random.nextInt(4)) {
            case 0: {
                int end = Math.min(text.length(), at + random.nextInt(30));
                return text.substring(0, at) + text.substring(end);
            }
            case 1: {
                int end = Math.min(text.length(), at + random.nextInt(10));
                return text.substring(0, at) + randomText(random, random.nextInt(20)) + text.substring(end);
            }
            default:
                return text.substring(0, at) + randomText(random, 1 + random.nextInt(60)) + text.substring(at);
        }
    }

    /** Text of words and sentences, as notes are (random letters hide what a dictionary gains). */
    static String words(Random random, int length) {
        String[] words = {"the", "model", "learns", "a", "policy", "from", "human", "preferences", "without",
            "explicit", "reward", "training", "baseline", "模型", "偏好", "奖励", "$x$", "results"};
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
        }
        return text.toString();
    }

    static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
