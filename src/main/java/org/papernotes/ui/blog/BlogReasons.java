package org.papernotes.ui.blog;

import org.papernotes.blog.BlogMessage;
import org.papernotes.blog.ExportReport;
import org.papernotes.blog.ImportReport;
import org.papernotes.ui.common.Messages;

/**
 * The blog package's reasons and warnings ({@link BlogMessage}) in the interface's language, and the report lines
 * of export and import built from them. Each code has the key {@code blog.reason.CODE} in the message bundles.
 */
public final class BlogReasons {

    private BlogReasons() {
    }

    /** The bundle key of a code. */
    public static String key(BlogMessage.Code code) {
        return "blog.reason." + code.name();
    }

    /** The reason in the language of {@code messages}. */
    public static String text(Messages messages, BlogMessage reason) {
        return messages.format(key(reason.code()), reason.args().toArray());
    }

    /** One line of the export report: outcome, title, file, and on a second line why (or what else happened). */
    public static String exportLine(Messages messages, ExportReport.Entry entry) {
        StringBuilder text = new StringBuilder(messages.format("export.entry",
                messages.get("export.outcome." + entry.outcome().name().toLowerCase(java.util.Locale.ROOT)),
                entry.title(), entry.file() == null ? "" : entry.file().getFileName().toString()));
        if (entry.detail() != null) {
            text.append("\n    ").append(text(messages, entry.detail()));
        }
        return text.toString();
    }

    /** The lines about a post's images that the report shows under it: those written and those skipped, with why. */
    public static String imageLines(Messages messages, ExportReport report, long paperId) {
        StringBuilder text = new StringBuilder();
        for (ExportReport.ImageEntry image : report.images()) {
            if (image.paperId() != paperId || image.outcome() == ExportReport.ImageOutcome.UNCHANGED) {
                continue;
            }
            text.append('\n').append(image.outcome() == ExportReport.ImageOutcome.WRITTEN
                    ? messages.format("export.image.written", image.path())
                    : messages.format("export.image.skipped", image.path(),
                            image.detail() == null ? "" : text(messages, image.detail())));
        }
        return text.toString();
    }

    /** The summary of a report's images, or "" when its posts have none. */
    public static String imagesSummary(Messages messages, ExportReport report) {
        return report.images().isEmpty() ? "" : messages.format("export.images.summary",
                report.imageCount(ExportReport.ImageOutcome.WRITTEN), report.imageCount(ExportReport.ImageOutcome.UNCHANGED),
                report.imageCount(ExportReport.ImageOutcome.SKIPPED));
    }

    /** One line of the import report: outcome, title or why the file failed, then what was read generously. */
    public static String importLine(Messages messages, ImportReport.Entry entry) {
        String outcome = messages.get("import.outcome." + entry.outcome().name().toLowerCase(java.util.Locale.ROOT));
        String file = entry.file() == null ? "" : entry.file().getFileName().toString();
        StringBuilder text = new StringBuilder(entry.problem() != null
                ? messages.format("import.entry.failed", outcome, file, text(messages, entry.problem()))
                : messages.format("import.entry", outcome, entry.title(), file));
        for (BlogMessage warning : entry.warnings()) {
            text.append('\n').append(messages.format("import.warning", text(messages, warning)));
        }
        return text.toString();
    }
}
