package org.papernotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.papernotes.blog.BlogMessage;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ImportReport;
import org.papernotes.store.Library;
import org.papernotes.workflow.ImportPosts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import posts of an academicpages blog: post files, _posts folders or blog checkouts.",
                "Each post becomes a paper with its note and tags; importing again updates those papers.",
                "The images a post links inside the blog checkout (/images/...) are added to its paper."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Post files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportReport report;
        try (Library opened = library.open()) {
            report = new ImportPosts(opened).importPosts(paths, BlogProgress.NONE);
        }
        for (ImportReport.Entry entry : report.entries()) {
            String outcome = entry.outcome().name().toLowerCase(Locale.ROOT);
            if (entry.outcome() == ImportReport.Outcome.FAILED) {
                out.printf("%-9s %s: %s%n", outcome, entry.file(), entry.problem().english());
            } else if (entry.outcome() != ImportReport.Outcome.UNCHANGED || !entry.warnings().isEmpty()) {
                out.printf("%-9s %5d  %s%n", outcome, entry.paperId(), entry.file().getFileName());
            }
            for (BlogMessage warning : entry.warnings()) {
                out.printf("          warning: %s%n", warning.english());
            }
        }
        out.printf("Imported %d, updated %d, unchanged %d, failed %d.%n", report.imported(), report.updated(),
                report.unchanged(), report.failed());
        if (report.imagesImported() > 0) {
            out.printf("Images: %d added to the library.%n", report.imagesImported());
        }
        return report.failed() > 0 ? PaperNotesCli.FAILURE : 0;
    }
}
