package org.papernotes.store;

/** A paper was to be stored with a citation key that another paper of the library has. */
public final class CitationKeyTakenException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final long ownerId;

    public CitationKeyTakenException(String key, long ownerId) {
        super("The citation key \"" + key + "\" is already used by paper " + ownerId + ".");
        this.key = key;
        this.ownerId = ownerId;
    }

    public String key() {
        return key;
    }

    /** The id of the paper that has the key. */
    public long ownerId() {
        return ownerId;
    }
}
