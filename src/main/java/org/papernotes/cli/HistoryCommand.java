package org.papernotes.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.papernotes.model.PaperVersion;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List the versions of a paper, newest first: number, time, why it was kept, what changed.",
                "'papernotes show ID --version N' prints one; 'papernotes restore ID N' brings it back."})
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The paper's id (see 'papernotes list').")
    long id;

    @Override
    public Integer call() {
        List<PaperVersion> versions;
        String title;
        try (Library opened = library.openExisting()) {
            title = opened.papers().get(id).title();
            versions = opened.versions().list(id);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(TerminalText.line(title));
        if (versions.isEmpty()) {
            out.println("No versions yet: one is kept when an edit follows a pause of a few minutes.");
        }
        for (PaperVersion version : versions) {
            out.printf("%5d  %s  %-18s %s%n", version.number(),
                    TIME.format(version.createdAt().atZone(ZoneId.systemDefault())), reason(version), changes(version));
        }
        return 0;
    }

    static String reason(PaperVersion version) {
        return switch (version.reason()) {
            case EDIT -> "edit";
            case BEFORE_IMPORT -> "before import";
            case BEFORE_RESTORE -> "before restore";
            case RESTORED -> "restored " + version.restoredFrom();
            case BEFORE_REPLACE_ALL -> "before replace all";
            case BEFORE_TAG_MERGE -> "before tag merge";
            case OTHER_PROGRAM -> "other program";
            case BEFORE_SYNC_MERGE -> "before sync merge";
        };
    }

    static String changes(PaperVersion version) {
        StringBuilder text = new StringBuilder();
        for (String field : version.changedFields()) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(field.equals("note") ? "note +" + version.charsAdded() + " -" + version.charsRemoved() : field);
        }
        return text.length() == 0 ? (version.changedFields().isEmpty() ? "first version" : "") : text.toString();
    }
}
