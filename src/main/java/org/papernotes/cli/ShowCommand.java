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

@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one paper with its note.")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The paper's id (see 'papernotes list').")
    long id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        Paper paper;
        try (Library opened = library.openExisting()) {
            paper = opened.papers().get(id);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(Json.paper(paper)));
            return 0;
        }
        out.println(paper.title());
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
        if (!paper.note().isEmpty()) {
            out.println();
            out.println(paper.note());
        }
        return 0;
    }

    private static void field(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("%-9s %s%n", label + ":", value);
        }
    }
}
