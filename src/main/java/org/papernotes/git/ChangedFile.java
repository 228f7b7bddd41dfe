package org.papernotes.git;

/**
 * A file of the checkout whose working-tree or staged state differs from the last commit.
 *
 * @param path   relative to the checkout, with {@code /}
 * @param kind   what differs
 * @param staged whether the change is in the index (the next {@code git commit} of the user's would take it)
 */
public record ChangedFile(String path, Kind kind, boolean staged) {

    public enum Kind { ADDED, MODIFIED, DELETED, UNTRACKED, CONFLICTING }
}
