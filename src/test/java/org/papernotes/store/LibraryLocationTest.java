package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryLocationTest {

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(LibraryLocation.defaultLibrary("Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/u"))
                .isEqualTo(Path.of("/data/papernotes/library.db"));
    }

    @Test
    void linuxWithoutXdgUsesLocalShare() {
        assertThat(LibraryLocation.defaultLibrary("Linux", Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/papernotes/library.db"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(LibraryLocation.defaultLibrary("Mac OS X", Map.of(), "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/PaperNotes/library.db"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(LibraryLocation.defaultLibrary("Windows 11", Map.of("APPDATA", "/appdata"), "/home/u"))
                .isEqualTo(Path.of("/appdata/PaperNotes/library.db"));
    }
}
