package org.papernotes.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.PaperSummary;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;
import org.papernotes.workflow.ExportPosts;
import org.papernotes.workflow.ImportPosts;
import org.papernotes.workflow.TestImages;

/**
 * Posts with images, imported from a blog checkout and exported into an empty folder after the checkout is gone:
 * every post comes back byte for byte and every image the posts link comes back to its path with its bytes. The
 * posts are those of ../shared/fixtures/academicpages/_posts that link images in the blog (their images are made
 * here: the fixtures have none), this project's blog/images/_posts (every way of linking an image: Markdown,
 * {@code {{ site.baseurl }}}, a title, a reference, raw HTML, an image twice, an image in code that is none), and one
 * of them with Windows line ends and a byte-order mark.
 */
class PostImagesRoundTripTest {

    private static final List<String> OWN = List.of("2024-05-01-figures-every-way.md", "2024-05-02-figure-and-code.md");
    private static final String CRLF_POST = "2024-05-03-figures-crlf.md";
    /** The images our fixtures link outside code; the one in code ({@code /images/code/not-read.png}) is also made. */
    private static final List<String> OWN_IMAGES = List.of("images/fig-arch.png", "images/figures/loss.png",
            "images/figures/table.png", "images/figures/center.png", "images/figures/inline.png",
            "images/code/real.png");
    private static final Pattern SHARED_IMAGE = Pattern.compile("(?:\\]\\(|src=\")(/images/[^)\"\\s]+)");

    @TempDir
    Path temp;
    Path blog;
    Library library;
    final Map<String, byte[]> posts = new TreeMap<>();
    final Map<String, byte[]> images = new TreeMap<>();

    @BeforeEach
    void layOutTheBlog() throws IOException {
        blog = temp.resolve("blog");
        Path postsFolder = Files.createDirectories(blog.resolve("_posts"));
        for (String name : sharedPostsWithImages()) {
            posts.put(name, Files.readAllBytes(SharedFixtures.postsFolder().resolve(name)));
        }
        for (String name : OWN) {
            try (InputStream in = getClass().getResourceAsStream("/org/papernotes/blog/images/_posts/" + name)) {
                posts.put(name, in.readAllBytes());
            }
        }
        String crlf = "\uFEFF---\r\ntitle: 'Windows figures'\r\ndate: 2024-05-03\r\n---\r\n\r\n"
                + "![crlf](/images/crlf/fig.png)\r\n";
        posts.put(CRLF_POST, crlf.getBytes(StandardCharsets.UTF_8));
        int colour = 0x102030;
        for (Map.Entry<String, byte[]> post : posts.entrySet()) {
            Files.write(postsFolder.resolve(post.getKey()), post.getValue());
            for (String image : linkedImages(post.getKey(), post.getValue())) {
                images.computeIfAbsent(image, path -> TestImages.png(6, 4, colour + path.hashCode() % 0x1000));
            }
        }
        for (Map.Entry<String, byte[]> image : images.entrySet()) {
            Files.createDirectories(blog.resolve(image.getKey()).getParent());
            Files.write(blog.resolve(image.getKey()), image.getValue());
        }
        Files.createDirectories(blog.resolve("images/code"));
        Files.write(blog.resolve("images/code/not-read.png"), TestImages.png(3, 3, 0x777777));
        library = Library.open(temp.resolve("library.db"));
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** The shared posts that link an image in the blog ({@code /images/…}). */
    private static List<String> sharedPostsWithImages() throws IOException {
        try (Stream<Path> files = Files.list(SharedFixtures.postsFolder())) {
            return files.filter(f -> {
                try {
                    return SHARED_IMAGE.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> linkedImages(String post, byte[] bytes) {
        if (OWN.contains(post)) {
            return post.equals(OWN.get(0)) ? OWN_IMAGES.subList(0, 5) : List.of("images/code/real.png");
        }
        if (post.equals(CRLF_POST)) {
            return List.of("images/crlf/fig.png");
        }
        Matcher found = SHARED_IMAGE.matcher(new String(bytes, StandardCharsets.UTF_8));
        List<String> paths = new java.util.ArrayList<>();
        while (found.find()) {
            paths.add(found.group(1).substring(1));
        }
        return paths;
    }

    private List<Long> ids() {
        return library.papers().list(PaperFilter.ALL).stream().map(PaperSummary::id).toList();
    }

    private static Map<String, byte[]> filesUnder(Path root) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void postsAndTheirImagesComeBackByteForByteWithoutTheOriginalCheckout() throws IOException {
        ImportReport imported = new ImportPosts(library).importPosts(List.of(blog), BlogProgress.NONE);
        assertThat(imported.failed()).isZero();
        assertThat(imported.imagesImported()).isEqualTo(images.size());
        TestImages.deleteTree(blog);
        Path fresh = Files.createDirectories(temp.resolve("fresh"));

        ExportReport exported = new ExportPosts(library).export(ids(), fresh, false, OverwritePolicy.NEVER,
                BlogProgress.NONE);

        assertThat(exported.written()).isEqualTo(posts.size());
        assertThat(exported.imageCount(ExportReport.ImageOutcome.SKIPPED)).isZero();
        Map<String, byte[]> expected = new TreeMap<>();
        posts.forEach((name, bytes) -> expected.put("_posts/" + name, bytes));
        expected.putAll(images);
        Map<String, byte[]> actual = filesUnder(fresh);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void exportingIntoTheCheckoutTheyCameFromChangesNothing() throws IOException {
        new ImportPosts(library).importPosts(List.of(blog), BlogProgress.NONE);
        Map<String, byte[]> before = filesUnder(blog);

        ExportReport exported = new ExportPosts(library).export(ids(), blog, false, OverwritePolicy.NEVER,
                BlogProgress.NONE);

        assertThat(exported.unchanged()).isEqualTo(posts.size());
        assertThat(exported.writtenFiles()).isEmpty();
        assertThat(exported.imageCount(ExportReport.ImageOutcome.UNCHANGED)).isEqualTo(
                posts.keySet().stream().mapToLong(name -> linkedImages(name, posts.get(name)).stream().distinct().count()).sum());
        Map<String, byte[]> after = filesUnder(blog);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }
}
