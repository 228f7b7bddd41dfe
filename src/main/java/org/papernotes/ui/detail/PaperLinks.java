package org.papernotes.ui.detail;

import java.util.Optional;

/** The web addresses behind a paper's DOI, arXiv id and URL fields. */
public final class PaperLinks {

    private PaperLinks() {
    }

    public static Optional<String> doi(String doi) {
        String value = clean(doi);
        if (value == null) {
            return Optional.empty();
        }
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return Optional.of(value);
        }
        return Optional.of("https://doi.org/" + value.replaceFirst("(?i)^doi:\\s*", ""));
    }

    public static Optional<String> arxiv(String id) {
        String value = clean(id);
        if (value == null) {
            return Optional.empty();
        }
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return Optional.of(value);
        }
        return Optional.of("https://arxiv.org/abs/" + value.replaceFirst("(?i)^arxiv:\\s*", ""));
    }

    public static Optional<String> url(String url) {
        String value = clean(url);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value.matches("(?i)^[a-z][a-z0-9+.-]*:.*") ? value : "https://" + value);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
