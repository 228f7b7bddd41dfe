package org.papernotes.ui.editor;

import java.util.List;

/** The papers a citation being typed ({@code [@…}) may name, for the editor's completion. */
public interface CitationSuggestions {

    /** A paper to offer: its key, and what tells it apart. */
    record Suggestion(String key, String title, Integer year, String authors) {
    }

    /** At most {@code limit} papers for what was typed after the {@code @}, best first. */
    List<Suggestion> complete(String typed, int limit);
}
