package org.papernotes.git;

/**
 * Publishing through git cannot go on, for the {@link GitMessage} it carries. Whoever throws it has left the
 * checkout as it was before the operation started.
 */
public final class GitException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient GitMessage reason;

    public GitException(GitMessage reason) {
        super(reason.english());
        this.reason = reason;
    }

    public GitException(GitMessage reason, Throwable cause) {
        super(reason.english(), cause);
        this.reason = reason;
    }

    public static GitException of(GitMessage.Code code, Object... args) {
        return new GitException(GitMessage.of(code, args));
    }

    public GitMessage reason() {
        return reason;
    }
}
