package org.papernotes.blog;

/** A post file that cannot be imported; the message says why, in words for the user. */
public final class PostFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public PostFormatException(String message) {
        super(message);
    }
}
