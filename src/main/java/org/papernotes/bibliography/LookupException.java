package org.papernotes.bibliography;

/**
 * A lookup that gave no paper, with the reason as a code (the window says it in the user's language) and an
 * English message (the command line prints it).
 */
public final class LookupException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a lookup gave nothing. */
    public enum Reason {
        /** The text is not a DOI or arXiv id. */
        NOT_AN_IDENTIFIER,
        /** The server has no such DOI or arXiv id (404, an empty feed, arXiv's error entry). */
        NOT_FOUND,
        /** The server asked to slow down (429) and still did after the wait. */
        RATE_LIMITED,
        /** The server failed (5xx) or answered with another status. */
        SERVER_ERROR,
        /** The answer could not be read as CSL-JSON or Atom. */
        BAD_ANSWER,
        /** No answer within the time allowed. */
        TIMED_OUT,
        /** The server could not be reached: offline, no such host, connection refused. */
        UNREACHABLE,
        /** The user cancelled. */
        CANCELLED
    }

    private final Reason reason;
    private final String identifier;

    public LookupException(Reason reason, String identifier, String message) {
        super(message);
        this.reason = reason;
        this.identifier = identifier;
    }

    public LookupException(Reason reason, String identifier, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.identifier = identifier;
    }

    public Reason reason() {
        return reason;
    }

    /** What was looked up, as the user gave it. */
    public String identifier() {
        return identifier;
    }

    /** Whether the paper may exist and a later try may find it (the network, not the identifier, failed). */
    public boolean isTransient() {
        return reason == Reason.RATE_LIMITED || reason == Reason.SERVER_ERROR || reason == Reason.TIMED_OUT
                || reason == Reason.UNREACHABLE;
    }
}
