package org.papernotes.bibliography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LookupSettingsTest {

    @Test
    void theVariableComesBeforeTheSavedSettingWhichComesBeforeTheDefault() {
        Map<String, String> variables = Map.of(LookupSettings.ARXIV_URL_VARIABLE, "http://127.0.0.1:9/api/query");
        LookupSettings settings = LookupSettings.from(variables, Optional.of("https://doi.mirror.example/"),
                Optional.of("https://arxiv.mirror.example/api/query"), "1");
        assertThat(settings.arxivBase()).isEqualTo(URI.create("http://127.0.0.1:9/api/query"));
        assertThat(settings.doiBase()).isEqualTo(URI.create("https://doi.mirror.example/"));
        assertThat(LookupSettings.from(Map.of(), Optional.empty(), Optional.empty(), "1").doiBase())
                .isEqualTo(LookupSettings.DEFAULT_DOI_BASE);
    }

    @Test
    void aBlankVariableOrSettingIsAsIfUnset() {
        LookupSettings settings = LookupSettings.from(Map.of(LookupSettings.DOI_URL_VARIABLE, " "), Optional.of(""),
                Optional.of(""), "1");
        assertThat(settings.doiBase()).isEqualTo(LookupSettings.DEFAULT_DOI_BASE);
        assertThat(settings.arxivBase()).isEqualTo(LookupSettings.DEFAULT_ARXIV_BASE);
    }

    @Test
    void aDoiResolverWithoutTheFinalSlashKeepsItsPath() {
        URI base = LookupSettings.doiBase("https://doi.mirror.example/resolve", "x");
        assertThat(base).isEqualTo(URI.create("https://doi.mirror.example/resolve/"));
        assertThat(base.resolve("10.1021/ja01577a030").toString())
                .isEqualTo("https://doi.mirror.example/resolve/10.1021/ja01577a030");
        assertThat(LookupSettings.doiBase("http://127.0.0.1:8080", "x")).isEqualTo(URI.create("http://127.0.0.1:8080/"));
    }

    @Test
    void anArxivUrlWithAQueryIsRefused() {
        assertThatThrownBy(() -> LookupSettings.arxivBase("https://arxiv.mirror.example/api/query?x=1", "lookup.arxivUrl"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lookup.arxivUrl must not have a query");
    }

    @Test
    void somethingThatIsNoHttpUrlIsRefusedByName() {
        for (String text : new String[] {"ftp://x.example/", "doi.org", "https://", "http://exa mple.org/", ""}) {
            assertThatThrownBy(() -> LookupSettings.doiBase(text, "lookup.doiUrl")).as(text)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lookup.doiUrl is not an http(s) URL");
        }
    }
}
