package org.papernotes.bibliography;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on 127.0.0.1 for one test, answering recorded responses by path (and query). Records the
 * requests it got, with their User-Agent and Accept headers.
 */
public final class LocalServer implements AutoCloseable {

    /** A canned answer; {@code delayMillis} before the headers. */
    public record Answer(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis) {
        public static Answer ok(String contentType, byte[] body) {
            return new Answer(200, contentType, body, Map.of(), 0);
        }

        public static Answer status(int status) {
            return new Answer(status, "text/plain", ("status " + status).getBytes(), Map.of(), 0);
        }
    }

    /** What the server was asked. */
    public record Request(String pathAndQuery, String userAgent, String accept, long nanoTime) {
    }

    static {
        // The JDK's server writes the headers and the body apart; with Nagle's algorithm on, the client's delayed
        // ACK holds the body back about 40 ms on loopback: a cost of this test server, not of the lookup measured.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, List<Answer>> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Answers {@code pathAndQuery} with these, one per request, the last one again after that. */
    public LocalServer on(String pathAndQuery, Answer... sequence) {
        answers.put(pathAndQuery, new CopyOnWriteArrayList<>(List.of(sequence)));
        return this;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public List<Request> requests() {
        return requests;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(new Request(key, exchange.getRequestHeaders().getFirst("User-Agent"),
                exchange.getRequestHeaders().getFirst("Accept"), System.nanoTime()));
        List<Answer> sequence = answers.getOrDefault(key, answers.get(exchange.getRequestURI().getRawPath()));
        Answer answer = sequence == null ? Answer.status(404)
                : sequence.size() > 1 ? sequence.remove(0) : sequence.get(0);
        try {
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        try {
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (IOException e) {
            // the client gave up (a timeout or a cancel under test)
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
