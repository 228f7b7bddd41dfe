package org.papernotes.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.images.FileProblem.Code;

class ImageIngestTest {

    @TempDir
    Path folder;

    static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, Color.RED, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return ImageIngest.encode(image, format);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImageIngestTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static Code problem(byte[] bytes, String name) {
        try {
            ImageIngest.fromBytes(bytes, name);
        } catch (FileRejectedException e) {
            return e.problem().code();
        }
        throw new AssertionError("taken as an image");
    }

    @Test
    void aPngIsTakenAsItIsWithItsSize() throws Exception {
        byte[] png = image(320, 200, "png");

        IngestedImage image = ImageIngest.fromBytes(png, "arch.png");

        assertThat(image.format()).isEqualTo(ImageFormat.PNG);
        assertThat(image.original().bytes()).isEqualTo(png);
        assertThat(image.original().width()).isEqualTo(320);
        assertThat(image.original().height()).isEqualTo(200);
        assertThat(image.preview()).isNull();
        assertThat(image.name()).isEqualTo("arch.png");
        assertThat(image.alt()).isEqualTo("arch");
    }

    @Test
    void aLargeImageKeepsItsBytesAndGetsASmallerCopyForThePreview() throws Exception {
        byte[] jpeg = image(4000, 1000, "jpeg");

        IngestedImage image = ImageIngest.fromBytes(jpeg, "wide.jpg");

        assertThat(image.original().bytes()).isEqualTo(jpeg);
        assertThat(image.original().width()).isEqualTo(4000);
        assertThat(image.preview()).isNotNull();
        assertThat(image.preview().width()).isEqualTo(ImageIngest.PREVIEW_SIDE);
        assertThat(image.preview().height()).isEqualTo(400);
        assertThat(image.preview().mediaType()).isEqualTo("image/jpeg");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.preview().bytes()));
        assertThat(decoded.getWidth()).isEqualTo(1600);
    }

    @Test
    void aWebpImageGetsAPngCopyTheyPreviewCanShow() throws Exception {
        IngestedImage image = ImageIngest.fromBytes(resource("alpha.webp"), "circle.webp");

        assertThat(image.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(image.original().mediaType()).isEqualTo("image/webp");
        assertThat(image.original().width()).isEqualTo(40);
        assertThat(image.preview().mediaType()).isEqualTo("image/png");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.preview().bytes()));
        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
        assertThat(decoded.getRGB(0, 0) >>> 24).isZero(); // the transparent corner stays transparent
    }

    @Test
    void aLossyWebpPhotoGetsAJpegCopy() throws Exception {
        IngestedImage image = ImageIngest.fromBytes(resource("photo.webp"), "photo.webp");

        assertThat(image.original().width()).isEqualTo(64);
        assertThat(image.preview().mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void theFormatComesFromTheBytesNotTheFileName() throws Exception {
        IngestedImage image = ImageIngest.fromBytes(image(10, 10, "jpeg"), "Figure 3 (a).PNG");

        assertThat(image.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(image.name()).isEqualTo("Figure-3-a.jpg");
        assertThat(image.alt()).isEqualTo("Figure 3 (a)");
    }

    @Test
    void aCutOffJpegIsRefusedAsDamaged() {
        byte[] jpeg = image(800, 600, "jpeg");

        assertThat(problem(Arrays.copyOf(jpeg, jpeg.length * 2 / 3), "cut.jpg")).isEqualTo(Code.CORRUPT);
    }

    @Test
    void aCutOffPngIsRefusedAsDamaged() {
        byte[] png = image(800, 600, "png");

        assertThat(problem(Arrays.copyOf(png, png.length / 2), "cut.png")).isEqualTo(Code.CORRUPT);
    }

    @Test
    void aPngWhoseDataIsGarbageIsRefusedAsDamaged() {
        byte[] png = image(200, 100, "png");
        for (int i = 60; i < png.length - 20; i++) {
            png[i] = (byte) (i * 31);
        }

        assertThat(problem(png, "garbage.png")).isEqualTo(Code.CORRUPT);
    }

    @Test
    void aTextFileIsNotAnImage() {
        assertThat(problem("# just notes\n".getBytes(StandardCharsets.UTF_8), "notes.png")).isEqualTo(Code.NOT_AN_IMAGE);
    }

    @Test
    void aPdfIsNotAnImage() {
        assertThat(problem("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "paper.pdf"))
                .isEqualTo(Code.NOT_AN_IMAGE);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(problem(new byte[0], "empty.png")).isEqualTo(Code.EMPTY);
    }

    @Test
    void aFiftyMegabyteImageIsRefusedWithoutReadingIt() throws Exception {
        Path big = folder.resolve("huge.png");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.write(image(8, 8, "png"));
            file.setLength(50L * 1024 * 1024);
        }

        assertThatThrownBy(() -> ImageIngest.read(big))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(Code.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo("The image is 50.0 MB; PaperNotes takes images up to 20.0 MB. "
                            + "Save it smaller (for example as JPEG) and add it again.");
                });
    }

    @Test
    void aFileThatIsNotThereOrIsAFolderCannotBeRead() {
        assertThatThrownBy(() -> ImageIngest.read(folder.resolve("gone.png")))
                .hasMessage("The file cannot be read: there is no file " + folder.resolve("gone.png"));
        assertThatThrownBy(() -> ImageIngest.read(folder))
                .hasMessage("The file cannot be read: " + folder + " is a folder");
    }

    @Test
    void anSvgIsCheckedAndSizedWithoutFetchingItsDoctype() throws Exception {
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://127.0.0.1:9/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\">"
                + "<rect width=\"120\" height=\"40\"/></svg>";

        IngestedImage image = ImageIngest.fromBytes(svg.getBytes(StandardCharsets.UTF_8), "diagram.svg");

        assertThat(image.format()).isEqualTo(ImageFormat.SVG);
        assertThat(image.original().width()).isEqualTo(120);
        assertThat(image.original().height()).isEqualTo(40);
        assertThat(image.preview()).isNull();
    }

    @Test
    void aBrokenSvgIsRefusedAsDamaged() {
        assertThat(problem("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect>".getBytes(StandardCharsets.UTF_8), "x.svg"))
                .isEqualTo(Code.CORRUPT);
    }

    @Test
    void pixelsFromTheClipboardBecomeAnOpaquePng() throws Exception {
        int[] pixels = new int[30 * 20];
        Arrays.fill(pixels, 0xff336699);

        IngestedImage image = ImageIngest.fromPixels(pixels, 30, 20, "image.png");

        assertThat(image.format()).isEqualTo(ImageFormat.PNG);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.original().bytes()));
        assertThat(decoded.getWidth()).isEqualTo(30);
        assertThat(decoded.getRGB(5, 5)).isEqualTo(0xff336699);
        assertThat(decoded.getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void aFileOnDiskIsReadWithItsName() throws Exception {
        Path file = Files.write(folder.resolve("方法 图.png"), image(12, 8, "png"));

        IngestedImage image = ImageIngest.read(file);

        assertThat(image.name()).isEqualTo("方法-图.png");
        assertThat(image.alt()).isEqualTo("方法 图");
    }
}
