package org.papernotes.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.papernotes.model.Attachment;
import org.papernotes.model.ByteSize;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperPdf;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

// Not mixinStandardHelpOptions: its --version would take the place of the paper's --version N.
@Command(name = "show", description = "Print one paper with its note, its PDF and its images, or one of its versions.")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The paper's id (see 'papernotes list').")
    long id;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--version", paramLabel = "N", description = "Print version N of the paper (see 'papernotes history ID').")
    Integer version;

    @Override
    public Integer call() {
        Paper paper;
        List<Attachment> images;
        Optional<PaperPdf> pdf;
        try (Library opened = library.openExisting()) {
            paper = version == null ? opened.papers().get(id) : opened.versions().paperAt(id, version);
            images = opened.attachments().images(id);
            pdf = opened.attachments().pdf(id);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(AttachmentsJson.withAttachments(Json.paper(paper), images, pdf)));
            return 0;
        }
        out.println(TerminalText.line(paper.title()));
        field(out, "Authors", String.join(", ", paper.authors()));
        field(out, "Venue", paper.venue());
        field(out, "Year", paper.year() == null ? null : paper.year().toString());
        field(out, "DOI", paper.doi());
        field(out, "arXiv", paper.arxivId());
        field(out, "URL", paper.url());
        field(out, "Key", paper.citationKey());
        field(out, "Status", paper.status().key());
        field(out, "Rating", paper.rating() == 0 ? null : paper.rating() + "/5");
        field(out, "Tags", String.join(", ", paper.tags()));
        field(out, "Updated", paper.updatedAt().toString());
        pdf.ifPresent(p -> field(out, "PDF", AttachmentsJson.describe(p)));
        if (!images.isEmpty()) {
            field(out, "Images", String.valueOf(images.size()));
            for (Attachment image : images) {
                out.println("  " + image.link() + "  " + image.mediaType() + ", " + AttachCommand.dimensions(image)
                        + ByteSize.format(image.size())
                        + (image.blogPath() == null ? "" : ", blog: " + TerminalText.line(image.blogPath())));
            }
        }
        if (version != null) {
            field(out, "Version", version + " (papernotes restore " + id + " " + version + " brings it back)");
        }
        if (!paper.note().isEmpty()) {
            out.println();
            out.println(TerminalText.block(paper.note()));
        }
        return 0;
    }

    private static void field(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("%-9s %s%n", label + ":", TerminalText.line(value));
        }
    }
}
