package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void everyScriptInTheFolderIsListedInOrder() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("notes-db/migrations"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList())
                    .isEqualTo(Migrations.SCRIPTS);
        }
        for (int i = 0; i < Migrations.SCRIPTS.size(); i++) {
            assertThat(Migrations.SCRIPTS.get(i)).startsWith(String.format("%03d_", i + 1));
            assertThat(Migrations.script(i + 1)).isNotBlank();
        }
    }

    @Test
    void statementsAreSplitAtLineEndSemicolonsButNotInsideTriggers() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE a (x);
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                  INSERT INTO b VALUES (1);
                  DELETE FROM c;
                END;
                INSERT INTO a VALUES ('x;y');
                """;
        assertThat(Migrations.statements(script)).hasSize(3)
                .satisfies(list -> assertThat(list.get(1)).contains("DELETE FROM c;").endsWith("END;"));
    }
}
