package org.papernotes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.model.Paper;

class DamagedLibraryTest {

    @TempDir
    Path dir;

    static Path damagedLibrary(Path dir) throws Exception {
        return DamagedLibraryTestSupport.damagedLibrary(dir);
    }

    @Test
    void damagedLibraryOpensReadOnlyAndRefusesWrites() throws Exception {
        Path file = damagedLibrary(dir);
        try (Library library = Library.open(file)) {
            assertThat(library.damage()).contains("damaged").contains("read-only");
            assertThatThrownBy(() -> library.papers().insert(Paper.titled("new")))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("damaged");
        }
    }

    @Test
    void integrityCheckReportsTheDamage() throws Exception {
        Path file = damagedLibrary(dir);
        try (Library library = Library.open(file, Library.Check.LATER)) {
            assertThat(library.integrityCheck().ok()).isFalse();
        }
    }

    @Test
    void healthyLibraryPassesBothChecks() {
        try (Library library = Library.open(dir.resolve("fine.db"))) {
            library.papers().insert(Paper.titled("x"));
            assertThat(library.quickCheck().ok()).isTrue();
            assertThat(library.integrityCheck().ok()).isTrue();
            assertThat(library.damage()).isNull();
        }
    }

    @Test
    void salvageSavesEveryReadablePaperIntoAHealthyNewLibrary() throws Exception {
        Path file = damagedLibrary(dir);
        Salvage.Result result;
        try (Library library = Library.open(file)) {
            result = Salvage.into(library, Salvage.targetBeside(file));
        }
        assertThat(result.saved()).isGreaterThan(100);
        assertThat(result.saved() + result.lost()).isLessThanOrEqualTo(1200);
        try (Library saved = Library.open(result.file())) {
            assertThat(saved.integrityCheck().ok()).isTrue();
            assertThat(saved.papers().count()).isEqualTo(result.saved());
        }
    }
}
