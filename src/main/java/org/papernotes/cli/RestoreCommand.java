package org.papernotes.cli;

import java.util.concurrent.Callable;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Bring back version N of a paper (its fields and note) in place.",
                "What it replaces is kept as a version too, so a restore can itself be undone."})
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The paper's id.")
    long id;

    @Parameters(index = "1", paramLabel = "N", description = "The version (see 'papernotes history ID').")
    int number;

    @Override
    public Integer call() {
        try (Library opened = library.openExisting()) {
            Paper restored = opened.papers().restoreVersion(id, number);
            spec.commandLine().getOut().printf("Restored version %d of paper %d \"%s\"; the text it replaced is kept "
                    + "in its history (papernotes history %d).%n", number, id, TerminalText.line(restored.title()), id);
        }
        return 0;
    }
}
