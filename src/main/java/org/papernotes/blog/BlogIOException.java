package org.papernotes.blog;

import java.io.IOException;

/** A file the blog package refuses or cannot handle, for a reason of its own, with its reason as a {@link BlogMessage}. */
public final class BlogIOException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient BlogMessage reason;

    public BlogIOException(BlogMessage reason) {
        super(reason.english());
        this.reason = reason;
    }

    public BlogIOException(BlogMessage reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    public BlogMessage reason() {
        return reason;
    }
}
