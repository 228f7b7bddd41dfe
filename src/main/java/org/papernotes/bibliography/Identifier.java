package org.papernotes.bibliography;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper's identifier as a user pastes it: a DOI (bare, {@code doi:…}, a doi.org URL) or an arXiv id (new style
 * {@code 1706.03762}, old style {@code hep-th/9711200}, with or without a version, bare, {@code arXiv:…}, or an
 * arxiv.org abs/pdf URL).
 */
public sealed interface Identifier {

    /** @param value the DOI without any prefix, as given (DOIs compare ignoring case) */
    record Doi(String value) implements Identifier {
        @Override
        public String text() {
            return value;
        }

        /** For comparing: lower case. */
        public String normalized() {
            return value.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param id      without version: {@code 1706.03762}, {@code hep-th/9711200}
     * @param version {@code v7}, or null for the latest
     */
    record Arxiv(String id, String version) implements Identifier {
        @Override
        public String text() {
            return version == null ? id : id + version;
        }
    }

    /** The identifier as the lookup sends it. */
    String text();

    /** DOI: "10." registrant "/" suffix; the suffix runs to the first space (a URL's query/fragment excluded). */
    Pattern DOI = Pattern.compile("(10\\.\\d{4,9}(?:\\.\\d+)*/[^\\s\"<>]+)");
    Pattern ARXIV_NEW = Pattern.compile("(\\d{4}\\.\\d{4,5})(v\\d+)?");
    Pattern ARXIV_OLD = Pattern.compile("([a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/\\d{7})(v\\d+)?");
    /** arXiv's own DOIs (10.48550/arXiv.ID) name arXiv papers; the export API describes them best. */
    Pattern ARXIV_DOI = Pattern.compile("(?i)10\\.48550/arxiv\\.(.+)");
    Pattern ARXIV_URL = Pattern.compile("(?i)^(?:https?://)?(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html)/(.+?)(?:\\.pdf)?/?(?:[?#].*)?$");
    Pattern DOI_URL = Pattern.compile("(?i)^(?:https?://)?(?:dx\\.)?doi\\.org/(.+)$");

    /** The identifier that {@code text} is, whole (surrounding spaces allowed); empty if it is none. */
    static Optional<Identifier> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String input = text.strip();
        if (input.isEmpty()) {
            return Optional.empty();
        }
        Matcher url = ARXIV_URL.matcher(input);
        if (url.matches()) {
            return arxiv(url.group(1));
        }
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("arxiv:")) {
            return arxiv(input.substring("arxiv:".length()).strip());
        }
        Matcher doiUrl = DOI_URL.matcher(input);
        String doiText = doiUrl.matches() ? decode(doiUrl.group(1)) : input;
        if (doiText.toLowerCase(Locale.ROOT).startsWith("doi:")) {
            doiText = doiText.substring(4).strip();
        }
        Optional<Identifier> doi = doi(doiText);
        if (doi.isPresent()) {
            return doi;
        }
        return arxiv(input);
    }

    /** The first DOI or arXiv id in running text (a PDF's first page, its metadata), if any. */
    static Optional<Identifier> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher arxivStamp = Pattern.compile("(?i)arxiv:\\s*(\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7}(?:v\\d+)?)")
                .matcher(text);
        Matcher doi = Pattern.compile("(?i)\\b" + DOI.pattern()).matcher(text);
        int arxivAt = arxivStamp.find() ? arxivStamp.start() : Integer.MAX_VALUE;
        int doiAt = doi.find() ? doi.start() : Integer.MAX_VALUE;
        if (doiAt < arxivAt) {
            Optional<Identifier> found = doi(doi.group(1));
            if (found.isPresent()) {
                return found;
            }
        }
        if (arxivAt != Integer.MAX_VALUE) {
            return arxiv(arxivStamp.group(1));
        }
        return Optional.empty();
    }

    private static Optional<Identifier> doi(String text) {
        Matcher matcher = DOI.matcher(text);
        if (!matcher.matches() && !(matcher.lookingAt() && text.substring(matcher.end()).isBlank())) {
            return Optional.empty();
        }
        // Sentence punctuation that ends a DOI in running text is not part of it.
        String value = matcher.group(1).replaceAll("[.,;:)\\]}]+$", "");
        Matcher arxiv = ARXIV_DOI.matcher(value);
        if (arxiv.matches()) {
            Optional<Identifier> id = arxiv(arxiv.group(1));
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.of(new Doi(value));
    }

    private static Optional<Identifier> arxiv(String text) {
        String value = text.strip();
        Matcher modern = ARXIV_NEW.matcher(value);
        // Since 2015 (1501.…) the number after the month has five digits, before it four.
        if (modern.matches() && (modern.group(1).length() == 10) == (Integer.parseInt(value.substring(0, 4)) >= 1501)) {
            return Optional.of(new Arxiv(modern.group(1), modern.group(2)));
        }
        Matcher old = ARXIV_OLD.matcher(value);
        if (old.matches()) {
            return Optional.of(new Arxiv(old.group(1), old.group(2)));
        }
        return Optional.empty();
    }

    private static String decode(String urlPart) {
        try {
            return URLDecoder.decode(urlPart.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return urlPart;
        }
    }
}
