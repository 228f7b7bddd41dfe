package org.papernotes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.papernotes.store.Backups;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent copy of the library: to DEST (a new file, or a folder), or into the",
                "library's backup folder, where 7 daily and 4 weekly backups are kept."})
final class BackupCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DEST", arity = "0..1", description = "A new file or an existing folder.")
    Path destination;

    @Option(names = "--list", description = "List the backups in the backup folder instead.")
    boolean list;

    @Option(names = "--folder", paramLabel = "DIR", description = "Keep this library's backups in DIR from now on.")
    Path folder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Library opened = library.openExisting()) {
            Backups backups = new Backups(opened);
            if (folder != null) {
                backups.setFolder(folder);
                out.println("Backups of this library go to " + backups.folder() + ".");
                if (!list && destination == null) {
                    return 0;
                }
            }
            if (list) {
                out.println(backups.folder() + ":");
                for (Backups.Backup backup : backups.list()) {
                    out.printf("  %s  %6s papers  %s%n", TIME.format(backup.createdAt().atZone(ZoneId.systemDefault())),
                            backup.papers() < 0 ? "?" : Integer.toString(backup.papers()), backup.file().getFileName());
                }
                return 0;
            }
            Path written = destination == null ? backups.backUpNow() : backups.backUpTo(destination);
            out.println("Backed up to " + written);
        }
        return 0;
    }
}
