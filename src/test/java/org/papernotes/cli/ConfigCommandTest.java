package org.papernotes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papernotes.bibliography.LookupSettings;
import org.papernotes.store.Library;

class ConfigCommandTest {

    private static final Map<String, String> NO_VARIABLES = Map.of();

    @TempDir
    Path dir;

    private String library;

    @BeforeEach
    void setUp() {
        library = dir.resolve("l.db").toString();
    }

    private CliRunner.Result config(Map<String, String> environment, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "config";
        all[1] = "--library";
        all[2] = library;
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRunner.runWithEnvironment(environment, all);
    }

    private String saved(String key) {
        try (Library opened = Library.open(Path.of(library))) {
            return opened.settings().get(key).orElse(null);
        }
    }

    @Test
    void anArxivMirrorIsStoredInTheLibrary() {
        CliRunner.Result result = config(NO_VARIABLES, "lookup.arxivUrl", "https://arxiv.mirror.example/api/query");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(saved(LookupSettings.ARXIV_URL_SETTING)).isEqualTo("https://arxiv.mirror.example/api/query");
        assertThat(config(NO_VARIABLES, "lookup.arxivUrl").out()).isEqualTo("https://arxiv.mirror.example/api/query\n");
    }

    @Test
    void aDoiResolverWithoutTheFinalSlashIsStoredWithItAndTheUserIsTold() {
        CliRunner.Result result = config(NO_VARIABLES, "lookup.doiUrl", "https://doi.mirror.example/resolve");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEqualTo("papernotes: lookup.doiUrl set to https://doi.mirror.example/resolve/\n");
        assertThat(saved(LookupSettings.DOI_URL_SETTING)).isEqualTo("https://doi.mirror.example/resolve/");
    }

    @Test
    void aValueThatIsNoHttpUrlIsRefusedAndNothingIsStored() {
        config(NO_VARIABLES, "lookup.doiUrl", "https://doi.mirror.example/");

        CliRunner.Result result = config(NO_VARIABLES, "lookup.doiUrl", "ftp://doi.mirror.example/");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("papernotes: lookup.doiUrl is not an http(s) URL: ftp://doi.mirror.example/\n");
        assertThat(saved(LookupSettings.DOI_URL_SETTING)).isEqualTo("https://doi.mirror.example/");
    }

    @Test
    void anUnknownKeyIsAUsageErrorNamingTheKnownOnes() {
        CliRunner.Result result = config(NO_VARIABLES, "lookup.doiURL", "https://x.example/");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("No setting 'lookup.doiURL'").contains("lookup.doiUrl, lookup.arxivUrl");
    }

    @Test
    void theListSaysWhereEachValueComesFrom() {
        config(NO_VARIABLES, "lookup.doiUrl", "https://doi.mirror.example/");

        CliRunner.Result result = config(Map.of(LookupSettings.ARXIV_URL_VARIABLE, "http://127.0.0.1:9/api/query"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                lookup.doiUrl    https://doi.mirror.example/  (this library)
                lookup.arxivUrl  http://127.0.0.1:9/api/query  (from $PAPERNOTES_ARXIV_URL)
                """);
    }

    @Test
    void theVariableComesBeforeTheSettingAndSettingOneSaysSo() {
        Map<String, String> variable = Map.of(LookupSettings.DOI_URL_VARIABLE, "http://127.0.0.1:9/doi/");

        CliRunner.Result set = config(variable, "lookup.doiUrl", "https://doi.mirror.example/");

        assertThat(set.exitCode()).isZero();
        assertThat(set.err()).contains("$PAPERNOTES_DOI_URL is set (http://127.0.0.1:9/doi/) and comes first");
        assertThat(config(variable, "lookup.doiUrl").out()).isEqualTo("http://127.0.0.1:9/doi/\n");
        assertThat(config(NO_VARIABLES, "lookup.doiUrl").out()).isEqualTo("https://doi.mirror.example/\n");
    }

    @Test
    void unsetGoesBackToTheDefault() {
        config(NO_VARIABLES, "lookup.arxivUrl", "https://arxiv.mirror.example/api/query");

        CliRunner.Result result = config(NO_VARIABLES, "--unset", "lookup.arxivUrl");

        assertThat(result.exitCode()).isZero();
        assertThat(config(NO_VARIABLES, "lookup.arxivUrl").out()).isEqualTo("https://export.arxiv.org/api/query\n");
        assertThat(config(NO_VARIABLES).out()).contains("lookup.arxivUrl  https://export.arxiv.org/api/query  (default)");
    }

    @Test
    void readingTheSettingsOfNoLibraryCreatesNone() {
        CliRunner.Result result = config(NO_VARIABLES);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("lookup.doiUrl    https://doi.org/  (default)");
        assertThat(Files.exists(Path.of(library))).isFalse();
    }
}
