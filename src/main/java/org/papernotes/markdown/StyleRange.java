package org.papernotes.markdown;

/**
 * A style class over the half-open character range [start, end) of a note. Ranges may nest or overlap (a link
 * inside a heading); the editor combines the classes of overlapping ranges.
 */
public record StyleRange(int start, int end, String styleClass) {

    public StyleRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
