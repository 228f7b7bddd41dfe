package org.papernotes.store;

/** An id that names no paper in the library. */
public class PaperNotFoundException extends LibraryException {

    private static final long serialVersionUID = 1L;

    private final long id;

    public PaperNotFoundException(long id) {
        super("No paper with id " + id + " in this library.");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
