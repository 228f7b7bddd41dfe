package org.papernotes.ui.attachments;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.net.spi.URLStreamHandlerProvider;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.papernotes.model.ImageBytes;

/**
 * The {@code pnimg:} URLs through which the preview loads every image it shows: the library's own (read from the
 * library file, their smaller copy when they have one), files on disk and, when the user allows it, remote images.
 * JavaFX's WebKit loads a URL through {@link URL#openConnection()} on its own loader threads, so the bytes come
 * straight from the library without a copy on disk and without touching the FX thread; the note's HTML carries only
 * a short URL ({@code pnimg://1/blob/<sha-256>}), so a preview update stays as small as the paragraph that changed.
 * Found by {@link java.util.ServiceLoader} ({@code META-INF/services}); each window's {@link Server} registers under
 * a token of its own, the URL's host.
 */
public final class ImageProtocol extends URLStreamHandlerProvider {

    public static final String SCHEME = "pnimg";
    private static final Map<String, Server> SERVERS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong(1);

    /** Serves the path and query of a {@code pnimg://TOKEN/…} URL; empty when there is no such image. */
    @FunctionalInterface
    public interface Server {
        Optional<ImageBytes> serve(String path, String query) throws IOException;
    }

    /** Makes {@code server} reachable as {@code pnimg://TOKEN/…}; returns the token. */
    public static String register(Server server) {
        String token = Long.toString(NEXT.getAndIncrement());
        SERVERS.put(token, server);
        return token;
    }

    public static void unregister(String token) {
        SERVERS.remove(token);
    }

    @Override
    public URLStreamHandler createURLStreamHandler(String protocol) {
        return SCHEME.equals(protocol) ? new Handler() : null;
    }

    private static final class Handler extends URLStreamHandler {
        @Override
        protected URLConnection openConnection(URL url) {
            return new Connection(url);
        }
    }

    private static final class Connection extends URLConnection {
        private ImageBytes image;

        Connection(URL url) {
            super(url);
        }

        @Override
        public void connect() throws IOException {
            if (connected) {
                return;
            }
            Server server = SERVERS.get(url.getHost());
            Optional<ImageBytes> found = server == null ? Optional.empty() : server.serve(url.getPath(), url.getQuery());
            image = found.orElseThrow(() -> new FileNotFoundException(url.toString()));
            connected = true;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            connect();
            return new ByteArrayInputStream(image.bytes());
        }

        @Override
        public String getContentType() {
            return image == null ? null : image.mediaType();
        }

        @Override
        public int getContentLength() {
            return image == null ? -1 : image.bytes().length;
        }

        @Override
        public long getContentLengthLong() {
            return getContentLength();
        }

        @Override
        public String getHeaderField(String name) {
            if ("content-type".equalsIgnoreCase(name)) {
                return getContentType();
            }
            if ("content-length".equalsIgnoreCase(name)) {
                return image == null ? null : Integer.toString(getContentLength());
            }
            return null;
        }

        @Override
        public Map<String, List<String>> getHeaderFields() {
            return image == null ? Map.of() : Map.of("Content-Type", List.of(image.mediaType()),
                    "Content-Length", List.of(Integer.toString(image.bytes().length)));
        }
    }
}
