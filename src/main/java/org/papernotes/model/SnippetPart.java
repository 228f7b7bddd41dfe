package org.papernotes.model;

import java.util.Objects;

/** A piece of a search snippet: text as written in the note, and whether it is a hit to mark. */
public record SnippetPart(String text, boolean hit) {

    public SnippetPart {
        Objects.requireNonNull(text, "text");
    }
}
