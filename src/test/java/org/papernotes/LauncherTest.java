package org.papernotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void noArgumentsOpensTheWindowOnTheDefaultLibrary() {
        assertThat(Launcher.windowLibrary(new String[0])).contains(Optional.empty());
    }

    @Test
    void onlyALibraryOpensTheWindowOnIt() {
        assertThat(Launcher.windowLibrary(new String[] {"--library", "/tmp/x.db"})).contains(Optional.of(Path.of("/tmp/x.db")));
        assertThat(Launcher.windowLibrary(new String[] {"--library=/tmp/y.db"})).contains(Optional.of(Path.of("/tmp/y.db")));
    }

    @Test
    void aCommandRunsTheCommandLine() {
        assertThat(Launcher.windowLibrary(new String[] {"list"})).isEmpty();
        assertThat(Launcher.windowLibrary(new String[] {"--version"})).isEmpty();
        assertThat(Launcher.windowLibrary(new String[] {"--library", "/tmp/x.db", "list"})).isEmpty();
    }
}
