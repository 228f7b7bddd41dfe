package org.papernotes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.git.ChangedFile;
import org.papernotes.git.CommitInfo;
import org.papernotes.git.GitAccess;
import org.papernotes.git.GitException;
import org.papernotes.git.GitMessage;
import org.papernotes.git.PublishProgress;
import org.papernotes.git.PublishResult;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperSummary;
import org.papernotes.store.Library;
import org.papernotes.workflow.PostsExportStep;
import org.papernotes.workflow.Publish;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Export papers as posts into an academicpages blog checkout, commit exactly the files the "
                + "export wrote or removed, and push them to the branch's upstream.",
                "Other changes in the checkout are never staged or committed; they are listed. SSH keys and "
                        + "known_hosts come from ~/.ssh, HTTPS credentials from git's credential helper or the terminal."})
final class PublishCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "BLOG_DIR",
            description = "The blog checkout (a git repository); remembered for this library, so it may be left out later.")
    Path to;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = {"-m", "--message"}, paramLabel = "M", description = "The commit message (default: names the posts).")
    String message;

    @Option(names = "--no-push", description = "Commit in the checkout only; do not fetch or push (no network).")
    boolean noPush;

    @Option(names = "--force", description = "Overwrite post files that PaperNotes did not write or that were edited since.")
    boolean force;

    @Option(names = "--fix-math", description = "Rewrite the math of unedited imported posts that this blog cannot show "
            + "(as 'papernotes export --fix-math').")
    boolean fixMath;

    static final class Selection {
        @Parameters(paramLabel = "ID", arity = "1..*", description = "Ids of the papers to publish.")
        List<Long> ids = new ArrayList<>();

        @Option(names = "--tag", paramLabel = "TAG", required = true, description = "Publish the papers with this tag.")
        String tag;

        @Option(names = "--all", required = true, description = "Publish every paper.")
        boolean all;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Library opened = library.openExisting(); GitAccess access = GitAccess.forUser(ConsoleSecretPrompt.forTerminal())) {
            Path blog = to != null ? to : Publish.rememberedBlogFolder(opened).orElseThrow(() -> new CommandFailure(
                    "No blog folder is known for this library yet; give one with --to BLOG_DIR."));
            List<Long> ids = selectedIds(opened);
            if (ids.isEmpty()) {
                throw new CommandFailure("No papers to publish.");
            }
            PostsExportStep export = new PostsExportStep(opened, ids, blog, fixMath,
                    force ? OverwritePolicy.ALWAYS : PostsExportStep.OWN_POSTS, BlogProgress.NONE);
            Publish.Outcome outcome;
            try {
                outcome = new Publish(access).run(blog, export, Optional.ofNullable(message), !noPush, PublishProgress.NONE);
            } catch (GitException e) {
                if (export.report() != null) {
                    printExport(out, export.report());
                }
                throw new CommandFailure(e.reason().code() == GitMessage.Code.NOT_A_REPOSITORY
                        ? e.getMessage() + " (papernotes export writes the posts without git.)" : e.getMessage(), e);
            } catch (IOException e) {
                throw new CommandFailure(e.getMessage(), e);
            }
            ExportReport report = export.report();
            printExport(out, report);
            if (report.skipped() > 0) {
                out.println("Posts PaperNotes did not write, or that were edited outside it since, were left as they "
                        + "are and not published; --force overwrites them ('papernotes export' shows how they would change).");
            }
            printResult(out, outcome, report);
            return report.failed() > 0 ? PaperNotesCli.FAILURE : 0;
        }
    }

    private static void printExport(PrintWriter out, ExportReport report) {
        for (ExportReport.Entry entry : report.entries()) {
            if (entry.outcome() != ExportReport.Outcome.UNCHANGED) {
                String file = entry.file() == null ? "" : report.postsFolder().relativize(entry.file()).toString();
                out.printf("%-9s %5d  %s%s%n", entry.outcome().name().toLowerCase(Locale.ROOT), entry.paperId(), file,
                        entry.detail() == null ? "" : "  (" + entry.detail().english() + ")");
            }
        }
        out.printf("Exported: %d written, %d unchanged, %d skipped, %d failed.%n", report.written(), report.unchanged(),
                report.skipped(), report.failed());
    }

    private static void printResult(PrintWriter out, Publish.Outcome outcome, ExportReport report) {
        PublishResult result = outcome.result();
        if (result.nothingToPublish()) {
            out.println(report.skipped() + report.failed() > 0 ? "Nothing was published."
                    : "Nothing to publish: the blog already has these posts.");
        } else {
            CommitInfo commit = result.commit().get();
            out.printf("Committed %s: %s (%d file%s)%n", commit.shortId(), commit.subject(), result.committedPaths().size(),
                    result.committedPaths().size() == 1 ? "" : "s");
            if (result.earlierCommits() > 0) {
                out.printf("Also pushed %d earlier local commit%s.%n", result.earlierCommits(),
                        result.earlierCommits() == 1 ? "" : "s");
            }
            if (result.integration() != null) {
                out.println(result.integration() == org.papernotes.git.CheckoutConfig.Integration.REBASE
                        ? "The remote had moved on: rebased onto it." : "The remote had moved on: merged it.");
            }
            out.println(result.pushed() ? "Pushed." : "Not pushed (--no-push).");
            outcome.address().ifPresent(address -> out.println("On the site (once built): " + address));
        }
        if (!result.otherChanges().isEmpty()) {
            out.println("Other changes in the checkout, not committed:");
            for (ChangedFile change : result.otherChanges()) {
                out.printf("  %-11s %s%s%n", change.kind().name().toLowerCase(Locale.ROOT), change.path(),
                        change.staged() ? " (staged)" : "");
            }
        }
    }

    private List<Long> selectedIds(Library opened) {
        if (!selection.ids.isEmpty()) {
            for (long id : selection.ids) {
                opened.papers().get(id); // an unknown id is an error, not a silent skip
            }
            return selection.ids;
        }
        PaperFilter filter = selection.all ? PaperFilter.ALL : PaperFilter.tagged(selection.tag);
        return opened.papers().list(filter).stream().map(PaperSummary::id).toList();
    }
}
