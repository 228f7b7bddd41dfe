package org.papernotes.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.SearchHit;
import org.papernotes.store.Library;

/** A library written before search existed (schema version 1) gets its index when it is opened. */
class SearchUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void libraryFromBeforeSearchIsIndexedWhenUpgraded() throws Exception {
        Path file = dir.resolve("old.db");
        writeVersionOneLibrary(file);

        try (Library library = Library.open(file)) {
            assertThat(library.schemaVersion()).isGreaterThanOrEqualTo(SearchIndex.SCHEMA_VERSION)
                    .isEqualTo(org.papernotes.store.Migrations.latestVersion());
            assertThat(library.lastBackup()).exists();
            assertThat(library.searchIndex().search("遗忘", PaperFilter.ALL, 10))
                    .extracting(hit -> hit.paper().title()).containsExactly("Machine unlearning");
            assertThat(library.searchIndex().search("隐私", PaperFilter.ALL, 10))
                    .extracting(hit -> hit.paper().title()).containsExactly("Machine unlearning");
            SearchHit hit = library.searchIndex().search("privacy", PaperFilter.ALL, 10).get(0);
            assertThat(hit.paper().title()).isEqualTo("Federated learning");
        }
    }

    private static void writeVersionOneLibrary(Path file) throws Exception {
        String script;
        try (InputStream in = SearchUpgradeTest.class.getResourceAsStream("/org/papernotes/store/migrations/001_init.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            statement.execute("PRAGMA user_version = 1");
            statement.execute("INSERT INTO papers (id, title, created_at, updated_at) VALUES "
                    + "(1, 'Machine unlearning', 0, 0), (2, 'Federated learning', 0, 0)");
            statement.execute("INSERT INTO notes (paper_id, body) VALUES (1, '反学习的遗忘方法'), (2, 'privacy by design')");
            statement.execute("INSERT INTO tags (id, name) VALUES (1, '隐私')");
            statement.execute("INSERT INTO paper_tags (paper_id, tag_id) VALUES (1, 1)");
        }
    }
}
