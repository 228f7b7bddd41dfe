package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;

/** Crashes, two writers on one paper and a full disk, with real processes and a real file system. */
class FaultToleranceTest {

    @TempDir
    Path dir;

    @Test
    void killingAWriterMidWayLosesNoAcknowledgedSave() throws Exception {
        Path file = dir.resolve("killed.db");
        Library.open(file).close();
        List<String> acknowledged = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            Process writer = child(SaveWriter.class, file.toString(), "round" + round);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                int wanted = 20 + round * 15; // each round is killed at another point
                int seen = 0;
                String line;
                while (seen < wanted && (line = out.readLine()) != null) {
                    if (line.startsWith("saved ")) {
                        acknowledged.add(line.substring("saved ".length()));
                        seen++;
                    }
                }
                writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-transaction
                assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        try (Library library = Library.open(file)) {
            assertThat(library.integrityCheck().ok()).isTrue();
            List<String> notes = library.papers().findAll(org.papernotes.model.PaperFilter.ALL).stream()
                    .map(Paper::note).toList();
            for (String saved : acknowledged) {
                String[] parts = saved.split(" ", 2); // "id note"
                assertThat(library.papers().get(Long.parseLong(parts[0])).note()).startsWith(parts[1]);
            }
            assertThat(notes).isNotEmpty();
        }
    }

    @Test
    void twoProcessesSavingTheSamePaperKeepBothTexts() throws Exception {
        Path file = dir.resolve("shared.db");
        long id;
        java.time.Instant basedOn;
        try (Library library = Library.open(file)) {
            id = library.papers().insert(Paper.titled("Shared").withNote("the note both opened")).id();
            basedOn = library.papers().get(id).updatedAt();
        }
        Process other = child(NoteWriter.class, file.toString(), Long.toString(id), "the other program's text");
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(other.exitValue()).isZero();
        try (Library library = Library.open(file)) {
            PaperRepository.SaveResult result = library.papers().saveNote(id, "this window's text", basedOn);

            assertThat(result.conflicted()).isTrue();
            assertThat(library.papers().get(id).note()).isEqualTo("this window's text");
            assertThat(library.versions().noteAt(id, result.otherProgramVersion())).isEqualTo("the other program's text");
        }
    }

    @Test
    void aFullDiskIsReportedInOneLineAndLosesNothingStored() throws Exception {
        Path mount = dir.resolve("small");
        Files.createDirectories(mount);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString()),
                "a small file system cannot be mounted here (needs root and mount); skipped");
        try {
            Path file = mount.resolve("library.db");
            List<Long> stored = new ArrayList<>();
            String failure = null;
            try (Library library = Library.open(file)) {
                String big = "x".repeat(100_000);
                for (int i = 0; i < 100 && failure == null; i++) {
                    try {
                        stored.add(library.papers().insert(Paper.titled("paper " + i).withNote(big + i)).id());
                    } catch (LibraryException e) {
                        failure = e.getMessage();
                    }
                }
            } catch (LibraryException e) {
                failure = failure == null ? e.getMessage() : failure;
            }
            assertThat(failure).contains("full").doesNotContain("\n");
            assertThat(stored).isNotEmpty();
            Path copy = dir.resolve("copy.db");
            Files.copy(file, copy);
            Path wal = mount.resolve("library.db-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, dir.resolve("copy.db-wal"));
            }
            try (Library library = Library.open(copy)) {
                assertThat(library.papers().count()).isEqualTo(stored.size());
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private Process child(Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(dir.resolve(main.getSimpleName() + ".err").toFile()).start();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }

    /** A child process that saves notes without end, printing each save once it returned. */
    public static final class SaveWriter {
        public static void main(String[] args) {
            try (Library library = Library.open(Path.of(args[0]))) {
                for (int i = 0; ; i++) {
                    long id = library.papers().insert(Paper.titled(args[1] + " " + i)).id();
                    String note = args[1] + " " + i + " " + "text ".repeat(200);
                    library.papers().saveNote(id, note);
                    System.out.println("saved " + id + " " + args[1] + " " + i);
                    System.out.flush();
                }
            }
        }
    }

    /** A child process that stores one note, as the CLI would. */
    public static final class NoteWriter {
        public static void main(String[] args) {
            try (Library library = Library.open(Path.of(args[0]))) {
                library.papers().saveNote(Long.parseLong(args[1]), args[2]);
            }
        }
    }
}
