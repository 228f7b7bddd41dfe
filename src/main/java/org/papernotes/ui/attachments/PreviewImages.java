package org.papernotes.ui.attachments;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.papernotes.workflow.BlogSettings;
import org.papernotes.images.FileRejectedException;
import org.papernotes.images.ImageFormat;
import org.papernotes.images.ImageIngest;
import org.papernotes.images.IngestedImage;
import org.papernotes.markdown.MarkdownConfig;
import org.papernotes.markdown.PreviewBlock;
import org.papernotes.model.Attachment;
import org.papernotes.model.ImageBytes;
import org.papernotes.model.ImageLink;
import org.papernotes.store.Library;

/**
 * Where the preview finds the images a note links ({@link ImageLink}), and the {@link ImageProtocol.Server} that
 * gives it their bytes. Each {@code <img>} of the preview's blocks gets a {@code pnimg:} URL, or becomes a
 * placeholder that names the path when the image is nowhere to be found (or is remote and not allowed):
 * <ul>
 * <li>{@code attachment:NAME}: the open paper's image of that name;</li>
 * <li>{@code /images/…}, {@code {{ site.baseurl }}/images/…}: the image recorded with that site path, else the file
 *     in the blog checkout remembered for the library;</li>
 * <li>{@code file:} URLs, and paths relative to the library's folder;</li>
 * <li>{@code http(s):} only while remote images are allowed (then fetched through this class, never by WebKit: the
 *     page's Content-Security-Policy lets it load {@code pnimg:}, {@code file:} and {@code data:} only).</li>
 * </ul>
 * The blocks are rewritten on the preview's background thread; what was resolved is kept until {@link #changed()}
 * (another paper, an image added, the setting changed, the window back in focus), so typing costs a map lookup.
 */
public final class PreviewImages implements ImageProtocol.Server, UnaryOperator<List<PreviewBlock>> {

    private static final System.Logger LOG = System.getLogger(PreviewImages.class.getName());
    private static final Pattern POSITION = Pattern.compile(
            " " + MarkdownConfig.SOURCE_POSITION_ATTRIBUTE + "=\"[0-9]+-[0-9]+\"");
    private static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(10);
    private static final int FILE_COPIES_KEPT = 64;

    /** The words of the placeholders, in the interface's language. */
    public record Words(String missing, String remoteBlocked) {
    }

    private final Library library;
    private final Path libraryFolder;
    private final String token;
    private volatile Words words;
    private volatile long paperId;
    private volatile boolean remoteAllowed;
    private volatile Path blogFolder;
    private volatile boolean blogFolderRead;
    private volatile Map<String, Resolved> resolved = new ConcurrentHashMap<>();
    private volatile Map<String, PreviewBlock> rewritten = new ConcurrentHashMap<>();
    /** Preview-sized copies of large files outside the library, by path and modification time. */
    private final Map<String, ImageBytes> fileCopies = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImageBytes> eldest) {
            return size() > FILE_COPIES_KEPT;
        }
    });
    private HttpClient http;

    public PreviewImages(Library library, Words words) {
        this.library = library;
        this.libraryFolder = library.file().getParent();
        this.words = words;
        this.token = ImageProtocol.register(this);
    }

    /** Stops serving images (the library is closing). */
    public void close() {
        ImageProtocol.unregister(token);
    }

    public void setPaper(long id) {
        if (id != paperId) {
            paperId = id;
            changed();
        }
    }

    public void setRemoteAllowed(boolean allowed) {
        if (allowed != remoteAllowed) {
            remoteAllowed = allowed;
            changed();
        }
    }

    public boolean isRemoteAllowed() {
        return remoteAllowed;
    }

    public void setWords(Words words) {
        this.words = words;
        changed();
    }

    /** Forgets what was resolved: the next rendering looks every image up again. */
    public void changed() {
        resolved = new ConcurrentHashMap<>();
        rewritten = new ConcurrentHashMap<>();
        blogFolderRead = false;
    }

    // ---- the preview's blocks

    @Override
    public List<PreviewBlock> apply(List<PreviewBlock> blocks) {
        List<PreviewBlock> result = null;
        for (int i = 0; i < blocks.size(); i++) {
            PreviewBlock block = blocks.get(i);
            if (!block.html().contains("<img")) {
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(blocks);
            }
            Map<String, PreviewBlock> cache = rewritten;
            PreviewBlock done = cache.get(block.html());
            if (done == null) {
                done = rewrite(block);
                cache.put(block.html(), done);
            }
            result.set(i, done);
        }
        return result == null ? blocks : result;
    }

    private PreviewBlock rewrite(PreviewBlock block) {
        Document document = Jsoup.parseBodyFragment(block.html());
        document.outputSettings().prettyPrint(false);
        for (Element image : document.select("img")) {
            String source = image.attr("src");
            Resolved where = resolve(source);
            if (where.url() != null) {
                image.attr("src", where.url());
            } else {
                image.replaceWith(placeholder(source, image.attr("alt"), where.remote()));
            }
        }
        String html = document.body().html();
        return new PreviewBlock(POSITION.matcher(html).replaceAll(""), html, block.start());
    }

    private Element placeholder(String source, String alt, boolean remote) {
        Words text = words;
        Element box = new Element("span").addClass("pn-image-missing").addClass(remote ? "pn-image-remote" : "pn-image-absent");
        box.attr("title", source);
        box.appendElement("span").addClass("pn-image-missing-label").text(remote ? text.remoteBlocked() : text.missing());
        box.appendElement("code").text(source.isEmpty() ? "\u2205" : source);
        if (!alt.isBlank()) {
            box.appendElement("span").addClass("pn-image-missing-alt").text(alt);
        }
        return box;
    }

    /** A {@code pnimg:} URL, or null with whether the image is remote (and not allowed). */
    record Resolved(String url, boolean remote) {
        static final Resolved MISSING = new Resolved(null, false);
        static final Resolved BLOCKED = new Resolved(null, true);
    }

    Resolved resolve(String source) {
        Map<String, Resolved> cache = resolved;
        Resolved known = cache.get(source);
        if (known == null) {
            try {
                known = lookUp(source.strip());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot look up the image " + source, e);
                known = Resolved.MISSING;
            }
            cache.put(source, known);
        }
        return known;
    }

    private Resolved lookUp(String source) {
        if (source.isEmpty()) {
            return Resolved.MISSING;
        }
        String lower = source.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("data:")) {
            return new Resolved(source, false);
        }
        Optional<String> name = ImageLink.attachmentName(source);
        if (name.isPresent()) {
            return library.attachments().image(paperId, name.get()).map(this::blobUrl).orElse(Resolved.MISSING);
        }
        if (lower.startsWith("http:") || lower.startsWith("https:") || source.startsWith("//")) {
            String absolute = source.startsWith("//") ? "https:" + source : source;
            return remoteAllowed ? new Resolved(url("remote", "u=" + encode(absolute)), false) : Resolved.BLOCKED;
        }
        Optional<String> sitePath = ImageLink.sitePath(source);
        if (sitePath.isPresent()) {
            Optional<Attachment> recorded = library.attachments().bySitePath(sitePath.get(), paperId);
            if (recorded.isPresent()) {
                return blobUrl(recorded.get());
            }
            Path blog = blogFolder();
            return blog == null ? Resolved.MISSING : fileUrl(blog.resolve(sitePath.get().substring(1)));
        }
        if (lower.startsWith("file:")) {
            try {
                return fileUrl(Path.of(URI.create(source)));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return Resolved.MISSING;
            }
        }
        if (ImageLink.hasScheme(source)) {
            return Resolved.MISSING;
        }
        int end = source.indexOf('?') >= 0 ? source.indexOf('?') : source.indexOf('#');
        String relative = ImageLink.percentDecode(end >= 0 ? source.substring(0, end) : source);
        try {
            return fileUrl(libraryFolder.resolve(relative));
        } catch (InvalidPathException e) {
            return Resolved.MISSING;
        }
    }

    private Path blogFolder() {
        if (!blogFolderRead) {
            blogFolder = new BlogSettings(library).knownCheckout().orElse(null);
            blogFolderRead = true;
        }
        return blogFolder;
    }

    private Resolved blobUrl(Attachment attachment) {
        return new Resolved(url("blob/" + attachment.sha256(), null), false);
    }

    private Resolved fileUrl(Path file) {
        Path path = file.toAbsolutePath().normalize();
        try {
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                return Resolved.MISSING;
            }
            // The modification time in the URL: a changed file is a new URL, so WebKit's cache never shows the old one.
            long modified = Files.getLastModifiedTime(path).toMillis();
            return new Resolved(url("file", "p=" + encode(path.toString()) + "&m=" + modified), false);
        } catch (IOException e) {
            return Resolved.MISSING;
        }
    }

    private String url(String path, String query) {
        return ImageProtocol.SCHEME + "://" + token + "/" + path + (query == null ? "" : "?" + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ---- serving the bytes (on WebKit's loader threads)

    @Override
    public Optional<ImageBytes> serve(String path, String query) throws IOException {
        if (path.startsWith("/blob/")) {
            return library.attachments().previewOrOriginal(path.substring("/blob/".length()));
        }
        Map<String, String> parameters = parameters(query);
        if (path.equals("/file") && parameters.containsKey("p")) {
            return serveFile(Path.of(parameters.get("p")), parameters.getOrDefault("m", ""));
        }
        if (path.equals("/remote") && parameters.containsKey("u")) {
            return remoteAllowed ? fetch(parameters.get("u")) : Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<ImageBytes> serveFile(Path file, String modified) {
        String key = file + "\n" + modified;
        ImageBytes copy = fileCopies.get(key);
        if (copy != null) {
            return Optional.of(copy);
        }
        try {
            IngestedImage image = ImageIngest.read(file);
            if (image.preview() == null) {
                return Optional.of(image.original()); // small: read again when asked (WebKit keeps it meanwhile)
            }
            fileCopies.put(key, image.preview());
            return Optional.of(image.preview());
        } catch (FileRejectedException e) {
            LOG.log(System.Logger.Level.INFO, "preview cannot show {0}: {1}", file, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<ImageBytes> fetch(String address) throws IOException {
        URI uri = URI.create(address);
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.empty();
        }
        try {
            HttpResponse<byte[]> response = http().send(HttpRequest.newBuilder(uri).timeout(REMOTE_TIMEOUT)
                    .header("User-Agent", "PaperNotes").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2 || response.body().length == 0) {
                return Optional.empty();
            }
            IngestedImage image = ImageIngest.fromBytes(response.body(), uri.getPath());
            return Optional.of(image.preview() != null ? image.preview() : image.original());
        } catch (FileRejectedException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(REMOTE_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return http;
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(pair.substring(0, equals),
                        java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    /** The formats the preview is asked to show (for the file chooser's filter). */
    public static List<String> extensions() {
        List<String> patterns = new ArrayList<>();
        for (ImageFormat format : ImageFormat.values()) {
            patterns.add("*." + format.extension());
        }
        patterns.add("*.jpeg");
        return patterns;
    }
}
