package org.papernotes.git;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

/**
 * git's smart HTTP protocol on 127.0.0.1 for tests (the JDK's HTTP server with JGit's upload-pack and
 * receive-pack), behind HTTP Basic authentication with one user name and token, as GitHub asks for.
 */
final class HttpGitServer implements AutoCloseable {

    private final HttpServer server;
    private final Path repositories;
    private final String expected;
    final AtomicInteger refusedRequests = new AtomicInteger();

    HttpGitServer(Path repositories, String user, String token) throws IOException {
        this.repositories = repositories;
        this.expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + token).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String repository) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + repository;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                refusedRequests.incrementAndGet();
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"test\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            boolean advertise = path.endsWith("/info/refs");
            String service = advertise ? query.replace("service=", "") : path.substring(path.lastIndexOf('/') + 1);
            String name = path.substring(1, path.indexOf(".git") + 4);
            try (Repository repository = BlogRemotes.open(repositories.resolve(name))) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                if (advertise) {
                    PacketLineOut lines = new PacketLineOut(body);
                    lines.writeString("# service=" + service + "\n");
                    lines.end();
                    RefAdvertiser.PacketLineOutRefAdvertiser refs = new RefAdvertiser.PacketLineOutRefAdvertiser(lines);
                    if (service.equals("git-upload-pack")) {
                        UploadPack upload = new UploadPack(repository);
                        upload.setBiDirectionalPipe(false);
                        upload.sendAdvertisedRefs(refs);
                    } else {
                        ReceivePack receive = new ReceivePack(repository);
                        receive.setBiDirectionalPipe(false);
                        receive.sendAdvertisedRefs(refs);
                    }
                    reply(exchange, "application/x-" + service + "-advertisement", body);
                    return;
                }
                InputStream in = exchange.getRequestBody();
                if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                    in = new GZIPInputStream(in);
                }
                if (service.equals("git-upload-pack")) {
                    UploadPack upload = new UploadPack(repository);
                    upload.setBiDirectionalPipe(false);
                    upload.upload(in, body, null);
                } else {
                    ReceivePack receive = new ReceivePack(repository);
                    receive.setBiDirectionalPipe(false);
                    receive.receive(in, body, null);
                }
                reply(exchange, "application/x-" + service + "-result", body);
            }
        }
    }

    private static void reply(HttpExchange exchange, String type, ByteArrayOutputStream body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, body.size());
        try (OutputStream out = exchange.getResponseBody()) {
            body.writeTo(out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
