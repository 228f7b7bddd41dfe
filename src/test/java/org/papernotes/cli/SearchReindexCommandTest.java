package org.papernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperFilter;
import org.papernotes.store.Library;

class SearchReindexCommandTest {

    @TempDir
    Path dir;

    @Test
    void reindexRestoresAnIndexThatLostRows() throws Exception {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            library.papers().insert(Paper.titled("A").withNote("反学习的遗忘方法"));
            library.papers().insert(Paper.titled("B").withNote("遗忘曲线"));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM search_index WHERE rowid = 2");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = PaperNotesCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("reindex", "--library", file.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Indexed 2 papers in ");
        try (Library library = Library.open(file)) {
            assertThat(library.searchIndex().search("遗忘", PaperFilter.ALL, 10)).hasSize(2);
        }
    }

    @Test
    void reindexOfAMissingFolderFailsWithOneLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path folder = dir.resolve("folder");
        folder.toFile().mkdirs();

        int code = PaperNotesCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("reindex", "--library", folder.toString());

        assertThat(code).isEqualTo(PaperNotesCli.FAILURE);
        assertThat(err.toString().strip()).isEqualTo("papernotes: " + folder.toAbsolutePath() + " is a folder, not a library file.");
    }
}
