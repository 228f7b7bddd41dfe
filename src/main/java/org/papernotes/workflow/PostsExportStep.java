package org.papernotes.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.store.Library;

/**
 * The export as the step of a publish: {@link ExportPosts}, with the files it wrote and removed, which are exactly
 * what the publish commits.
 */
public final class PostsExportStep implements ExportStep {

    /**
     * What a publish overwrites without asking: a post PaperNotes wrote whose paper changed (publishing it is what
     * the user asked for, and the commit keeps the old text); never a file written or edited outside PaperNotes.
     */
    public static final OverwritePolicy OWN_POSTS = (paper, file, conflict, diff) ->
            conflict == OverwritePolicy.Conflict.WOULD_CHANGE;

    private final Library library;
    private final Collection<Long> paperIds;
    private final Path blogFolder;
    private final boolean fixMath;
    private final OverwritePolicy policy;
    private final BlogProgress progress;
    private ExportReport report;

    public PostsExportStep(Library library, Collection<Long> paperIds, Path blogFolder, boolean fixMath,
                           OverwritePolicy policy, BlogProgress progress) {
        this.library = library;
        this.paperIds = List.copyOf(paperIds);
        this.blogFolder = blogFolder;
        this.fixMath = fixMath;
        this.policy = policy;
        this.progress = progress;
    }

    @Override
    public ExportedFiles run() throws IOException {
        report = new ExportPosts(library).export(paperIds, blogFolder, fixMath, policy, progress);
        List<String> paths = new ArrayList<>(report.writtenFiles());
        paths.addAll(report.removedFiles());
        List<String> titles = report.entries().stream()
                .filter(entry -> entry.outcome() == ExportReport.Outcome.WRITTEN)
                .map(ExportReport.Entry::title)
                .toList();
        Map<String, String> unchanged = new LinkedHashMap<>();
        for (ExportReport.Entry entry : report.entries()) {
            if (entry.outcome() == ExportReport.Outcome.UNCHANGED && entry.file() != null
                    && entry.file().startsWith(report.blogFolder())) {
                unchanged.put(report.blogFolder().relativize(entry.file()).toString().replace('\\', '/'), entry.title());
            }
        }
        return new ExportedFiles(paths, titles, unchanged);
    }

    /** The export's report, once {@link #run()} ran (null before). */
    public ExportReport report() {
        return report;
    }
}
