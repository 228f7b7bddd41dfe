package org.papernotes.bibliography;

/**
 * An entry of a .bib that could not be read.
 *
 * @param line    the line the entry starts on (1 for the first)
 * @param key     the entry's key if it could be seen, else null
 * @param message what is wrong, in English (for the command line and the log)
 */
public record BibtexProblem(int line, String key, String message) {

    @Override
    public String toString() {
        return "line " + line + (key == null ? "" : " (" + key + ")") + ": " + message;
    }
}
