package org.papernotes.ui.bibliography;

import org.papernotes.bibliography.LookupException;
import org.papernotes.ui.common.Messages;
import org.papernotes.workflow.AddPapers;

/** What "Add papers from…" says about an input, in the interface's language, from the workflow's codes. */
final class AddPapersText {

    private AddPapersText() {
    }

    /** Why an input gave no paper. */
    static String problem(Messages messages, AddPapers.Problem problem) {
        String source = problem.source();
        return switch (problem.code()) {
            case NOTHING_TO_ADD -> messages.get("add.problem.nothing");
            case NOT_AN_INPUT -> messages.format("add.problem.notAnInput", source);
            case UNREADABLE_FILE -> messages.format("add.problem.unreadable", source);
            case BIBTEX_ENTRY -> messages.format("add.problem.bibtex", problem.origin(), problem.line(), problem.message());
            case PDF_UNREADABLE -> messages.format("add.problem.pdfUnreadable", source, problem.message());
            case PDF_NOTHING_FOUND -> messages.format("add.problem.pdfNothing", source);
            case CANCELLED -> messages.format("add.problem.cancelled", source);
            case LOOKUP_FAILED -> messages.format("add.problem.lookup." + reason(problem.reason()), source);
            default -> source.isEmpty() ? problem.message() : source + ": " + problem.message();
        };
    }

    /** What the user should know of a paper found: it has only what its input says. Empty without a note. */
    static String note(Messages messages, FoundPaper paper) {
        if (paper.noteCode() == null) {
            return "";
        }
        return switch (paper.noteCode()) {
            case LOOKUP_FAILED -> messages.format("add.note.lookup." + reason(paper.noteReason()), paper.source());
            case PDF_METADATA_ONLY -> messages.format("add.note.pdfMetadata", paper.source());
            default -> paper.note() == null ? "" : paper.note();
        };
    }

    private static String reason(LookupException.Reason reason) {
        return reason == null ? "OTHER" : reason.name();
    }
}
