package org.papernotes.bibliography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.papernotes.model.Paper;

/** Lookups answered by recorded responses from a server on 127.0.0.1. */
class PaperLookupTest {

    private static final String CSL = "application/vnd.citationstyles.csl+json";
    private static final String ATOM = "application/atom+xml";

    private LocalServer server;
    private PaperLookup lookup;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer();
        lookup = new PaperLookup(settings(Duration.ofSeconds(10)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LookupSettings settings(Duration timeout) {
        return LookupSettings.from(Map.of(LookupSettings.DOI_URL_VARIABLE, server.uri("/doi/").toString(),
                LookupSettings.ARXIV_URL_VARIABLE, server.uri("/api/query").toString()), Optional.empty(), Optional.empty(),
                "0.1.0").withTimeout(timeout).withArxivPause(Duration.ofMillis(200));
    }

    private Paper doi(String doi) throws LookupException {
        return lookup.doi(new Identifier.Doi(doi), new Cancellation(), notices::add);
    }

    @Test
    void aCrossrefDoiBecomesAPaperWithItsFields() throws Exception {
        server.on("/doi/10.1021/ja01577a030", LocalServer.Answer.ok(CSL, Fixtures.bytes("crossref-10.1021-ja01577a030.json")));
        Paper paper = doi("10.1021/ja01577a030");
        assertThat(paper.title()).isEqualTo("Correlation of the Base Strengths of Amines1");
        assertThat(paper.authors()).containsExactly("Hall, Jr., H. K.");
        assertThat(paper.venue()).isEqualTo("Journal of the American Chemical Society");
        assertThat(paper.year()).isEqualTo(1957);
        assertThat(paper.doi()).isEqualTo("10.1021/ja01577a030");
        assertThat(paper.entryType()).isEqualTo("article");
        assertThat(paper.bibFields()).containsEntry("volume", "79").containsEntry("pages", "5441--5444")
                .containsEntry("number", "20");
        LocalServer.Request request = server.requests().get(0);
        assertThat(request.accept()).startsWith(CSL);
        assertThat(request.userAgent()).startsWith("PaperNotes/0.1.0");
    }

    @Test
    void aCrossrefPreprintKeepsItsAuthorsInOrderAndItsAbstractAsText() throws Exception {
        server.on("/doi/10.1101/2021.08.15.21262067",
                LocalServer.Answer.ok(CSL, Fixtures.bytes("crossref-10.1101-2021.08.15.21262067.json")));
        Paper paper = doi("10.1101/2021.08.15.21262067");
        assertThat(paper.authors()).hasSize(17).startsWith("David H. Canaday", "Oladayo A. Oyebanji")
                .endsWith("Stefan Gravenstein");
        assertThat(paper.abstractText()).startsWith("High COVID-19 mortality").doesNotContain("<jats");
        assertThat(paper.venue()).isEqualTo("medRxiv");
        assertThat(paper.year()).isEqualTo(2021);
    }

    @Test
    void aDataciteDoiBecomesAPaper() throws Exception {
        server.on("/doi/10.5281/ZENODO.8242099", LocalServer.Answer.ok(CSL, Fixtures.bytes("datacite-10.5281-zenodo.8242099.json")));
        Paper paper = doi("10.5281/ZENODO.8242099");
        assertThat(paper.title()).isEqualTo("Shield bugs (nymphs)");
        assertThat(paper.authors()).containsExactly("Lars Willighagen", "Vasily Georgievich Puchkov");
        assertThat(paper.year()).isEqualTo(2023);
        assertThat(paper.bibFields()).containsEntry("publisher", "Zenodo");
    }

    @Test
    void arxivEntriesKeepAccentedNamesAndOldStyleIds() throws Exception {
        server.on("/api/query?id_list=astro-ph%2F0601001&max_results=1",
                LocalServer.Answer.ok(ATOM, Fixtures.bytes("arxiv-astro-ph-0601001.xml")));
        Paper paper = lookup.arxiv(List.of(new Identifier.Arxiv("astro-ph/0601001", null)), new Cancellation(), notices::add)
                .get("astro-ph/0601001").paper();
        assertThat(paper.arxivId()).isEqualTo("astro-ph/0601001");
        assertThat(paper.url()).isEqualTo("https://arxiv.org/abs/astro-ph/0601001");
        assertThat(paper.title()).isNotBlank();
        List<ArxivAtom.Entry> many = ArxivAtom.entries(Fixtures.bytes("arxiv-query-testing-100.xml"));
        assertThat(many).hasSize(100);
        assertThat(many.stream().flatMap(e -> e.paper().authors().stream()))
                .contains("Aurora Ramírez", "Oliver Weißl", "Lasse Møldrup", "Sólrún Einarsdóttir", "Jean-Marc Azaïs");
    }

    @Test
    void chineseNamesPassThroughInTheirOrderAndCharacters() throws Exception {
        server.on("/api/query?id_list=2104.12255v1&max_results=1", LocalServer.Answer.ok(ATOM, Fixtures.bytes("arxiv-chinese-names.xml")));
        Paper paper = lookup.arxiv(List.of(new Identifier.Arxiv("2104.12255", "v1")), new Cancellation(), notices::add)
                .get("2104.12255v1").paper();
        assertThat(paper.authors()).containsExactly("张伟", "欧阳修", "Quan Thoi Minh Nguyen");
        assertThat(paper.year()).isEqualTo(2021);
        assertThat(CitationKeyPattern.of(CitationKeyPattern.DEFAULT).baseKey(paper)).isEqualTo("zhangw20210");
    }

    @Test
    void aBatchAsksOnceAndReportsTheUnknownId() throws Exception {
        server.on("/api/query?id_list=0808.05394%2C1707.08567&max_results=2",
                LocalServer.Answer.ok(ATOM, Fixtures.bytes("arxiv-batch-0808.05394-1707.08567.xml")));
        Map<String, PaperLookup.Result> results = lookup.arxiv(List.of(new Identifier.Arxiv("0808.05394", null),
                new Identifier.Arxiv("1707.08567", null)), new Cancellation(), notices::add);
        assertThat(results.get("1707.08567").paper().authors()).contains("Kees A. Schouhamer Immink");
        assertThat(results.get("0808.05394").problem().reason()).isEqualTo(LookupException.Reason.NOT_FOUND);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void requestsToArxivAreAtLeastThePauseApart() throws Exception {
        server.on("/api/query", LocalServer.Answer.ok(ATOM, Fixtures.bytes("arxiv-unknown-0000.0000.xml")));
        List<Identifier.Arxiv> many = new ArrayList<>();
        for (int i = 0; i < PaperLookup.ARXIV_BATCH + 1; i++) {
            many.add(new Identifier.Arxiv(String.format("2401.%05d", i + 1), null));
        }
        lookup.arxiv(many, new Cancellation(), notices::add);
        assertThat(server.requests()).hasSize(2);
        long gap = server.requests().get(1).nanoTime() - server.requests().get(0).nanoTime();
        assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
    }

    @Test
    void anIdArxivHasNotIsNotFound() throws Exception {
        server.on("/api/query?id_list=0000.0000&max_results=1", LocalServer.Answer.ok(ATOM, Fixtures.bytes("arxiv-unknown-0000.0000.xml")));
        PaperLookup.Result result = lookup.arxiv(List.of(new Identifier.Arxiv("0000.0000", null)), new Cancellation(),
                notices::add).get("0000.0000");
        assertThat(result.paper()).isNull();
        assertThat(result.problem().getMessage()).contains("arXiv has no paper 0000.0000");
    }

    @Test
    void arxivsErrorEntrySaysWhy() throws Exception {
        server.on("/api/query?id_list=abc&max_results=1",
                new LocalServer.Answer(400, ATOM, Fixtures.bytes("arxiv-error-abc.xml"), Map.of(), 0));
        PaperLookup.Result result = lookup.arxiv(List.of(new Identifier.Arxiv("abc", null)), new Cancellation(),
                notices::add).get("abc");
        assertThat(result.problem().getMessage()).contains("incorrect id format for abc");
    }

    @Test
    void notFoundSaysSo() {
        assertThatThrownBy(() -> doi("10.1234/missing")).isInstanceOf(LookupException.class)
                .hasMessageContaining("knows no paper 10.1234/missing (HTTP 404)")
                .extracting(e -> ((LookupException) e).reason()).isEqualTo(LookupException.Reason.NOT_FOUND);
    }

    @Test
    void aRateLimitIsWaitedOutOnceAndSaid() throws Exception {
        server.on("/doi/10.1021/ja01577a030",
                new LocalServer.Answer(429, "text/plain", new byte[0], Map.of("Retry-After", "1"), 0),
                LocalServer.Answer.ok(CSL, Fixtures.bytes("crossref-10.1021-ja01577a030.json")));
        assertThat(doi("10.1021/ja01577a030").year()).isEqualTo(1957);
        assertThat(notices).singleElement().asString().contains("asks to slow down").contains("again in 1 s");
    }

    @Test
    void aRateLimitThatStaysIsReported() {
        server.on("/doi/10.1/x", new LocalServer.Answer(429, "text/plain", new byte[0], Map.of("Retry-After", "1"), 0));
        assertThatThrownBy(() -> doi("10.1/x")).extracting(e -> ((LookupException) e).reason())
                .isEqualTo(LookupException.Reason.RATE_LIMITED);
    }

    @Test
    void aServerErrorSaysTryAgainLater() {
        server.on("/doi/10.1/x", LocalServer.Answer.status(500));
        assertThatThrownBy(() -> doi("10.1/x")).hasMessageContaining("HTTP 500").hasMessageContaining("try again later");
    }

    @Test
    void garbageIsABadAnswer() {
        server.on("/doi/10.1/x", LocalServer.Answer.ok("text/html", "<html>a login page</html>".getBytes()));
        assertThatThrownBy(() -> doi("10.1/x")).extracting(e -> ((LookupException) e).reason())
                .isEqualTo(LookupException.Reason.BAD_ANSWER);
        server.on("/api/query?id_list=1706.03762&max_results=1", LocalServer.Answer.ok(ATOM, "not xml".getBytes()));
        assertThatThrownBy(() -> lookup.arxiv(List.of(new Identifier.Arxiv("1706.03762", null)), new Cancellation(),
                notices::add)).extracting(e -> ((LookupException) e).reason()).isEqualTo(LookupException.Reason.BAD_ANSWER);
    }

    @Test
    void aSlowAnswerTimesOut() {
        lookup = new PaperLookup(settings(Duration.ofMillis(300)));
        server.on("/doi/10.1/slow", new LocalServer.Answer(200, CSL, "{}".getBytes(), Map.of(), 3000));
        assertThatThrownBy(() -> doi("10.1/slow")).extracting(e -> ((LookupException) e).reason())
                .isEqualTo(LookupException.Reason.TIMED_OUT);
    }

    @Test
    void cancelStopsTheRequestInFlight() throws Exception {
        server.on("/doi/10.1/slow", new LocalServer.Answer(200, CSL, "{}".getBytes(), Map.of(), 5000));
        Cancellation cancellation = new Cancellation();
        new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cancellation.cancel();
        }).start();
        long start = System.nanoTime();
        assertThatThrownBy(() -> lookup.doi(new Identifier.Doi("10.1/slow"), cancellation, notices::add))
                .extracting(e -> ((LookupException) e).reason()).isEqualTo(LookupException.Reason.CANCELLED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void noServerIsUnreachable() throws Exception {
        URI closed = server.uri("/doi/");
        server.close();
        lookup = new PaperLookup(LookupSettings.from(Map.of(LookupSettings.DOI_URL_VARIABLE, closed.toString()),
                Optional.empty(), Optional.empty(), "0.1.0"));
        assertThatThrownBy(() -> doi("10.1/x")).hasMessageContaining("could not be reached")
                .extracting(e -> ((LookupException) e).isTransient()).isEqualTo(true);
    }

    @Test
    void aBaseUrlThatIsNoUrlIsRefused() {
        assertThatThrownBy(() -> LookupSettings.from(Map.of(LookupSettings.DOI_URL_VARIABLE, "ftp:/x"), Optional.empty(),
                Optional.empty(), "1")).hasMessageContaining("PAPERNOTES_DOI_URL");
    }
}
