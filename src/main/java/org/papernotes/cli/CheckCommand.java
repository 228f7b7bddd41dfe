package org.papernotes.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.papernotes.store.Library;
import org.papernotes.store.LibraryCheck;
import org.papernotes.store.Salvage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the whole library file (SQLite's integrity_check); exits 1 if it is damaged.",
                "With --salvage, copies every paper that can still be read into a new library file."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Option(names = "--salvage", description = "Save every readable paper into a new file beside the library.")
    boolean salvage;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Library opened = library.openUnchecked()) {
            LibraryCheck check = opened.integrityCheck();
            if (check.ok()) {
                out.printf("%s: ok (%d papers, checked in %d ms).%n", opened.file(), opened.papers().count(),
                        check.took().toMillis());
            } else {
                out.printf("%s is damaged:%n", opened.file());
                check.problems().stream().limit(10).forEach(problem -> out.println("  " + TerminalText.line(problem)));
            }
            if (salvage) {
                Salvage.Result result = Salvage.into(opened, Salvage.targetBeside(opened.file()));
                out.printf("Saved %d papers into %s%s.%n", result.saved(), result.file(),
                        result.lost() == 0 ? "" : "; " + result.lost() + " could not be read");
            } else if (!check.ok()) {
                out.println("Restore the latest backup (papernotes backup --list), or run papernotes check --salvage.");
            }
            return check.ok() ? 0 : PaperNotesCli.FAILURE;
        }
    }
}
