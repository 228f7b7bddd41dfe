package org.papernotes.cli;

import java.util.concurrent.Callable;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the library's papers (if search ever misses what is there).")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int papers;
        long started = System.nanoTime();
        try (Library opened = library.open()) {
            papers = opened.searchIndex().reindex();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        spec.commandLine().getOut().printf("Indexed %d paper%s in %d ms.%n", papers, papers == 1 ? "" : "s", millis);
        return 0;
    }
}
