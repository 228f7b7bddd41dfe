package org.papernotes.model;

import java.util.Locale;

/** Why a version of a paper was kept. */
public enum VersionReason {
    /** An editing session paused, or the note lost much of its text at once. */
    EDIT,
    /** Before an import replaced the paper with a post's text. */
    BEFORE_IMPORT,
    /** Before a version was restored over it. */
    BEFORE_RESTORE,
    /** A version was restored; {@link PaperVersion#restoredFrom()} says which. */
    RESTORED,
    /** Before find-and-replace replaced every match. */
    BEFORE_REPLACE_ALL,
    /** Before a tag merge changed the paper's tags. */
    BEFORE_TAG_MERGE,
    /** Another program changed the paper while it was being edited here: its text, kept before this save. */
    OTHER_PROGRAM,
    /** Before a sync merge replaced the paper. */
    BEFORE_SYNC_MERGE;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The reason stored as {@code key}; EDIT for a key this version does not know. */
    public static VersionReason ofKey(String key) {
        for (VersionReason reason : values()) {
            if (reason.key().equals(key)) {
                return reason;
            }
        }
        return EDIT;
    }
}
