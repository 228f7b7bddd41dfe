package org.papernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachCommandTest {

    @TempDir
    Path dir;

    private String library;
    private String id;

    @BeforeEach
    void setUp() {
        library = dir.resolve("l.db").toString();
        id = CliRunner.run("new", "--library", library, "--title", "RetNet").out().strip();
    }

    private Path png(String name, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private Path pdf(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n", StandardCharsets.US_ASCII);
    }

    private JsonObject shown() {
        return JsonParser.parseString(CliRunner.run("show", id, "--json", "--library", library).out()).getAsJsonObject();
    }

    @Test
    void attachingAnImagePrintsTheLinkThatShowsIt() throws Exception {
        CliRunner.Result result = CliRunner.run("attach", "--library", library, id, png("arch diagram.png", 64, 32).toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("arch diagram.png: image attachment:arch-diagram.png (64\u00d732, ")
                .contains("![arch-diagram](attachment:arch-diagram.png)");
        assertThat(shown().getAsJsonArray("images").get(0).getAsJsonObject().get("link").getAsString())
                .isEqualTo("attachment:arch-diagram.png");
    }

    @Test
    void showListsThePdfAndTheImages() throws Exception {
        Path pdf = pdf("retnet.pdf");
        CliRunner.run("attach", "--library", library, id, png("a.png", 10, 10).toString(), pdf.toString());

        CliRunner.Result shown = CliRunner.run("show", id, "--library", library);

        assertThat(shown.out()).contains("PDF:      retnet.pdf (").contains("linked: " + pdf.toAbsolutePath())
                .contains("Images:   1").contains("  attachment:a.png  image/png, 10\u00d710, ");
        assertThat(shown().get("pdf").getAsString()).isEqualTo(pdf.toAbsolutePath().toString());
        assertThat(shown().getAsJsonObject("pdfFile").get("present").getAsBoolean()).isTrue();
    }

    @Test
    void aPdfCopiedIntoTheLibraryOutlivesItsFile() throws Exception {
        Path pdf = pdf("paper.pdf");
        CliRunner.Result result = CliRunner.run("attach", "--copy", "--library", library, id, pdf.toString());
        Files.delete(pdf);

        assertThat(result.out()).contains("paper.pdf: the paper's PDF, copied into the library");
        JsonObject file = shown().getAsJsonObject("pdfFile");
        assertThat(file.get("inLibrary").getAsBoolean()).isTrue();
        assertThat(file.get("present").getAsBoolean()).isTrue();
    }

    @Test
    void aMovedPdfIsShownAsMissing() throws Exception {
        Path pdf = pdf("moved.pdf");
        CliRunner.run("attach", "--library", library, id, pdf.toString());
        Files.delete(pdf);

        assertThat(CliRunner.run("show", id, "--library", library).out()).contains("moved.pdf (").contains(" MISSING");
    }

    @Test
    void eachBadFileGetsOneLineAndTheGoodOnesAreStillAttached() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.png"), "not an image");
        Path big = dir.resolve("huge.png");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        Path good = png("good.png", 8, 8);

        CliRunner.Result result = CliRunner.run("attach", "--library", library, id, text.toString(), big.toString(),
                good.toString(), dir.resolve("gone.png").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines().toList()).containsExactly(
                "papernotes: " + text + ": The file is neither an image (PNG, JPEG, GIF, WebP, SVG) nor a PDF.",
                "papernotes: " + big + ": The image is 50.0 MB; PaperNotes takes images up to 20.0 MB. "
                        + "Save it smaller (for example as JPEG) and add it again.",
                "papernotes: " + dir.resolve("gone.png") + ": The file cannot be read: there is no file " + dir.resolve("gone.png"));
        assertThat(result.out()).contains("good.png: image attachment:good.png");
        assertThat(shown().getAsJsonArray("images")).hasSize(1);
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() throws Exception {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);

        CliRunner.Result result = CliRunner.run("attach", "--library", library, id, empty.toString());

        assertThat(result.err().strip()).isEqualTo("papernotes: " + empty + ": The file is empty.");
    }

    @Test
    void anUnknownPaperIsOneError() throws Exception {
        CliRunner.Result result = CliRunner.run("attach", "--library", library, "999", png("a.png", 4, 4).toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("papernotes: No paper with id 999 in this library.");
    }

    @Test
    void twoPdfsForOnePaperAreRefused() throws Exception {
        CliRunner.Result result = CliRunner.run("attach", "--library", library, id, pdf("a.pdf").toString(),
                pdf("b.pdf").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("papernotes: A paper has one PDF; 2 PDFs were given.");
        assertThat(shown().get("pdfFile").isJsonNull()).isTrue();
    }
}
