package org.papernotes.ui.editor;

import java.util.ArrayList;
import java.util.List;

/** Plain-text search within a note for the find/replace bar: next and previous match, count, replace all. */
final class TextFinder {

    /** A match [start, end). */
    record Match(int start, int end) {
    }

    private TextFinder() {
    }

    /** The first match starting at or after {@code from}, wrapping to the start; null if none. */
    static Match next(String text, String query, int from, boolean matchCase) {
        if (query.isEmpty()) {
            return null;
        }
        String haystack = fold(text, matchCase);
        String needle = fold(query, matchCase);
        int at = haystack.indexOf(needle, Math.max(0, Math.min(from, haystack.length())));
        if (at < 0) {
            at = haystack.indexOf(needle);
        }
        return at < 0 ? null : new Match(at, at + query.length());
    }

    /** The last match ending at or before {@code before}, wrapping to the end; null if none. */
    static Match previous(String text, String query, int before, boolean matchCase) {
        if (query.isEmpty()) {
            return null;
        }
        String haystack = fold(text, matchCase);
        String needle = fold(query, matchCase);
        int at = before - needle.length() < 0 ? -1 : haystack.lastIndexOf(needle, before - needle.length());
        if (at < 0) {
            at = haystack.lastIndexOf(needle);
        }
        return at < 0 ? null : new Match(at, at + query.length());
    }

    /** All non-overlapping matches in order. */
    static List<Match> all(String text, String query, boolean matchCase) {
        List<Match> matches = new ArrayList<>();
        if (query.isEmpty()) {
            return matches;
        }
        String haystack = fold(text, matchCase);
        String needle = fold(query, matchCase);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            matches.add(new Match(at, at + needle.length()));
        }
        return matches;
    }

    /**
     * Case folding that keeps every index where it is (so a match's offsets are valid in the original text):
     * only characters whose lower case is one char are folded.
     */
    private static String fold(String s, boolean matchCase) {
        if (matchCase) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
