package org.papernotes.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.papernotes.blog.BlogExporter;
import org.papernotes.blog.BlogFolder;
import org.papernotes.blog.BlogMessage;
import org.papernotes.blog.BlogProgress;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.store.Library;

/**
 * The export as the step of a publish: today's {@link BlogExporter}, the posts it wrote and the old files it
 * removed when a post moved. The one place that knows which exporter runs, so that moving to the export use case
 * (whose report lists the written and removed files itself) changes only this class.
 */
public final class BlogExporterStep implements ExportStep {

    private final Library library;
    private final Collection<Long> paperIds;
    private final Path blogFolder;
    private final OverwritePolicy policy;
    private final BlogProgress progress;
    private ExportReport report;

    public BlogExporterStep(Library library, Collection<Long> paperIds, Path blogFolder, OverwritePolicy policy,
                            BlogProgress progress) {
        this.library = library;
        this.paperIds = List.copyOf(paperIds);
        this.blogFolder = BlogFolder.blogFolder(blogFolder);
        this.policy = policy;
        this.progress = progress;
    }

    @Override
    public ExportedFiles run() throws IOException {
        report = new BlogExporter(library).export(paperIds, blogFolder, policy, progress);
        Path root = blogFolder.toRealPath();
        List<String> paths = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (ExportReport.Entry entry : report.entries()) {
            if (entry.outcome() != ExportReport.Outcome.WRITTEN || entry.file() == null) {
                continue;
            }
            paths.add(root.relativize(entry.file().toRealPath()).toString().replace('\\', '/'));
            titles.add(entry.title());
            BlogMessage detail = entry.detail();
            if (detail != null && detail.code() == BlogMessage.Code.REPLACES_OLD_FILE) {
                paths.add(detail.args().get(0));
            }
        }
        return new ExportedFiles(paths, titles);
    }

    /** The export's report, once {@link #run()} ran (null before). */
    public ExportReport report() {
        return report;
    }
}
