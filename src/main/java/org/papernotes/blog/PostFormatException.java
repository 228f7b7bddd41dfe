package org.papernotes.blog;

/** A post file that cannot be imported; {@link #reason()} says why (the message is its English text). */
public final class PostFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient BlogMessage reason;

    public PostFormatException(BlogMessage reason) {
        super(reason.english());
        this.reason = reason;
    }

    public BlogMessage reason() {
        return reason;
    }
}
