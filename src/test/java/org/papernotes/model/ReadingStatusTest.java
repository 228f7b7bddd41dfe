package org.papernotes.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadingStatusTest {

    @ParameterizedTest
    @CsvSource({"to-read, TO_READ", "reading, READING", "read, READ", "TO_READ, TO_READ", "toread, TO_READ",
            "' To Read ', TO_READ", "to_read, TO_READ", "READING, READING"})
    void acceptsTheKeyTheEnumNameAndCommonSpellings(String text, ReadingStatus expected) {
        assertThat(ReadingStatus.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unread", "to-read-later", "读过", "re ad"})
    void rejectsAnythingElse(String text) {
        assertThat(ReadingStatus.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullIsNoStatus() {
        assertThat(ReadingStatus.parse(null)).isEmpty();
    }
}
