package org.papernotes.ui.editor;

/**
 * The part of the editor's text edited since its highlighting was last set, kept as the length of the untouched
 * start and the length of the untouched end. Outside it, the editor still shows the styles it was given.
 */
final class EditedRegion {

    private boolean empty = true;
    private int untouchedStart;
    private int untouchedEnd;

    /** Records an edit at {@code position} that replaced {@code removed} chars by {@code inserted} chars. */
    void edited(int position, int removed, int inserted, int lengthAfter) {
        int endAfter = lengthAfter - (position + inserted);
        if (empty) {
            untouchedStart = position;
            untouchedEnd = endAfter;
            empty = false;
        } else {
            untouchedStart = Math.min(untouchedStart, position);
            untouchedEnd = Math.min(untouchedEnd, endAfter);
        }
    }

    /** The highlighting now matches the text: nothing is edited. */
    void clear() {
        empty = true;
    }

    /** Characters at the start that were not edited, for a text of this length. */
    int untouchedStart(int length) {
        return empty ? length : Math.min(untouchedStart, length);
    }

    /** Characters at the end that were not edited (0 when nothing was edited: the start covers it all). */
    int untouchedEnd(int length) {
        return empty ? 0 : Math.min(untouchedEnd, length - untouchedStart(length));
    }
}
