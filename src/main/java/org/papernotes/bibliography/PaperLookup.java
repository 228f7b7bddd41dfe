package org.papernotes.bibliography;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.papernotes.model.Paper;

/**
 * Looks papers up, only when asked: a DOI at the DOI resolver (CSL-JSON by content negotiation, which Crossref
 * and DataCite both answer), arXiv ids at arXiv's export API (Atom), with the JDK's HTTP client. Every request
 * names the app, has the settings' time limit and can be cancelled; requests to arXiv are at least the settings'
 * pause apart. A 429 is waited out once (the wait said through {@code notices}), then reported.
 */
public final class PaperLookup {

    /** arXiv ids asked for in one request. */
    static final int ARXIV_BATCH = 20;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    private static final String CSL_JSON = "application/vnd.citationstyles.csl+json";

    private final LookupSettings settings;
    private final HttpClient client;
    private long lastArxivRequest;

    public PaperLookup(LookupSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL) // doi.org redirects to Crossref or DataCite
                .build();
    }

    /**
     * The paper a DOI names.
     *
     * @param notices what the user should see while waiting ("doi.org asks to wait 5 s…")
     */
    public Paper doi(Identifier.Doi doi, Cancellation cancellation, Consumer<String> notices) throws LookupException {
        URI uri = settings.doiBase().resolve(encodePath(doi.value()));
        byte[] body = get(uri, CSL_JSON + ", application/json;q=0.5", doi.value(), "the DOI resolver", cancellation,
                notices);
        try {
            Paper paper = CslJson.paper(new String(body, StandardCharsets.UTF_8));
            return paper.doi() == null ? paper.withLinks(doi.value(), paper.arxivId(), paper.url()) : paper;
        } catch (IllegalArgumentException e) {
            throw new LookupException(LookupException.Reason.BAD_ANSWER, doi.value(),
                    "The DOI resolver's answer for " + doi.value() + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The papers for arXiv ids, in requests of up to {@value #ARXIV_BATCH} ids at least the pause apart. The map
     * holds every id asked for (as its {@link Identifier.Arxiv#text()}), with its paper or the reason it has none.
     */
    public Map<String, Result> arxiv(List<Identifier.Arxiv> ids, Cancellation cancellation, Consumer<String> notices)
            throws LookupException {
        Map<String, Result> results = new LinkedHashMap<>();
        for (int start = 0; start < ids.size(); start += ARXIV_BATCH) {
            List<Identifier.Arxiv> batch = ids.subList(start, Math.min(ids.size(), start + ARXIV_BATCH));
            pauseForArxiv(cancellation);
            String list = String.join(",", batch.stream().map(Identifier.Arxiv::text).toList());
            URI uri = URI.create(settings.arxivBase() + "?id_list=" + URLEncoder.encode(list, StandardCharsets.UTF_8)
                    + "&max_results=" + batch.size());
            byte[] body;
            try {
                body = get(uri, "application/atom+xml", list, "arXiv", cancellation, notices);
            } catch (LookupException e) {
                if (e.reason() != LookupException.Reason.NOT_FOUND || batch.size() > 1) {
                    throw e;
                }
                // arXiv answers 400 with an error entry for a malformed id: that entry says why
                body = e.getCause() instanceof BodyCarrier carrier ? carrier.body : null;
                if (body == null) {
                    results.put(batch.get(0).text(), Result.missing(e));
                    continue;
                }
            } finally {
                lastArxivRequest = System.nanoTime();
            }
            List<ArxivAtom.Entry> entries;
            try {
                entries = ArxivAtom.entries(body);
            } catch (IllegalArgumentException e) {
                throw new LookupException(LookupException.Reason.BAD_ANSWER, list,
                        "arXiv's answer for " + list + " could not be read: " + e.getMessage(), e);
            }
            for (Identifier.Arxiv id : batch) {
                results.put(id.text(), match(id, entries));
            }
        }
        return results;
    }

    private static Result match(Identifier.Arxiv id, List<ArxivAtom.Entry> entries) {
        for (ArxivAtom.Entry entry : entries) {
            if (entry.error() != null && entry.id().equals(id.text())) {
                return Result.missing(new LookupException(LookupException.Reason.NOT_FOUND, id.text(),
                        "arXiv refused " + id.text() + ": " + entry.error()));
            }
            if (entry.paper() != null && entry.id().equals(id.id())) {
                return Result.found(entry.paper());
            }
        }
        return Result.missing(new LookupException(LookupException.Reason.NOT_FOUND, id.text(),
                "arXiv has no paper " + id.text() + "."));
    }

    /** A paper, or why there is none. */
    public record Result(Paper paper, LookupException problem) {
        static Result found(Paper paper) {
            return new Result(paper, null);
        }

        static Result missing(LookupException problem) {
            return new Result(null, problem);
        }
    }

    private void pauseForArxiv(Cancellation cancellation) throws LookupException {
        if (lastArxivRequest == 0) {
            return;
        }
        long waited = (System.nanoTime() - lastArxivRequest) / 1_000_000L;
        long left = settings.arxivPause().toMillis() - waited;
        if (left > 0) {
            pause(left, cancellation, "arXiv");
        }
    }

    private byte[] get(URI uri, String accept, String identifier, String server, Cancellation cancellation,
                       Consumer<String> notices) throws LookupException {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> response = send(uri, accept, identifier, server, cancellation);
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            if (status == 429 && attempt == 0) {
                long seconds = retryAfterSeconds(response);
                notices.accept(server + " asks to slow down; trying " + identifier + " again in " + seconds + " s…");
                pause(seconds * 1000, cancellation, server);
                continue;
            }
            throw statusFailure(status, identifier, server, response.body());
        }
    }

    private HttpResponse<byte[]> send(URI uri, String accept, String identifier, String server,
                                      Cancellation cancellation) throws LookupException {
        if (cancellation.isCancelled()) {
            throw cancelled(identifier);
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Accept", accept)
                .header("User-Agent", settings.userAgent())
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        Runnable stopWatching = cancellation.whenCancelled(() -> future.cancel(true));
        try {
            // The client's timeout ends at the headers; a body that trickles in is bounded here.
            return future.get(settings.timeout().toMillis() + 500, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(identifier, server, e);
        } catch (java.util.concurrent.CancellationException e) {
            throw cancelled(identifier);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw cancelled(identifier);
        } catch (ExecutionException e) {
            if (cancellation.isCancelled()) {
                throw cancelled(identifier);
            }
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
                throw timedOut(identifier, server, cause);
            }
            throw new LookupException(LookupException.Reason.UNREACHABLE, identifier, server + " could not be reached ("
                    + describe(cause) + "). Check the network connection; " + identifier + " was not looked up.", cause);
        } finally {
            stopWatching.run();
        }
    }

    private LookupException timedOut(String identifier, String server, Throwable cause) {
        return new LookupException(LookupException.Reason.TIMED_OUT, identifier, server + " did not answer within "
                + settings.timeout().toSeconds() + " s for " + identifier + ".", cause);
    }

    private static LookupException cancelled(String identifier) {
        return new LookupException(LookupException.Reason.CANCELLED, identifier, "The lookup of " + identifier
                + " was cancelled.");
    }

    private static LookupException statusFailure(int status, String identifier, String server, byte[] body) {
        if (status == 404 || status == 400 || status == 410) {
            return new LookupException(LookupException.Reason.NOT_FOUND, identifier, server + " knows no paper "
                    + identifier + " (HTTP " + status + ").", new BodyCarrier(body));
        }
        if (status == 429) {
            return new LookupException(LookupException.Reason.RATE_LIMITED, identifier, server
                    + " still asks to slow down; try " + identifier + " again in a minute.");
        }
        return new LookupException(LookupException.Reason.SERVER_ERROR, identifier, server + " failed to answer for "
                + identifier + " (HTTP " + status + "); try again later.");
    }

    private static long retryAfterSeconds(HttpResponse<?> response) {
        long seconds = response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                return 5L; // an HTTP date: wait a little rather than parse it
            }
        }).orElse(5L);
        return Math.max(1, Math.min(seconds, LONGEST_WAIT.toSeconds()));
    }

    private static void pause(long millis, Cancellation cancellation, String identifier) throws LookupException {
        try {
            if (!cancellation.pause(millis)) {
                throw cancelled(identifier);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled(identifier);
        }
    }

    private static String describe(Throwable cause) {
        if (cause instanceof UnknownHostException) {
            return "unknown host " + cause.getMessage();
        }
        if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
            return "connection refused or timed out";
        }
        if (cause instanceof IOException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return cause == null ? "unknown error" : cause.getClass().getSimpleName();
    }

    /** A DOI as a URL path: its characters kept, those a path cannot hold percent-encoded. */
    private static String encodePath(String doi) {
        StringBuilder out = new StringBuilder();
        for (byte b : doi.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~/:;()".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    /** Carries a refused answer's body, which for arXiv says why. */
    private static final class BodyCarrier extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient byte[] body;

        BodyCarrier(byte[] body) {
            super("answer body", null, false, false);
            this.body = body;
        }
    }
}
