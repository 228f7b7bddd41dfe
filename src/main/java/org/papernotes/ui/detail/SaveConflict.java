package org.papernotes.ui.detail;

/** A save found its paper changed by another program (or window) since it was loaded: that text is this version. */
public record SaveConflict(long paperId, String title, int otherVersion) {
}
