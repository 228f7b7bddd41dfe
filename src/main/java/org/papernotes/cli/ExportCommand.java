package org.papernotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.blog.PostBody;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperSummary;
import org.papernotes.store.Library;
import org.papernotes.workflow.BlogSettings;
import org.papernotes.workflow.ExportPosts;
import org.papernotes.workflow.PaperCard;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Publish papers as posts into an academicpages blog checkout (BLOG_DIR/_posts/).",
                "New posts are written; an existing file whose content would change is left as it is, with the "
                        + "diff printed, unless --force is given. An imported post you did not edit is written back "
                        + "byte for byte; --fix-math rewrites the math this blog's MathJax cannot show.",
                "The images a post uses are written to BLOG_DIR/images/ (a paper's own as images/SLUG/NAME), only when "
                        + "new or changed, never over a file PaperNotes did not write."})
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

    @Option(names = "--force", description = "Overwrite existing post files whose content would change.")
    boolean force;

    @Option(names = "--fix-math", description = "Rewrite the math of unedited imported posts that this blog's "
            + "MathJax does not show ($...$ on a MathJax 3 blog), so that it does.")
    boolean fixMath;

    @Option(names = "--paper-card", paramLabel = "WHICH", description = "Start posts with a short card about the "
            + "paper (title, authors, venue, year, links): 'new' for notes written in PaperNotes, 'all' for imported "
            + "posts too (they are then rewritten), 'none'. Remembered for this library (at first: none).")
    String paperCard;

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
            Path blog = to != null ? to : new BlogSettings(opened).exportFolder().orElseThrow(() -> new CommandFailure(
                    "No blog folder is known for this library yet; give one with --to BLOG_DIR."));
            List<Long> ids = selectedIds(opened);
            if (ids.isEmpty()) {
                throw new CommandFailure("No papers to export.");
            }
            PaperCard.Choice cards = paperCard == null ? PaperCard.remembered(opened)
                    : PaperCard.parse(paperCard).orElseThrow(() -> new ParameterException(spec.commandLine(),
                            "--paper-card takes new, all or none, not '" + paperCard + "'."));
            ExportPosts export = new ExportPosts(opened);
            ExportPosts.Plan plan;
            ExportReport report;
            try {
                plan = export.plan(ids, blog, fixMath, cards);
                out.printf("Blog %s: %s.%n", plan.blogFolder(), plan.math().english());
                report = export.export(plan, force ? OverwritePolicy.ALWAYS : OverwritePolicy.NEVER, BlogProgress.NONE);
            } catch (IOException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
            for (ExportReport.Entry entry : report.entries()) {
                if (entry.outcome() != ExportReport.Outcome.UNCHANGED) {
                    String file = entry.file() == null ? "" : report.blogFolder().relativize(entry.file()).toString();
                    String fixed = entry.mathFixed() > 0 ? "  (" + entry.mathFixed() + " formulas made safe)" : "";
                    out.printf("%-9s %5d  %s%s%s%n", entry.outcome().name().toLowerCase(Locale.ROOT),
                            entry.paperId(), file, entry.detail() == null ? "" : "  (" + entry.detail().english() + ")", fixed);
                }
                if (entry.outcome() == ExportReport.Outcome.SKIPPED) {
                    plan.posts().stream().filter(p -> p.paper().id() == entry.paperId()).findFirst()
                            .ifPresent(p -> out.print(p.diff()));
                }
            }
            for (ExportReport.ImageEntry image : report.images()) {
                if (image.outcome() != ExportReport.ImageOutcome.UNCHANGED) {
                    out.printf("%-9s %5d  %s%s%n", image.outcome().name().toLowerCase(Locale.ROOT), image.paperId(),
                            image.path(), image.detail() == null ? "" : "  (" + image.detail().english() + ")");
                }
            }
            if (!fixMath) {
                for (ExportPosts.Planned post : plan.needingMathFix()) {
                    long unshown = post.unshownMath().stream()
                            .filter(p -> p.reason() != PostBody.Reason.CUT_BY_KRAMDOWN).count();
                    if (unshown > 0) {
                        out.printf("math      %5d  %s: %d formulas this blog does not show as written (--fix-math rewrites them)%n",
                                post.paper().id(), post.relativePath(), unshown);
                    }
                }
            }
            out.printf("Exported to %s: %d written, %d unchanged, %d skipped, %d failed.%n", report.postsFolder(),
                    report.written(), report.unchanged(), report.skipped(), report.failed());
            if (!report.images().isEmpty()) {
                out.printf("Images into %s: %d written, %d unchanged, %d skipped.%n",
                        report.blogFolder().resolve(org.papernotes.blog.BlogFolder.IMAGES),
                        report.imageCount(ExportReport.ImageOutcome.WRITTEN),
                        report.imageCount(ExportReport.ImageOutcome.UNCHANGED),
                        report.imageCount(ExportReport.ImageOutcome.SKIPPED));
            }
            if (report.skipped() > 0 && !force) {
                out.println("Files whose content would change were left as they are; --force overwrites them.");
            }
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
