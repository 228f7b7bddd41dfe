package org.papernotes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.papernotes.workflow.TestImages.png;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.blog.BlogMessage;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.Hashes;
import org.papernotes.blog.ImportReport;
import org.papernotes.model.Attachment;
import org.papernotes.store.Library;

/** The images imported posts link inside their blog checkout, brought into the library. */
class ImportImagesTest {

    private static final byte[] ARCH = png(8, 6, 0x2266aa);
    private static final byte[] CHUNK = png(9, 5, 0xaa6622);
    private static final byte[] SSD = png(7, 7, 0x22aa66);

    @TempDir
    Path temp;
    Path blog;
    Library library;

    @BeforeEach
    void open() throws IOException {
        library = Library.open(temp.resolve("library.db"));
        blog = temp.resolve("blog");
        Files.createDirectories(blog.resolve("_posts"));
        Files.createDirectories(blog.resolve("images/retnet"));
        Files.write(blog.resolve("images/paper_RetNet_architecture.png"), ARCH);
        Files.write(blog.resolve("images/retnet/chunk.png"), CHUNK);
        Files.write(blog.resolve("images/hardware_SSD.png"), SSD);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private Path post(String name, String body) throws IOException {
        return Files.writeString(blog.resolve("_posts").resolve(name),
                "---\ntitle: 'RetNet'\ndate: 2023-10-19\n---\n" + body, StandardCharsets.UTF_8);
    }

    private ImportReport importBlog() {
        return new ImportPosts(library).importPosts(List.of(blog), BlogProgress.NONE);
    }

    private long onlyPaper(ImportReport report) {
        return report.entries().get(0).paperId();
    }

    @Test
    void imagesThePostLinksInTheCheckoutAreAddedWithTheirSitePaths() throws IOException {
        post("2023-10-19-retnet.md", "![RetNet Architecture](/images/paper_RetNet_architecture.png)\n\n"
                + "![chunk]({{ site.baseurl }}/images/retnet/chunk.png)\n\n<img src=\"/images/hardware_SSD.png\">\n");

        ImportReport report = importBlog();

        List<Attachment> images = library.attachments().images(onlyPaper(report));
        assertThat(images).extracting(Attachment::blogPath).containsExactly("/images/paper_RetNet_architecture.png",
                "/images/retnet/chunk.png", "/images/hardware_SSD.png");
        assertThat(images).extracting(Attachment::sha256).containsExactly(Hashes.sha256(ARCH), Hashes.sha256(CHUNK),
                Hashes.sha256(SSD));
        assertThat(report.imagesImported()).isEqualTo(3);
        assertThat(report.entries().get(0).warnings()).isEmpty();
    }

    @Test
    void theNoteIsThePostsBodyAsWritten() throws IOException {
        String body = "![RetNet Architecture](/images/paper_RetNet_architecture.png)\n";
        post("2023-10-19-retnet.md", body);

        ImportReport report = importBlog();

        assertThat(library.papers().get(onlyPaper(report)).note()).isEqualTo(body);
    }

    @Test
    void theImagesBytesAreInTheLibraryWithoutTheBlog() throws IOException {
        post("2023-10-19-retnet.md", "![a](/images/paper_RetNet_architecture.png)\n");
        ImportReport report = importBlog();

        TestImages.deleteTree(blog);

        Attachment image = library.attachments().bySitePath("/images/paper_RetNet_architecture.png", onlyPaper(report))
                .orElseThrow();
        assertThat(library.attachments().bytes(image.sha256())).contains(ARCH);
    }

    @Test
    void anImageMissingFromTheBlogIsAWarningAndThePostIsImported() throws IOException {
        post("2023-10-19-retnet.md", "![lost](/images/lost.png)\n");

        ImportReport report = importBlog();

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.entries().get(0).warnings())
                .containsExactly(BlogMessage.of(BlogMessage.Code.IMAGE_MISSING_IN_BLOG, "/images/lost.png"));
    }

    @Test
    void aDamagedImageIsAWarningAndTheOthersAreImported() throws IOException {
        Files.write(blog.resolve("images/cut.png"), java.util.Arrays.copyOf(ARCH, 20));
        post("2023-10-19-retnet.md", "![cut](/images/cut.png)\n\n![a](/images/paper_RetNet_architecture.png)\n");

        ImportReport report = importBlog();

        assertThat(library.attachments().images(onlyPaper(report))).extracting(Attachment::blogPath)
                .containsExactly("/images/paper_RetNet_architecture.png");
        assertThat(report.entries().get(0).warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(BlogMessage.Code.IMAGE_NOT_IMPORTED);
            assertThat(w.args().get(0)).isEqualTo("/images/cut.png");
        });
    }

    @Test
    void anImageThatIsALinkOutOfTheBlogIsNotImported() throws IOException {
        Path secret = Files.write(temp.resolve("secret.png"), SSD);
        Files.createSymbolicLink(blog.resolve("images/leak.png"), secret);
        post("2023-10-19-retnet.md", "![leak](/images/leak.png)\n");

        ImportReport report = importBlog();

        assertThat(library.attachments().images(onlyPaper(report))).isEmpty();
        assertThat(report.entries().get(0).warnings())
                .containsExactly(BlogMessage.of(BlogMessage.Code.IMAGE_LEADS_OUT_OF_BLOG, "/images/leak.png"));
    }

    @Test
    void remoteImagesPathsOfThePageAndImagesInCodeAreNotRead() throws IOException {
        post("2023-10-19-retnet.md", "![r](https://example.org/images/paper_RetNet_architecture.png)\n\n"
                + "![p](images/paper_RetNet_architecture.png)\n\n`![c](/images/hardware_SSD.png)`\n\n"
                + "```\n<img src=\"/images/hardware_SSD.png\">\n```\n");

        ImportReport report = importBlog();

        assertThat(library.attachments().images(onlyPaper(report))).isEmpty();
        assertThat(report.entries().get(0).warnings()).isEmpty();
    }

    @Test
    void importingAgainAddsNothing() throws IOException {
        post("2023-10-19-retnet.md", "![a](/images/paper_RetNet_architecture.png)\n");
        long id = onlyPaper(importBlog());

        ImportReport again = importBlog();

        assertThat(again.imagesImported()).isZero();
        assertThat(library.attachments().images(id)).hasSize(1);
    }

    @Test
    void anImageChangedInTheBlogIsTheOneTheSitePathShowsAfterImportingAgain() throws IOException {
        post("2023-10-19-retnet.md", "![a](/images/paper_RetNet_architecture.png)\n");
        long id = onlyPaper(importBlog());
        Files.write(blog.resolve("images/paper_RetNet_architecture.png"), SSD);

        ImportReport again = importBlog();

        assertThat(again.imagesImported()).isEqualTo(1);
        assertThat(library.attachments().bySitePath("/images/paper_RetNet_architecture.png", id))
                .get().extracting(Attachment::sha256).isEqualTo(Hashes.sha256(SSD));
    }

    @Test
    void theSamePictureAtTwoSitePathsIsFoundAtBoth() throws IOException {
        Files.write(blog.resolve("images/copy.png"), ARCH);
        post("2023-10-19-retnet.md", "![a](/images/paper_RetNet_architecture.png)\n\n![b](/images/copy.png)\n");

        long id = onlyPaper(importBlog());

        assertThat(library.attachments().bySitePath("/images/copy.png", id)).isPresent();
        assertThat(library.attachments().bySitePath("/images/paper_RetNet_architecture.png", id)).isPresent();
    }
}
