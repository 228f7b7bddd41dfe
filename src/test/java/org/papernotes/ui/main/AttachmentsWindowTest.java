package org.papernotes.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.workflow.BlogSettings;
import org.papernotes.model.ImageBytes;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.ui.editor.NotePane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Images and PDFs in the real window: paste, drop, what the preview shows, the header's PDF line. */
class AttachmentsWindowTest extends FxRobot {

    private static final int WAIT_SECONDS = 20;

    @TempDir
    Path folder;
    private WindowFixture window;
    private HttpServer server;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (window != null) {
            window.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, 0x2266aa + x * 3);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** A library with one paper holding {@code note}; returns its id. */
    private long libraryWith(Path library, String note) {
        try (Library stored = Library.open(library)) {
            return stored.papers().insert(Paper.titled("Figures paper").withNote(note)).id();
        }
    }

    private NotePane openPaper(Path library) throws Exception {
        window = new WindowFixture(library).open();
        clickOn("Figures paper");
        waitUntil(() -> window.session.window().paperView().notePane() != null
                && window.session.window().paperView().notePane().previewController().isReady()
                && window.viewModel().paper().getPaper() != null);
        return window.session.window().paperView().notePane();
    }

    private Object js(NotePane pane, String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> pane.preview().getEngine().executeScript(script)).get();
    }

    private boolean jsTrue(NotePane pane, String script) throws Exception {
        return Boolean.TRUE.equals(js(pane, script));
    }

    private String text(NotePane pane) throws Exception {
        return WaitForAsyncUtils.asyncFx(pane::getText).get();
    }

    /** The note's images in the preview that have loaded, as "src naturalWidth". */
    private static final String LOADED_IMAGES = "Array.from(document.querySelectorAll('#pn-content img'))"
            + ".filter(function(i){return i.complete && i.naturalWidth > 0;}).length";

    @Test
    void aScreenshotPastedFromTheClipboardIsStoredLinkedAndShownInThePreview() throws Exception {
        Path library = folder.resolve("library.db");
        long id = libraryWith(library, "Before the figure. ");
        NotePane pane = openPaper(library);
        clickOn(pane.editor());
        push(KeyCode.END);
        WritableImage screenshot = new WritableImage(30, 20);
        for (int x = 0; x < 30; x++) {
            for (int y = 0; y < 20; y++) {
                screenshot.getPixelWriter().setArgb(x, y, 0xff00aa44);
            }
        }
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(screenshot);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });

        push(KeyCode.CONTROL, KeyCode.V);

        waitUntil(() -> text(pane).equals("Before the figure. ![image](attachment:image.png)"));
        waitUntil(() -> jsTrue(pane, LOADED_IMAGES + " === 1"));
        assertThat(js(pane, "document.querySelector('#pn-content img').naturalWidth")).isEqualTo(30);
        assertThat(js(pane, "document.querySelector('#pn-content img').getAttribute('src')").toString()).startsWith("pnimg://");
        assertThat(js(pane, "document.querySelector('#pn-content img').getAttribute('alt')")).isEqualTo("image");
        try (Library stored = Library.open(folder.resolve("library.db"))) {
            assertThat(stored.attachments().images(id)).singleElement().satisfies(a -> {
                assertThat(a.mediaType()).isEqualTo("image/png");
                assertThat(a.width()).isEqualTo(30);
            });
        }

        push(KeyCode.CONTROL, KeyCode.Z); // one undo takes the whole link away
        waitUntil(() -> text(pane).equals("Before the figure. "));
    }

    @Test
    void textOnTheClipboardIsPastedAsText() throws Exception {
        Path library = folder.resolve("library.db");
        libraryWith(library, "");
        NotePane pane = openPaper(library);
        clickOn(pane.editor());
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("plain words");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });

        push(KeyCode.CONTROL, KeyCode.V);

        waitUntil(() -> text(pane).equals("plain words"));
    }

    /**
     * A label that drags files, as a file manager does. It sits at the window's left edge: Monocle delivers a drag
     * only within one window.
     */
    private Label fileSource(List<Path> files) throws Exception {
        Label[] label = new Label[1];
        FxToolkit.setupFixture(() -> {
            label[0] = new Label("files");
            label[0].setId("file-source");
            label[0].setMinSize(60, 60);
            label[0].setOnDragDetected(event -> {
                var board = label[0].startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.putFiles(files.stream().map(Path::toFile).toList());
                board.setContent(content);
                event.consume();
            });
            ((javafx.scene.layout.BorderPane) window.session.window().root()).setLeft(label[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return label[0];
    }

    @Test
    void anImageFileDroppedOnTheEditorIsLinkedWhereItWasDropped() throws Exception {
        Path library = folder.resolve("library.db");
        libraryWith(library, "first line\n\nsecond line");
        Path figure = Files.write(folder.resolve("Method Overview.png"), png(64, 40));
        NotePane pane = openPaper(library);
        Label source = fileSource(List.of(figure));

        drag(source).dropTo(pane.editor());

        waitUntil(() -> text(pane).contains("![Method Overview](attachment:Method-Overview.png)"));
        waitUntil(() -> jsTrue(pane, LOADED_IMAGES + " === 1"));
        assertThat(js(pane, "document.querySelector('#pn-content img').naturalWidth")).isEqualTo(64);
    }

    @Test
    void badFilesDroppedOnTheEditorAreNamedOnceEachAndTheNoteStaysAsItWas() throws Exception {
        Path library = folder.resolve("library.db");
        long id = libraryWith(library, "unchanged");
        Path text = Files.writeString(folder.resolve("notes.png"), "not an image at all");
        byte[] whole = png(200, 100);
        Path cut = Files.write(folder.resolve("cut.png"), java.util.Arrays.copyOf(whole, whole.length / 2));
        NotePane pane = openPaper(library);
        Label source = fileSource(List.of(text, cut));

        drag(source).dropTo(pane.editor());

        waitUntil(() -> lookup("#image-refused").tryQuery().isPresent());
        String message = lookup("#image-refused").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertThat(message).contains("notes.png: The file is not a PNG, JPEG, GIF, WebP or SVG image.")
                .contains("cut.png: The image cannot be read: the file is damaged or incomplete");
        assertThat(lookup("#image-refused").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("2 files were not added");
        assertThat(text(pane)).isEqualTo("unchanged");
        assertThat(window.viewModel().attachments().noteImages().openPaper()).isEqualTo(id);
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#image-refused").tryQuery().isEmpty());
    }

    @Test
    void imagesTheNoteLinksAreFoundInTheLibraryTheBlogAndNextToTheLibraryAndAMissingOneIsNamed() throws Exception {
        Path library = folder.resolve("library.db");
        Path blog = Files.createDirectories(folder.resolve("blog"));
        Files.createDirectories(blog.resolve("images"));
        Files.write(blog.resolve("images/from-blog.png"), png(11, 11));
        Files.createDirectories(folder.resolve("figures"));
        Files.write(folder.resolve("figures/beside.png"), png(12, 12));
        Files.write(folder.resolve("absolute.png"), png(13, 13));
        String note = "![a](/images/recorded.png)\n\n![b]({{ site.baseurl }}/images/from-blog.png)\n\n"
                + "![c](figures/beside.png)\n\n![d](" + folder.resolve("absolute.png").toUri() + ")\n\n"
                + "<img src=\"{{ site.baseurl }}/images/recorded.png\">\n\n![gone](figures/missing.png)";
        long id = libraryWith(library, note);
        try (Library stored = Library.open(library)) {
            new BlogSettings(stored).rememberExportFolder(blog);
            stored.attachments().addImage(id, "recorded.png", new ImageBytes(png(10, 10), "image/png", 10, 10), null,
                    "/images/recorded.png");
        }

        NotePane pane = openPaper(library);

        waitUntil(() -> jsTrue(pane, LOADED_IMAGES + " === 5"));
        assertThat(js(pane, "Array.from(document.querySelectorAll('#pn-content img')).map(function(i){"
                + "return i.naturalWidth;}).join(',')")).isEqualTo("10,11,12,13,10");
        assertThat(js(pane, "document.querySelector('.pn-image-missing').textContent"))
                .isEqualTo("Image not found:figures/missing.pnggone");
        assertThat(js(pane, "document.querySelector('.pn-image-missing code').textContent")).isEqualTo("figures/missing.png");
    }

    @Test
    void remoteImagesAreNotFetchedUntilTheUserAllowsThem() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        byte[] remote = png(21, 21);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, remote.length);
            exchange.getResponseBody().write(remote);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path library = folder.resolve("library.db");
        libraryWith(library, "![remote](" + base + "/md.png)\n\n<p><img src=\"" + base + "/raw.png\"></p>");
        NotePane pane = openPaper(library);

        waitUntil(() -> jsTrue(pane, "document.querySelectorAll('.pn-image-remote').length === 2"));
        assertThat(js(pane, "document.querySelector('.pn-image-remote code').textContent")).isEqualTo(base + "/md.png");
        assertThat(requests.get()).isZero();

        clickOn("#menu-view");
        clickOn("#menu-remote-images");

        waitUntil(() -> jsTrue(pane, LOADED_IMAGES + " === 2"));
        assertThat(requests.get()).isEqualTo(2);
        assertThat(js(pane, "document.querySelector('#pn-content img').naturalWidth")).isEqualTo(21);
    }

    private Path pdf(String name) throws Exception {
        return Files.writeString(folder.resolve(name), "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n", StandardCharsets.US_ASCII);
    }

    private javafx.scene.control.Button dialogButton(String dialogId, String text) {
        var pane = lookup("#" + dialogId).queryAs(javafx.scene.control.DialogPane.class);
        return pane.getButtonTypes().stream().map(type -> (javafx.scene.control.Button) pane.lookupButton(type))
                .filter(button -> button.getText().replace("_", "").equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aPdfDroppedOnThePapersRowIsLinkedShownInTheHeaderAndOpensInTheViewer() throws Exception {
        Path library = folder.resolve("library.db");
        long id = libraryWith(library, "");
        Path paper = pdf("retnet.pdf");
        openPaper(library);
        Label source = fileSource(List.of(paper));

        drag(source).dropTo("Figures paper");
        waitUntil(() -> lookup("#pdf-dialog").tryQuery().isPresent());
        clickOn(dialogButton("pdf-dialog", "Attach"));

        waitUntil(() -> lookup("#pdf-name").tryQuery().isPresent()
                && lookup("#pdf-name").queryLabeled().getText().startsWith("retnet.pdf"));
        assertThat(lookup("#pdf-where").queryLabeled().getText()).isEqualTo("linked");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        waitUntil(() -> window.openedLinks.contains(paper.toUri().toString()));
        try (Library stored = Library.open(library)) {
            assertThat(stored.attachments().pdf(id)).get().extracting(p -> p.path()).isEqualTo(paper.toString());
        }
    }

    @Test
    void aMovedPdfIsSaidInTheHeaderOnceAndOpeningItShowsNoDialog() throws Exception {
        Path library = folder.resolve("library.db");
        long id = libraryWith(library, "");
        Path paper = pdf("moved.pdf");
        try (Library stored = Library.open(library)) {
            stored.attachments().linkPdf(id, paper, Files.size(paper));
        }
        Files.delete(paper);
        openPaper(library);

        waitUntil(() -> lookup("#pdf-where").tryQuery().isPresent()
                && lookup("#pdf-where").queryLabeled().getText().equals("not found at " + paper));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.openedLinks).isEmpty();
        assertThat(listWindows().stream().filter(w -> w.isShowing()).count()).isEqualTo(1);
        assertThat(lookup("#pdf-locate").tryQuery()).isPresent();
    }

    // ---- images in exported and imported posts

    @Test
    void aNoteWithTwoImagesIsExportedWithThemUnderImagesAndLinkedThere() throws Exception {
        Path library = folder.resolve("library.db");
        long id = libraryWith(library, "Method:\n\n![Method](attachment:method.png)\n\n![Results](attachment:results.png)\n");
        byte[] method = png(40, 20);
        byte[] results = png(20, 40);
        try (Library stored = Library.open(library)) {
            stored.attachments().addImage(id, "method.png", new ImageBytes(method, "image/png", 40, 20), null, null);
            stored.attachments().addImage(id, "results.png", new ImageBytes(results, "image/png", 20, 40), null, null);
        }
        Path blog = Files.createDirectories(folder.resolve("blog"));
        openPaper(library);
        var blogActions = window.session.window().blogActions();

        push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> blogActions.lastExport() != null && lookup("#post-preview").queryAs(javafx.scene.control.TextArea.class)
                .getText().contains("![Method](/images/figures-paper/method.png)"));
        interact(() -> blogActions.lastExport().viewModel().folderProperty().set(blog));
        clickOn("#export-run");
        waitUntil(() -> blogActions.lastExport().viewModel().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(blog.resolve("images/figures-paper/method.png")).hasBinaryContent(method);
        assertThat(blog.resolve("images/figures-paper/results.png")).hasBinaryContent(results);
        try (var posts = Files.list(blog.resolve("_posts"))) {
            String post = Files.readString(posts.findFirst().orElseThrow());
            assertThat(post).contains("![Method](/images/figures-paper/method.png)",
                    "![Results](/images/figures-paper/results.png)");
        }
        assertThat(lookup("#export-summary").queryAs(Label.class).getText())
                .isEqualTo("1 written, 0 unchanged, 0 skipped, 0 failed. Images: 2 written, 0 unchanged, 0 skipped.");
        assertThat(lookup(".list-cell").queryAll()).extracting(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .anySatisfy(line -> assertThat(line).contains("Image written: images/figures-paper/method.png",
                        "Image written: images/figures-paper/results.png"));
        push(KeyCode.ESCAPE);
    }

    @Test
    void anImportedPostsImagesShowInThePreviewWithTheBlogCheckoutDeleted() throws Exception {
        Path blog = Files.createDirectories(folder.resolve("blog"));
        Files.createDirectories(blog.resolve("_posts"));
        Files.createDirectories(blog.resolve("images"));
        Files.write(blog.resolve("images/paper_RetNet_architecture.png"), png(31, 17));
        Files.write(blog.resolve("images/paper_RetNet_chunk.png"), png(23, 19));
        Files.writeString(blog.resolve("_posts/2023-10-19-blog-paper-RetNet.md"), "---\ntitle: 'RetNet'\n"
                + "date: 2023-10-19\n---\n![RetNet Architecture](/images/paper_RetNet_architecture.png)\n\n"
                + "<img src=\"{{ site.baseurl }}/images/paper_RetNet_chunk.png\">\n");
        Path library = folder.resolve("library.db");
        try (Library created = Library.open(library)) {
            created.papers().insert(org.papernotes.model.Paper.titled("Figures paper"));
        }
        window = new WindowFixture(library).open();
        var blogActions = window.session.window().blogActions();
        interact(blogActions::importPosts);
        waitUntil(() -> blogActions.lastImport() != null && blogActions.lastImport().stage().isShowing());
        interact(() -> blogActions.lastImport().viewModel().paths().setAll(blog));
        clickOn("#import-run");
        waitUntil(() -> blogActions.lastImport().viewModel().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo("1 imported, 0 updated, 0 unchanged, 0 failed. Images: 2 added to the library.");
        push(KeyCode.ESCAPE);
        waitUntil(() -> !blogActions.lastImport().stage().isShowing());
        org.papernotes.workflow.TestImages.deleteTree(blog);

        waitUntil(() -> window.viewModel().list().entries().size() == 2);
        clickOn("RetNet");
        waitUntil(() -> window.session.window().paperView().notePane() != null
                && window.viewModel().paper().getPaper() != null
                && window.viewModel().paper().getPaper().title().equals("RetNet"));
        NotePane pane = window.session.window().paperView().notePane();

        waitUntil(() -> jsTrue(pane, LOADED_IMAGES + " === 2"));
        assertThat(js(pane, "Array.from(document.querySelectorAll('#pn-content img')).map(function(i){"
                + "return i.naturalWidth + 'x' + i.naturalHeight;}).join(',')")).isEqualTo("31x17,23x19");
        assertThat(js(pane, "document.querySelectorAll('.pn-image-missing').length")).isEqualTo(0);
    }

    // ---- a PDF that is not yet a paper

    @Test
    void aPdfDroppedOnTheListOffAnyPaperBecomesANewPaperAfterConfirming() throws Exception {
        Path library = folder.resolve("library.db");
        libraryWith(library, "");
        Path pdf = org.papernotes.workflow.TestPdfs.attention(folder.resolve("1706.03762v7.pdf"));
        openPaper(library);
        Label source = fileSource(List.of(pdf));

        drag(source).dropTo((javafx.scene.Node) lookup("#paper-table").query());
        waitUntil(() -> lookup("#new-paper-pdf-title").match(org.testfx.util.NodeQueryUtils.isVisible())
                .tryQuery().isPresent());
        assertThat(lookup("#new-paper-pdf-title").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Attention Is All You Need");
        assertThat(lookup("#new-paper-pdf-authors").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Ashish Vaswani; Noam Shazeer");
        assertThat(lookup("#new-paper-pdf-arxiv").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("1706.03762");
        clickOn("#new-paper-pdf-title");
        push(KeyCode.END);
        write(" (2017)");
        clickOn("#new-paper-pdf-create");

        waitUntil(() -> lookup("#new-paper-pdf").tryQuery().isEmpty());
        waitUntil(() -> window.viewModel().paper().getPaper() != null
                && window.viewModel().paper().getPaper().title().equals("Attention Is All You Need (2017)"));
        assertThat(window.viewModel().list().entries()).hasSize(2);
        waitUntil(() -> lookup("#pdf-name").tryQuery().isPresent()
                && lookup("#pdf-name").queryLabeled().getText().startsWith("1706.03762v7.pdf"));
        try (Library stored = Library.open(library)) {
            org.papernotes.model.Paper made = stored.papers().get(window.viewModel().paper().getPaper().id());
            assertThat(made.arxivId()).isEqualTo("1706.03762");
            assertThat(made.authors()).containsExactly("Ashish Vaswani", "Noam Shazeer");
            assertThat(stored.attachments().pdf(made.id())).get().extracting(p -> p.path()).isEqualTo(pdf.toString());
        }
    }

    @Test
    void cancellingTheNewPaperFromADroppedPdfCreatesNothing() throws Exception {
        Path library = folder.resolve("library.db");
        libraryWith(library, "");
        Path pdf = org.papernotes.workflow.TestPdfs.attention(folder.resolve("attention.pdf"));
        openPaper(library);
        Label source = fileSource(List.of(pdf));

        drag(source).dropTo((javafx.scene.Node) lookup("#paper-table").query());
        waitUntil(() -> lookup("#new-paper-pdf").tryQuery().isPresent());
        clickOn(dialogButton("new-paper-pdf", "Cancel"));

        waitUntil(() -> lookup("#new-paper-pdf").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        try (Library stored = Library.open(library)) {
            assertThat(stored.papers().list(org.papernotes.model.PaperFilter.ALL)).hasSize(1);
        }
    }
}
