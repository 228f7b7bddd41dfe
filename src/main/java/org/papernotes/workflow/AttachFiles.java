package org.papernotes.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.papernotes.images.FileProblem;
import org.papernotes.images.FileProblem.Code;
import org.papernotes.images.FileRejectedException;
import org.papernotes.images.ImageFormat;
import org.papernotes.images.ImageIngest;
import org.papernotes.images.IngestedImage;
import org.papernotes.model.Attachment;
import org.papernotes.model.PaperPdf;
import org.papernotes.store.Library;

/**
 * Adding files to a paper, as the window (paste, drop, Insert → Image…, Attach PDF…) and {@code papernotes attach}
 * do it: an image goes into the library as one of the paper's images; a PDF becomes the paper's PDF, linked where it
 * lies or copied into the library. What a file is comes from its bytes, never its name. Runs on the caller's thread.
 */
public final class AttachFiles {

    /** PDFs copied into the library are at most this large (a linked PDF may be any size). */
    public static final long MAX_STORED_PDF_BYTES = 100L * 1024 * 1024;
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** Readers accept a PDF whose signature comes within its first kilobyte. */
    private static final int PDF_SIGNATURE_WITHIN = 1024;

    /** What a file is, by its first bytes. */
    public enum Kind { IMAGE, PDF, OTHER }

    /** What {@link #attach} did: added an image, or set the paper's PDF. */
    public record Attached(Attachment image, PaperPdf pdf) {
    }

    private final Library library;

    public AttachFiles(Library library) {
        this.library = library;
    }

    public static Kind kind(Path file) {
        return kind(head(file));
    }

    public static Kind kind(byte[] head) {
        if (ImageFormat.detect(head).isPresent()) {
            return Kind.IMAGE;
        }
        return isPdf(head) ? Kind.PDF : Kind.OTHER;
    }

    /** Adds an image file or sets the paper's PDF, whichever the file is. */
    public Attached attach(long paperId, Path file, boolean copyPdf) throws FileRejectedException {
        return switch (kind(file)) {
            case IMAGE -> new Attached(addImage(paperId, file), null);
            case PDF -> new Attached(null, attachPdf(paperId, file, copyPdf));
            case OTHER -> {
                // A file that cannot be read, or is empty, says so rather than "neither an image nor a PDF".
                if (ImageIngest.readFile(file).length == 0) {
                    throw new FileRejectedException(FileProblem.of(Code.EMPTY));
                }
                throw new FileRejectedException(FileProblem.of(Code.NOT_IMAGE_OR_PDF));
            }
        };
    }

    /**
     * Adds an image file to the paper. A file inside the blog checkout remembered for this library records its
     * site path ({@code ~/blog/images/fig.png} is {@code /images/fig.png}), so that the blog's links to it find it.
     */
    public Attachment addImage(long paperId, Path file) throws FileRejectedException {
        IngestedImage image = ImageIngest.read(file);
        return library.attachments().addImage(paperId, image.name(), image.original(), image.preview(),
                sitePathInBlog(file).orElse(null));
    }

    /** Adds an image already checked (pasted from the clipboard) to the paper. */
    public Attachment addImage(long paperId, IngestedImage image) {
        return library.attachments().addImage(paperId, image.name(), image.original(), image.preview(), null);
    }

    /** Sets the paper's PDF: linked to the file where it is, or a copy kept in the library. */
    public PaperPdf attachPdf(long paperId, Path file, boolean copy) throws FileRejectedException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!isPdf(head(absolute))) {
            ImageIngest.readFile(absolute, Long.MAX_VALUE, Code.PDF_TOO_LARGE); // unreadable says so first
            throw new FileRejectedException(FileProblem.of(Code.NOT_A_PDF));
        }
        String name = absolute.getFileName().toString();
        if (copy) {
            byte[] bytes = ImageIngest.readFile(absolute, MAX_STORED_PDF_BYTES, Code.PDF_TOO_LARGE);
            return library.attachments().storePdf(paperId, name, bytes);
        }
        try {
            return library.attachments().linkPdf(paperId, absolute, Files.size(absolute));
        } catch (IOException e) {
            throw new FileRejectedException(FileProblem.of(Code.UNREADABLE, e.getMessage()));
        }
    }

    /** Whether a linked PDF's file is (still) there; a PDF in the library always is. */
    public static boolean isPresent(PaperPdf pdf) {
        return pdf.isInLibrary() || Files.isRegularFile(Path.of(pdf.path()));
    }

    /**
     * A file the system's viewer can open: a linked PDF's own file, or a copy of the library's PDF written once to
     * the temporary folder (same content, same file). Empty when a linked file is gone.
     */
    public Optional<Path> fileToOpen(PaperPdf pdf) throws IOException {
        if (!pdf.isInLibrary()) {
            Path path = Path.of(pdf.path());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        }
        Path folder = Path.of(System.getProperty("java.io.tmpdir"),
                "papernotes-" + System.getProperty("user.name", "user"), "pdf", pdf.sha256().substring(0, 16));
        Path target = folder.resolve(safeFileName(pdf.name()));
        if (Files.isRegularFile(target)) {
            return Optional.of(target);
        }
        byte[] bytes = library.attachments().bytes(pdf.sha256()).orElse(null);
        if (bytes == null) {
            return Optional.empty();
        }
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, ".pdf-", ".part");
        Files.write(partial, bytes);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(target);
    }

    private Optional<String> sitePathInBlog(Path file) {
        Optional<Path> blog = new BlogSettings(library).knownCheckout();
        if (blog.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path real = file.toRealPath();
            Path root = blog.get().toRealPath();
            if (!real.startsWith(root) || real.equals(root)) {
                return Optional.empty();
            }
            return Optional.of("/" + root.relativize(real).toString().replace('\\', '/'));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isPdf(byte[] head) {
        int limit = Math.min(head.length, PDF_SIGNATURE_WITHIN) - PDF_SIGNATURE.length;
        for (int i = 0; i <= limit; i++) {
            boolean match = true;
            for (int j = 0; j < PDF_SIGNATURE.length && match; j++) {
                match = head[i + j] == PDF_SIGNATURE[j];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static byte[] head(Path file) {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(PDF_SIGNATURE_WITHIN);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The PDF's own name for the temporary copy, without anything a path could misread. */
    private static String safeFileName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return safe.isEmpty() || safe.startsWith(".") ? "paper.pdf" : safe;
    }
}
