package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;

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

    static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
