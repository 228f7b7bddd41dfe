package org.papernotes.model;

import java.util.regex.Pattern;

/**
 * The rule for citation keys, shared by the store (which refuses others), the key generator and the header's
 * key field: ASCII letters and digits and a few punctuation marks that BibTeX, biber and LaTeX's {@code \cite}
 * all accept in a key.
 */
public final class CitationKey {

    /** Besides letters and digits. */
    public static final String ALLOWED_PUNCTUATION = "- _ : . + /";

    /** A key as a regular expression (without anchors), for finding keys in text: {@code [@key]} in a note. */
    public static final String SYNTAX = "[A-Za-z0-9][A-Za-z0-9_:.+/-]*";

    private static final Pattern VALID = Pattern.compile(SYNTAX);
    private static final int MAX_LENGTH = 100;

    private CitationKey() {
    }

    public static boolean isValid(String key) {
        return key != null && key.length() <= MAX_LENGTH && VALID.matcher(key).matches();
    }
}
