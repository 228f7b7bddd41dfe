package org.papernotes.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

// Not mixinStandardHelpOptions: its --version would take the place of the paper's --version N.
@Command(name = "show", description = "Print one paper with its note, or one of its versions.")
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
        try (Library opened = library.openExisting()) {
            paper = version == null ? opened.papers().get(id) : opened.versions().paperAt(id, version);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(Json.paper(paper)));
            return 0;
        }
        out.println(TerminalText.line(paper.title()));
        field(out, "Authors", String.join(", ", paper.authors()));
        field(out, "Venue", paper.venue());
        field(out, "Year", paper.year() == null ? null : paper.year().toString());
        field(out, "DOI", paper.doi());
        field(out, "arXiv", paper.arxivId());
        field(out, "URL", paper.url());
        field(out, "Status", paper.status().key());
        field(out, "Rating", paper.rating() == 0 ? null : paper.rating() + "/5");
        field(out, "Tags", String.join(", ", paper.tags()));
        field(out, "Updated", paper.updatedAt().toString());
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
