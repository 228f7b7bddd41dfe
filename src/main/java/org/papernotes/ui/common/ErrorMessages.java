package org.papernotes.ui.common;

import org.papernotes.store.LibraryException;

/** One line for the user from a failure: the store's messages are written for people, others are not. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String of(Throwable error) {
        if (error instanceof LibraryException || error instanceof IllegalArgumentException) {
            return error.getMessage();
        }
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
