package org.papernotes.ui.detail;

/**
 * A note put into the editor by a load (a paper opened, reloaded or restored), as opposed to typed: the editor
 * takes its text, clearing its undo. Each load is a new object, so that loading the same text again is a change.
 */
public final class LoadedNote {

    private final long paperId;
    private final String text;

    LoadedNote(long paperId, String text) {
        this.paperId = paperId;
        this.text = text;
    }

    public long paperId() {
        return paperId;
    }

    public String text() {
        return text;
    }
}
