package org.papernotes.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.papernotes.model.LibraryStats;
import org.papernotes.model.ReadingStatus;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print counts for the library.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LibraryStats stats;
        String file;
        try (Library opened = library.openExisting()) {
            stats = opened.stats();
            file = opened.file().toString();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Library:    %s%n", file);
        out.printf("Papers:     %d%n", stats.papers());
        for (ReadingStatus status : ReadingStatus.values()) {
            out.printf("  %-9s %d%n", status.key() + ":", stats.byStatus().getOrDefault(status, 0));
        }
        out.printf("Tags:       %d%n", stats.tags());
        out.printf("Note text:  %d characters%n", stats.noteCharacters());
        out.printf("Published:  %d%n", stats.published());
        out.printf("Schema:     version %d%n", stats.schemaVersion());
        out.printf("File size:  %d bytes%n", stats.fileBytes());
        return 0;
    }
}
