package org.papernotes.bibliography;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where and how lookups ask: the DOI resolver and the arXiv export API (mirrors and tests point them elsewhere),
 * the time a lookup may take, the pause between arXiv requests, and the User-Agent that names the app.
 *
 * @param doiBase     the resolver, a DOI is appended: {@code https://doi.org/}
 * @param arxivBase   the query endpoint: {@code https://export.arxiv.org/api/query}
 * @param timeout     for one request, answer included
 * @param arxivPause  between two requests to arXiv (its terms ask for one every 3 seconds)
 * @param userAgent   sent with every request
 */
public record LookupSettings(URI doiBase, URI arxivBase, Duration timeout, Duration arxivPause, String userAgent) {

    public static final String DOI_URL_VARIABLE = "PAPERNOTES_DOI_URL";
    public static final String ARXIV_URL_VARIABLE = "PAPERNOTES_ARXIV_URL";
    /** Keys of the library settings that hold the base URLs. */
    public static final String DOI_URL_SETTING = "lookup.doiUrl";
    public static final String ARXIV_URL_SETTING = "lookup.arxivUrl";
    public static final URI DEFAULT_DOI_BASE = URI.create("https://doi.org/");
    public static final URI DEFAULT_ARXIV_BASE = URI.create("https://export.arxiv.org/api/query");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration ARXIV_PAUSE = Duration.ofSeconds(3);

    /**
     * The settings from the environment variables, else the saved settings, else the defaults.
     *
     * @param environment    {@code System.getenv()} in the app
     * @param savedDoiUrl    the library's setting, if any
     * @param savedArxivUrl  the library's setting, if any
     * @param version        the app's version, for the User-Agent
     * @throws IllegalArgumentException naming the variable or setting whose URL is not an http(s) URL
     */
    public static LookupSettings from(Map<String, String> environment, Optional<String> savedDoiUrl,
                                      Optional<String> savedArxivUrl, String version) {
        URI doi = present(environment.get(DOI_URL_VARIABLE)).map(url -> doiBase(url, DOI_URL_VARIABLE))
                .or(() -> savedDoiUrl.flatMap(LookupSettings::present).map(url -> doiBase(url, DOI_URL_SETTING)))
                .orElse(DEFAULT_DOI_BASE);
        URI arxiv = present(environment.get(ARXIV_URL_VARIABLE)).map(url -> arxivBase(url, ARXIV_URL_VARIABLE))
                .or(() -> savedArxivUrl.flatMap(LookupSettings::present).map(url -> arxivBase(url, ARXIV_URL_SETTING)))
                .orElse(DEFAULT_ARXIV_BASE);
        return new LookupSettings(doi, arxiv, DEFAULT_TIMEOUT, ARXIV_PAUSE, userAgent(version));
    }

    /** "PaperNotes/0.1.0 (…)": the servers' terms ask clients to say who they are. */
    public static String userAgent(String version) {
        return "PaperNotes/" + (version == null || version.isBlank() ? "dev" : version)
                + " (desktop reading notes; lookups on the user's request)";
    }

    public LookupSettings withTimeout(Duration newTimeout) {
        return new LookupSettings(doiBase, arxivBase, newTimeout, arxivPause, userAgent);
    }

    public LookupSettings withArxivPause(Duration newPause) {
        return new LookupSettings(doiBase, arxivBase, timeout, newPause, userAgent);
    }

    /**
     * A DOI resolver's URL as lookups use it, the DOI put after it: "https://mirror.example/doi" is read as
     * "https://mirror.example/doi/" (without the slash the DOI would replace the last path segment).
     *
     * @param name the variable or setting it came from, for the message
     * @throws IllegalArgumentException if it is not an http(s) URL with a host
     */
    public static URI doiBase(String text, String name) {
        URI uri = httpUrl(text, name);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(name + " must not have a query or fragment (the DOI is put after it): "
                    + text.strip());
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return path.endsWith("/") ? uri : URI.create(uri + "/");
    }

    /**
     * The arXiv API endpoint as lookups use it (they add {@code ?id_list=…}).
     *
     * @param name the variable or setting it came from, for the message
     * @throws IllegalArgumentException if it is not an http(s) URL with a host, or it has a query
     */
    public static URI arxivBase(String text, String name) {
        URI uri = httpUrl(text, name);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(name + " must not have a query or fragment (the lookup adds its own): "
                    + text.strip());
        }
        return uri;
    }

    private static URI httpUrl(String text, String name) {
        String url = text == null ? "" : text.strip();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not an http(s) URL: " + url, e);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException(name + " is not an http(s) URL: " + url);
        }
        return uri;
    }

    /** A variable or setting counts when it has text: a blank one is as if unset. */
    private static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
