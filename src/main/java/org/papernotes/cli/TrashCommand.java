package org.papernotes.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.papernotes.model.TrashedPaper;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "trash", mixinStandardHelpOptions = true,
        description = "List deleted papers; restore them, or empty the trash for good (asks for --yes).")
final class TrashCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Option(names = "--restore", paramLabel = "TRASH-ID", split = ",", description = "Put these papers back.")
    List<Long> restore = new ArrayList<>();

    @Option(names = "--empty", description = "Remove everything in the trash for good.")
    boolean empty;

    @Option(names = "--yes", description = "Confirms --empty.")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Library opened = library.openExisting()) {
            if (!restore.isEmpty()) {
                List<Long> ids = opened.trash().restore(restore);
                out.println("Restored " + ids.size() + " paper" + (ids.size() == 1 ? "" : "s") + ": ids " + ids);
                return 0;
            }
            if (empty) {
                if (!yes) {
                    throw new CommandFailure("Emptying the trash removes its " + opened.trash().count()
                            + " papers for good; add --yes to do it.");
                }
                int removed = opened.trash().empty();
                out.println("Removed " + removed + " paper" + (removed == 1 ? "" : "s") + " for good.");
                return 0;
            }
            for (TrashedPaper paper : opened.trash().list()) {
                out.printf("%5d  %s  %s (was %d)%n", paper.trashId(),
                        TIME.format(paper.deletedAt().atZone(ZoneId.systemDefault())), TerminalText.line(paper.title()),
                        paper.paperId());
            }
        }
        return 0;
    }
}
