package org.papernotes.blog;

/**
 * A slug that cannot be set (no letter or digit, or another paper's post has it); {@link #reason()} says why
 * (the message is its English text, which the command line prints).
 */
public final class InvalidSlugException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient BlogMessage reason;

    public InvalidSlugException(BlogMessage reason) {
        super(reason.english());
        this.reason = reason;
    }

    public BlogMessage reason() {
        return reason;
    }
}
