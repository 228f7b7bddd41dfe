package org.papernotes.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Move papers to the trash ('papernotes trash' lists and restores them).")
final class DeleteCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "The papers' ids.")
    List<Long> ids;

    @Override
    public Integer call() {
        try (Library opened = library.openExisting()) {
            int moved = opened.trash().moveToTrash(ids).size();
            spec.commandLine().getOut().println("Moved " + moved + " paper" + (moved == 1 ? "" : "s") + " to the trash.");
        }
        return 0;
    }
}
