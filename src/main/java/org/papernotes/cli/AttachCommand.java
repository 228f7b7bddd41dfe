package org.papernotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.papernotes.images.FileRejectedException;
import org.papernotes.model.Attachment;
import org.papernotes.model.ByteSize;
import org.papernotes.model.ImageLink;
import org.papernotes.model.PaperPdf;
import org.papernotes.store.Library;
import org.papernotes.workflow.AttachFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "attach", mixinStandardHelpOptions = true,
        description = {"Add images (PNG, JPEG, GIF, WebP, SVG) to a paper, or set its PDF.",
                "Images are stored in the library; each prints the Markdown link that shows it in the note.",
                "A PDF is linked where it lies, or copied into the library with --copy."})
final class AttachCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The paper's id (see 'papernotes list').")
    long id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Image files and at most one PDF.")
    List<Path> files;

    @Option(names = "--copy", description = "Copy the PDF into the library instead of linking to it.")
    boolean copy;

    @Override
    public Integer call() {
        long pdfs = files.stream().filter(f -> AttachFiles.kind(f) == AttachFiles.Kind.PDF).count();
        if (pdfs > 1) {
            throw new CommandFailure("A paper has one PDF; " + pdfs + " PDFs were given.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        try (Library opened = library.openExisting()) {
            opened.papers().get(id); // an unknown id is one error, not one per file
            AttachFiles attach = new AttachFiles(opened);
            for (Path file : files) {
                try {
                    AttachFiles.Attached result = attach.attach(id, file, copy);
                    out.println(file.getFileName() + ": " + describe(result));
                } catch (FileRejectedException e) {
                    err.println("papernotes: " + file + ": " + e.getMessage());
                    failed++;
                }
            }
        }
        return failed == 0 ? 0 : PaperNotesCli.FAILURE;
    }

    private static String describe(AttachFiles.Attached result) {
        if (result.image() != null) {
            Attachment image = result.image();
            return "image " + image.link() + " (" + dimensions(image) + ByteSize.format(image.size()) + ")  "
                    + ImageLink.markdown(ImageLink.stem(image.name()), image.link());
        }
        PaperPdf pdf = result.pdf();
        return pdf.isInLibrary() ? "the paper's PDF, copied into the library (" + ByteSize.format(pdf.size()) + ")"
                : "the paper's PDF, linked to " + pdf.path() + " (" + ByteSize.format(pdf.size()) + ")";
    }

    static String dimensions(Attachment image) {
        return image.width() > 0 && image.height() > 0 ? image.width() + "\u00d7" + image.height() + ", " : "";
    }
}
