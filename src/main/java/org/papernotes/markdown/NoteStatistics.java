package org.papernotes.markdown;

/** TEMPORARY stand-in until wt-editor lands (not to be committed as done). */
public final class NoteStatistics {
    private NoteStatistics() { }
    public record Counts(int words, int characters) { }
    public static Counts count(String text) {
        String t = text.strip();
        int words = t.isEmpty() ? 0 : t.split("\\s+").length;
        return new Counts(words, text.codePointCount(0, text.length()));
    }
}
