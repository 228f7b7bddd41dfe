package org.papernotes.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.papernotes.workflow.TestImages.attach;
import static org.papernotes.workflow.TestImages.png;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.blog.BlogMessage;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.ExportReport.ImageEntry;
import org.papernotes.blog.ExportReport.ImageOutcome;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.model.ImageBytes;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;

/** The images of exported posts: where they go, how the post links them, and which files are never overwritten. */
class ExportImagesTest {

    private static final byte[] METHOD = png(8, 6, 0x2266aa);
    private static final byte[] RESULTS = png(9, 5, 0xaa6622);
    private static final byte[] OTHER = png(7, 7, 0x22aa66);

    @TempDir
    Path temp;
    Path blog;
    Library library;
    ExportPosts exporter;

    @BeforeEach
    void open() throws IOException {
        library = Library.open(temp.resolve("library.db"));
        blog = Files.createDirectories(temp.resolve("blog"));
        exporter = new ExportPosts(library, Clock.fixed(Instant.parse("2024-03-05T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** A paper "RetNet" whose note shows two of its own images. */
    private Paper retnetWithTwoFigures() {
        Paper paper = library.papers().insert(Paper.titled("RetNet").withNote(
                "The method:\n\n![Method](attachment:method.png)\n\nResults: <img src=\"attachment:results.png\" width=\"300\">\n"));
        attach(library, paper.id(), "method.png", METHOD);
        attach(library, paper.id(), "results.png", RESULTS);
        return paper;
    }

    private Paper retnetWithFiguresFor(Paper paper) {
        Paper edited = paper.withNote("![Method](attachment:method.png)");
        library.papers().update(edited);
        attach(library, paper.id(), "method.png", METHOD);
        return edited;
    }

    private ExportReport export(Paper paper) throws IOException {
        return exporter.export(List.of(paper.id()), blog, false, OverwritePolicy.NEVER, BlogProgress.NONE);
    }

    private Path post() {
        return blog.resolve("_posts/2024-03-05-retnet.md");
    }

    @Test
    void aPostsOwnImagesAreWrittenIntoAFolderNamedAfterItsSlugAndLinkedThere() throws IOException {
        Paper paper = retnetWithTwoFigures();

        ExportReport report = export(paper);

        assertThat(blog.resolve("images/retnet/method.png")).hasBinaryContent(METHOD);
        assertThat(blog.resolve("images/retnet/results.png")).hasBinaryContent(RESULTS);
        assertThat(Files.readString(post())).endsWith("""
                The method:

                ![Method](/images/retnet/method.png)

                Results: <img src="/images/retnet/results.png" width="300">
                """);
        assertThat(report.images()).extracting(ImageEntry::path, ImageEntry::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("images/retnet/method.png", ImageOutcome.WRITTEN),
                org.assertj.core.groups.Tuple.tuple("images/retnet/results.png", ImageOutcome.WRITTEN));
    }

    @Test
    void theNoteKeepsItsAttachmentLinks() throws IOException {
        Paper paper = retnetWithTwoFigures();

        export(paper);

        assertThat(library.papers().get(paper.id()).note()).isEqualTo(paper.note());
    }

    @Test
    void writtenImagesAreAmongTheFilesPublishingCommits() throws IOException {
        Paper paper = retnetWithTwoFigures();

        ExportReport report = export(paper);

        assertThat(report.writtenFiles()).containsExactly("_posts/2024-03-05-retnet.md", "images/retnet/method.png",
                "images/retnet/results.png");
    }

    @Test
    void unchangedImagesAreNotRewritten() throws IOException {
        Paper paper = retnetWithTwoFigures();
        export(paper);
        Path method = blog.resolve("images/retnet/method.png");
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(method, old);

        ExportReport again = export(paper);

        assertThat(Files.getLastModifiedTime(method)).isEqualTo(old);
        assertThat(again.imageCount(ImageOutcome.UNCHANGED)).isEqualTo(2);
        assertThat(again.writtenFiles()).isEmpty();
    }

    @Test
    void aMissingImageOfAnUnchangedPostIsWrittenAgain() throws IOException {
        Paper paper = retnetWithTwoFigures();
        export(paper);
        Files.delete(blog.resolve("images/retnet/results.png"));

        ExportReport again = export(paper);

        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(blog.resolve("images/retnet/results.png")).hasBinaryContent(RESULTS);
        assertThat(again.writtenFiles()).containsExactly("images/retnet/results.png");
    }

    @Test
    void aFileThatPaperNotesDidNotWriteIsLeftAndReported() throws IOException {
        Paper paper = retnetWithTwoFigures();
        Files.createDirectories(blog.resolve("images/retnet"));
        Files.write(blog.resolve("images/retnet/method.png"), OTHER);

        ExportReport report = export(paper);

        assertThat(blog.resolve("images/retnet/method.png")).hasBinaryContent(OTHER);
        assertThat(report.images()).filteredOn(e -> e.outcome() == ImageOutcome.SKIPPED).singleElement()
                .satisfies(e -> {
                    assertThat(e.path()).isEqualTo("images/retnet/method.png");
                    assertThat(e.detail().code()).isEqualTo(BlogMessage.Code.IMAGE_NOT_WRITTEN_BY_PAPERNOTES);
                });
        assertThat(report.writtenFiles()).doesNotContain("images/retnet/method.png");
    }

    @Test
    void anImageChangedOutsideSinceItWasWrittenIsLeftAndReported() throws IOException {
        Paper paper = retnetWithTwoFigures();
        export(paper);
        Files.write(blog.resolve("images/retnet/method.png"), OTHER); // cropped in an image editor

        ExportReport again = export(paper);

        assertThat(blog.resolve("images/retnet/method.png")).hasBinaryContent(OTHER);
        assertThat(again.images()).filteredOn(e -> e.outcome() == ImageOutcome.SKIPPED)
                .extracting(e -> e.detail().code()).containsExactly(BlogMessage.Code.IMAGE_CHANGED_OUTSIDE);
    }

    @Test
    void anImagePaperNotesWroteIsReplacedWhenTheLibrarysBytesForItChange() throws IOException {
        Paper paper = retnetWithTwoFigures();
        export(paper);
        // the paper went to the trash for good; a new paper with the same slug has another figure of that name
        library.papers().delete(paper.id());
        Files.delete(post());
        Paper successor = library.papers().insert(Paper.titled("RetNet").withNote("![Method](attachment:method.png)"));
        attach(library, successor.id(), "method.png", OTHER);

        ExportReport report = export(successor);

        assertThat(blog.resolve("images/retnet/method.png")).hasBinaryContent(OTHER);
        assertThat(report.images()).extracting(ImageEntry::outcome).containsExactly(ImageOutcome.WRITTEN);
    }

    @Test
    void aLinkToAnImageThePaperDoesNotHaveIsReportedAndNothingIsWritten() throws IOException {
        Paper paper = library.papers().insert(Paper.titled("RetNet").withNote("![gone](attachment:gone.png)"));

        ExportReport report = export(paper);

        assertThat(blog.resolve("images")).doesNotExist();
        assertThat(report.images()).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(ImageOutcome.SKIPPED);
            assertThat(e.detail().code()).isEqualTo(BlogMessage.Code.IMAGE_NOT_IN_PAPER);
        });
    }

    @Test
    void imagesOfAPostThatWasSkippedAreNotWritten() throws IOException {
        Paper paper = library.papers().insert(Paper.titled("RetNet").withNote("text"));
        export(paper);
        Files.writeString(post(), "edited on the blog\n");
        Paper withFigures = retnetWithFiguresFor(library.papers().get(paper.id()));

        ExportReport report = export(withFigures);

        assertThat(report.skipped()).isEqualTo(1);
        assertThat(blog.resolve("images")).doesNotExist();
        assertThat(report.images()).isEmpty();
    }

    @Test
    void anImagesFolderThatIsALinkOutOfTheBlogIsRefusedButThePostIsWritten() throws IOException {
        Paper paper = retnetWithTwoFigures();
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createSymbolicLink(blog.resolve("images"), elsewhere);

        ExportReport report = export(paper);

        assertThat(report.written()).isEqualTo(1);
        try (var files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
        assertThat(report.images()).extracting(e -> e.detail().code())
                .containsOnly(BlogMessage.Code.POSTS_FOLDER_OUTSIDE_BLOG);
    }

    @Test
    void aPostsImageFolderThatIsALinkOutOfImagesIsRefused() throws IOException {
        Paper paper = retnetWithTwoFigures();
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createDirectories(blog.resolve("images"));
        Files.createSymbolicLink(blog.resolve("images/retnet"), elsewhere);

        ExportReport report = export(paper);

        try (var files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
        assertThat(report.images()).extracting(e -> e.detail().code())
                .containsOnly(BlogMessage.Code.SUBFOLDER_OUTSIDE_POSTS);
    }

    @Test
    void anImportedImageIsWrittenBackToItsSitePathWhenTheBlogLacksIt() throws IOException {
        Paper paper = library.papers().insert(Paper.titled("RetNet")
                .withNote("![arch]({{ site.baseurl }}/images/paper_RetNet_architecture.png)"));
        library.attachments().addImage(paper.id(), "paper_RetNet_architecture.png",
                new ImageBytes(METHOD, "image/png", 8, 6), null, "/images/paper_RetNet_architecture.png");

        ExportReport report = export(paper);

        assertThat(blog.resolve("images/paper_RetNet_architecture.png")).hasBinaryContent(METHOD);
        assertThat(Files.readString(post())).contains("![arch]({{ site.baseurl }}/images/paper_RetNet_architecture.png)");
        assertThat(report.writtenFiles()).contains("images/paper_RetNet_architecture.png");
    }

    @Test
    void anImportedImageWhoseBlogFileChangedIsLeftAsTheBlogHasIt() throws IOException {
        Paper paper = library.papers().insert(Paper.titled("RetNet").withNote("![arch](/images/arch.png)"));
        library.attachments().addImage(paper.id(), "arch.png", new ImageBytes(METHOD, "image/png", 8, 6), null,
                "/images/arch.png");
        Files.createDirectories(blog.resolve("images"));
        Files.write(blog.resolve("images/arch.png"), OTHER);

        ExportReport report = export(paper);

        assertThat(blog.resolve("images/arch.png")).hasBinaryContent(OTHER);
        assertThat(report.images()).singleElement().extracting(e -> e.detail().code())
                .isEqualTo(BlogMessage.Code.IMAGE_DIFFERS_IN_BLOG);
    }

    @Test
    void theBlogsOwnImagesThatTheLibraryLacksAreLeftAlone() throws IOException {
        Paper paper = library.papers().insert(Paper.titled("RetNet").withNote("![logo](/images/logo.png)"));
        Files.createDirectories(blog.resolve("images"));
        Files.write(blog.resolve("images/logo.png"), OTHER);

        ExportReport report = export(paper);

        assertThat(report.images()).isEmpty();
        assertThat(blog.resolve("images/logo.png")).hasBinaryContent(OTHER);
    }

    @Test
    void anImageNeitherInTheLibraryNorInTheBlogIsReported() throws IOException {
        Paper paper = library.papers().insert(Paper.titled("RetNet").withNote("![lost](/images/lost.png)"));

        ExportReport report = export(paper);

        assertThat(report.images()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo("images/lost.png");
            assertThat(e.detail()).isEqualTo(BlogMessage.of(BlogMessage.Code.IMAGE_NOT_FOUND, "/images/lost.png"));
        });
    }

    @Test
    void nothingIsWrittenOutsideImagesEvenForAnImportedImageLinkedElsewhere() throws IOException {
        Paper paper = library.papers().insert(Paper.titled("RetNet").withNote("![x](/assets/x.png)"));
        library.attachments().addImage(paper.id(), "x.png", new ImageBytes(METHOD, "image/png", 8, 6), null,
                "/assets/x.png");

        ExportReport report = export(paper);

        assertThat(blog.resolve("assets")).doesNotExist();
        assertThat(report.images()).singleElement().extracting(e -> e.detail().code())
                .isEqualTo(BlogMessage.Code.IMAGE_OUTSIDE_IMAGES);
    }

    @Test
    void twoPostsSharingAnImageWriteItOnce() throws IOException {
        Paper first = library.papers().insert(Paper.titled("First").withNote("![logo](/images/logo.png)"));
        Paper second = library.papers().insert(Paper.titled("Second").withNote("![logo](/images/logo.png)"));
        for (Paper paper : List.of(first, second)) {
            library.attachments().addImage(paper.id(), "logo.png", new ImageBytes(METHOD, "image/png", 8, 6), null,
                    "/images/logo.png");
        }

        ExportReport report = exporter.export(List.of(first.id(), second.id()), blog, false, OverwritePolicy.NEVER,
                BlogProgress.NONE);

        assertThat(report.writtenFiles()).filteredOn(f -> f.startsWith("images/")).containsExactly("images/logo.png");
        assertThat(report.images()).extracting(ImageEntry::outcome)
                .containsExactlyInAnyOrder(ImageOutcome.WRITTEN, ImageOutcome.UNCHANGED);
    }

    @Test
    void thePreviewOfThePostLinksTheImagesAsThePostWill() {
        Paper paper = retnetWithTwoFigures();

        String text = exporter.previewPost(library.papers().get(paper.id()), blog, false);

        assertThat(text).contains("![Method](/images/retnet/method.png)", "<img src=\"/images/retnet/results.png\"");
    }
}
