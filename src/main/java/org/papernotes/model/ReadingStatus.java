package org.papernotes.model;

import java.util.Locale;
import java.util.Optional;

/** Where the reader is with a paper. The key is what the library file and the command line use. */
public enum ReadingStatus {
    TO_READ("to-read"),
    READING("reading"),
    READ("read");

    private final String key;

    ReadingStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Accepts the key, the enum name and common spellings ("toread", "to_read", "TO READ"). */
    public static Optional<ReadingStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ReadingStatus status : values()) {
            if (status.key.equals(text)) {
                return Optional.of(status); // as the library stores it: every row of a 10,000-paper list
            }
        }
        String normalized = text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        for (ReadingStatus status : values()) {
            if (status.key.equals(normalized) || status.key.replace("-", "").equals(normalized)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
