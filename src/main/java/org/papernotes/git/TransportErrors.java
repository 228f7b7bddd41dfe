package org.papernotes.git;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/**
 * One clear {@link GitMessage} for what went wrong talking to a remote. JGit says most of it only in its
 * exception texts and causes, so this reads them; an unknown failure keeps JGit's own words.
 */
final class TransportErrors {

    private TransportErrors() {
    }

    static GitMessage classify(Exception error, String remote, PublishCredentials credentials) {
        if (error instanceof NoRemoteRepositoryException) {
            return GitMessage.of(GitMessage.Code.REMOTE_NOT_FOUND, remote);
        }
        String question = credentials.hostKeyQuestion();
        if (question != null) {
            System.getLogger(TransportErrors.class.getName()).log(System.Logger.Level.DEBUG, question);
            boolean changed = question.toLowerCase(Locale.ROOT).contains("changed")
                    || question.toLowerCase(Locale.ROOT).contains("mismatch");
            return GitMessage.of(changed ? GitMessage.Code.HOST_KEY_CHANGED : GitMessage.Code.HOST_KEY_UNKNOWN, remote);
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
                return GitMessage.of(GitMessage.Code.NETWORK, remote, text(cause));
            }
            String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("no more authentication methods") || text.contains("auth fail")
                    || text.contains("not authorized") || text.contains("authentication is required")) {
                return GitMessage.of(credentials.declined() ? GitMessage.Code.AUTHENTICATION_CANCELLED
                        : GitMessage.Code.AUTHENTICATION, remote);
            }
            if (text.contains("server key did not validate") || text.contains("host key") && text.contains("unknown")) {
                return GitMessage.of(GitMessage.Code.HOST_KEY_UNKNOWN, remote);
            }
            if (text.contains("host key") && (text.contains("changed") || text.contains("mismatch"))) {
                return GitMessage.of(GitMessage.Code.HOST_KEY_CHANGED, remote);
            }
            if (text.contains("repository not found") || text.contains("not found") && text.contains("repository")) {
                return GitMessage.of(GitMessage.Code.REMOTE_NOT_FOUND, remote);
            }
        }
        return GitMessage.of(GitMessage.Code.OTHER, text(error));
    }

    private static String text(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
