package org.papernotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.papernotes.bibliography.BibtexWriter;
import org.papernotes.bibliography.CitationKeyPattern;
import org.papernotes.store.Library;
import org.papernotes.workflow.ExportBibtex;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bibtex", mixinStandardHelpOptions = true,
        description = {"Write papers as BibTeX (for BibTeX and biber), one entry per paper under its citation key.",
            "Papers without a key get one ([auth:lower][year][shorttitle]), kept from then on."})
final class BibtexCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    static final class Selection {
        @Parameters(paramLabel = "ID", arity = "1..*", description = "Papers by id (see 'papernotes list').")
        List<Long> ids;

        @Option(names = "--tag", paramLabel = "T", description = "The papers with this tag.")
        String tag;

        @Option(names = "--all", description = "Every paper of the library.")
        boolean all;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of the terminal.")
    Path output;

    @Option(names = "--ascii", description = "Write accented letters as LaTeX commands ({\\\"a}) for 8-bit BibTeX "
            + "(default: UTF-8).")
    boolean ascii;

    @Override
    public Integer call() throws IOException {
        BibtexWriter.Charset charset = ascii ? BibtexWriter.Charset.LATEX_ESCAPES : BibtexWriter.Charset.UTF8;
        ExportBibtex.Result result;
        try (Library opened = library.openExisting()) {
            ExportBibtex export = new ExportBibtex(opened, CitationKeyPattern.of(CitationKeyPattern.DEFAULT));
            result = selection.all ? export.all(charset)
                    : selection.tag != null ? export.ofTag(selection.tag, charset) : export.ofIds(selection.ids, charset);
            if (selection.ids != null && result.papers() < selection.ids.size()) {
                throw new CommandFailure("No paper with some of the ids " + selection.ids + " (see 'papernotes list').");
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        if (output == null) {
            spec.commandLine().getOut().print(result.text());
            spec.commandLine().getOut().flush();
        } else {
            ExportBibtex.write(output, result.text());
            err.println("papernotes: wrote " + result.papers() + " entries to " + output);
        }
        if (result.keysMade() > 0) {
            err.println("papernotes: made citation keys for " + result.keysMade() + " papers that had none");
        }
        return 0;
    }
}
