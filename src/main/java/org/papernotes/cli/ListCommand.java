package org.papernotes.cli;

import com.google.gson.JsonArray;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.PaperSummary;
import org.papernotes.model.ReadingStatus;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List papers, most recently updated first.")
final class ListCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only papers with this tag; repeat to require several.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--status", paramLabel = "STATUS", description = "Only papers with this reading status.")
    String status;

    @Option(names = "--untagged", description = "Only papers without tags.")
    boolean untagged;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        Set<ReadingStatus> statuses = status == null ? Set.of() : Set.of(ReadingStatus.parse(status)
                .orElseThrow(() -> new CommandFailure("Unknown status \"" + status + "\"; use to-read, reading or read.")));
        List<PaperSummary> papers;
        try (Library opened = library.openExisting()) {
            papers = opened.papers().list(new PaperFilter(tags, untagged, statuses));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonArray array = new JsonArray();
            papers.forEach(p -> array.add(Json.summary(p)));
            out.println(Json.write(array));
        } else {
            papers.forEach(p -> out.println(line(p)));
        }
        return 0;
    }

    static String line(PaperSummary paper) {
        String tags = paper.tags().isEmpty() ? "" : "  [" + TerminalText.line(String.join(", ", paper.tags())) + "]";
        return String.format("%5d  %-8s %4s  %s%s", paper.id(), paper.status().key(),
                paper.year() == null ? "" : paper.year(), TerminalText.line(paper.title()), tags);
    }
}
