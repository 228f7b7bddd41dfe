package org.papernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.store.Library;

class ImportCommandTest {

    @TempDir
    Path temp;

    @Test
    void importsAFolderAndReportsFailuresWithReasons() throws Exception {
        Path posts = Files.createDirectories(temp.resolve("blog/_posts"));
        Files.writeString(posts.resolve("2024-01-18-apo.md"), "---\ntitle: APO\ndate: 23-01-18\ntags: a b\n---\n\nText\n");
        Files.writeString(posts.resolve("2024-01-19-bad.md"), "no front matter\n");

        ExportCommandTest.Result result = ExportCommandTest.run("import", "--library", temp.resolve("l.db").toString(),
                temp.resolve("blog").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).contains("imported").contains("2024-01-18-apo.md")
                .contains("warning: the two-digit year")
                .contains("failed").contains("2024-01-19-bad.md").contains("no front matter")
                .contains("Imported 1, updated 0, unchanged 0, failed 1.");
        try (Library library = Library.open(temp.resolve("l.db"))) {
            assertThat(library.papers().count()).isEqualTo(1);
        }
    }

    @Test
    void importingAgainReportsUnchanged() throws Exception {
        Path posts = Files.createDirectories(temp.resolve("blog/_posts"));
        Files.writeString(posts.resolve("2024-01-18-apo.md"), "---\ntitle: APO\ndate: 2024-01-18\n---\n\nText\n");
        String library = temp.resolve("l.db").toString();
        ExportCommandTest.run("import", "--library", library, posts.toString());

        ExportCommandTest.Result again = ExportCommandTest.run("import", "--library", library, posts.toString());

        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Imported 0, updated 0, unchanged 1, failed 0.");
    }
}
