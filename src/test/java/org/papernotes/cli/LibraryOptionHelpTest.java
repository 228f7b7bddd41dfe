package org.papernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.papernotes.store.LibraryLocation;

/** {@code --help} tells where the default library is on this system. */
class LibraryOptionHelpTest {

    @Test
    void helpShowsTheDefaultLibrarysPath() {
        CliRunner.Result result = CliRunner.run("list", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().map(String::strip)).contains(LibraryLocation.defaultLibrary().toString());
        assertThat(result.out())
                .doesNotContain("__default__");
    }

    @Test
    void everyCommandsHelpShowsIt() {
        for (String command : new String[] {"new", "show", "search", "tags", "stats", "import", "export", "reindex"}) {
            assertThat(CliRunner.run(command, "--help").out().lines().map(String::strip)).as(command)
                    .contains(LibraryLocation.defaultLibrary().toString());
        }
    }
}
