package org.papernotes.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.papernotes.model.Paper;
import org.papernotes.model.ReadingStatus;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Add a paper to the library and print its id.")
final class NewCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The paper's title.")
    String title;

    @Option(names = "--author", paramLabel = "NAME", description = "An author; repeat in byline order.")
    List<String> authors = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag; repeat for more.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YEAR", description = "Year of publication.")
    Integer year;

    @Option(names = "--venue", paramLabel = "VENUE", description = "Journal or conference.")
    String venue;

    @Option(names = "--status", paramLabel = "STATUS", description = "to-read, reading or read (default: to-read).")
    String status;

    @Option(names = "--body-file", paramLabel = "FILE", description = "The note, as UTF-8 Markdown; - reads standard input.")
    String bodyFile;

    @Override
    public Integer call() {
        if (title.isBlank()) {
            throw new CommandFailure("The title must not be empty.");
        }
        ReadingStatus readingStatus = status == null ? ReadingStatus.TO_READ : ReadingStatus.parse(status)
                .orElseThrow(() -> new CommandFailure("Unknown status \"" + status + "\"; use to-read, reading or read."));
        String note = bodyFile == null ? "" : TextInput.read(bodyFile, System.in);
        Paper paper = Paper.titled(title).withAuthors(authors).withTags(tags).withYear(year).withVenue(venue)
                .withStatus(readingStatus).withNote(note);
        try (Library opened = library.open()) {
            Paper stored = opened.papers().insert(paper);
            spec.commandLine().getOut().println(stored.id());
        }
        return 0;
    }
}
