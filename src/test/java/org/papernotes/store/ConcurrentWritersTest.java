package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;

class ConcurrentWritersTest {

    private static final int PER_WRITER = 150;

    @TempDir
    Path dir;

    @Test
    void twoProcessesWritingTheSameLibraryLoseNothing() throws Exception {
        Path file = dir.resolve("shared.db");
        Library.open(file).close();
        List<Process> processes = new ArrayList<>();
        for (String name : List.of("alpha", "beta")) {
            processes.add(new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    ConcurrentWriter.class.getName(), file.toString(), name, Integer.toString(PER_WRITER))
                    .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start());
        }
        // This process writes at the same time, through its own connection.
        try (Library library = Library.open(file)) {
            for (int i = 0; i < PER_WRITER; i++) {
                library.papers().insert(Paper.titled("gamma " + i));
            }
        }
        for (Process process : processes) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        }
        try (Library library = Library.open(file)) {
            var papers = library.papers().findAll(PaperFilter.ALL);
            assertThat(papers).hasSize(3 * PER_WRITER);
            assertThat(papers.stream().filter(p -> p.title().startsWith("alpha")).allMatch(p -> p.note().startsWith("alpha note")))
                    .isTrue();
        }
    }

    @Test
    void writerWaitsForAnotherWritersLockInsteadOfFailing() throws Exception {
        Path file = dir.resolve("locked.db");
        Library.open(file).close();
        try (var blocker = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             Library library = Library.open(file)) {
            var statement = blocker.createStatement();
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')");
            Thread committer = new Thread(() -> {
                try {
                    Thread.sleep(500);
                    statement.execute("COMMIT");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            committer.start();
            library.papers().insert(Paper.titled("waited"));
            committer.join();
            assertThat(library.papers().count()).isEqualTo(1);
            assertThat(library.settings().get("held")).contains("yes");
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
