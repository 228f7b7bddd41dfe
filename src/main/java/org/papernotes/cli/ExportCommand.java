package org.papernotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.papernotes.blog.BlogExporter;
import org.papernotes.blog.BlogFolder;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.blog.BlogProgress;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperSummary;
import org.papernotes.store.Library;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Publish papers as posts into an academicpages blog checkout (BLOG_DIR/_posts/).",
                "Posts whose file would not change are left alone; files PaperNotes did not write are skipped "
                        + "unless --force is given."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "BLOG_DIR",
            description = "The blog checkout; remembered for this library, so later exports may leave it out.")
    Path to;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = "--force", description = "Overwrite post files that PaperNotes did not write or that were edited since.")
    boolean force;

    static final class Selection {
        @Parameters(paramLabel = "ID", arity = "1..*", description = "Ids of the papers to export.")
        List<Long> ids = new ArrayList<>();

        @Option(names = "--tag", paramLabel = "TAG", required = true, description = "Export the papers with this tag.")
        String tag;

        @Option(names = "--all", required = true, description = "Export every paper.")
        boolean all;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Library opened = library.openExisting()) {
            Path blog = to != null ? to : BlogFolder.remembered(opened).orElseThrow(() -> new CommandFailure(
                    "No blog folder is known for this library yet; give one with --to BLOG_DIR."));
            List<Long> ids = selectedIds(opened);
            if (ids.isEmpty()) {
                throw new CommandFailure("No papers to export.");
            }
            ExportReport report;
            try {
                report = new BlogExporter(opened)
                        .export(ids, blog, force ? OverwritePolicy.ALWAYS : OverwritePolicy.NEVER, BlogProgress.NONE);
            } catch (IOException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
            for (ExportReport.Entry entry : report.entries()) {
                if (entry.outcome() != ExportReport.Outcome.UNCHANGED) {
                    String file = entry.file() == null ? "" : report.postsFolder().relativize(entry.file()).toString();
                    out.printf("%-9s %5d  %s%s%n", entry.outcome().name().toLowerCase(java.util.Locale.ROOT),
                            entry.paperId(), file, entry.detail() == null ? "" : "  (" + entry.detail().english() + ")");
                }
            }
            out.printf("Exported to %s: %d written, %d unchanged, %d skipped, %d failed.%n", report.postsFolder(),
                    report.written(), report.unchanged(), report.skipped(), report.failed());
            return report.failed() > 0 ? PaperNotesCli.FAILURE : 0;
        }
    }

    private List<Long> selectedIds(Library opened) {
        if (!selection.ids.isEmpty()) {
            for (long id : selection.ids) {
                opened.papers().get(id); // an unknown id is an error, not a silent skip
            }
            return selection.ids;
        }
        PaperFilter filter = selection.all ? PaperFilter.ALL
                : PaperFilter.tagged(selection.tag);
        return opened.papers().list(filter).stream().map(PaperSummary::id).toList();
    }
}
