package org.papernotes.bibliography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

    @ParameterizedTest
    @CsvSource({
        "10.1145/3366423.3380142, 10.1145/3366423.3380142",
        "doi:10.1021/ja01577a030, 10.1021/ja01577a030",
        "https://doi.org/10.1101/2021.08.15.21262067, 10.1101/2021.08.15.21262067",
        "https://doi.org/10.1146%2Fannurev-statistics-031017-100045, 10.1146/annurev-statistics-031017-100045",
        "'  10.5281/zenodo.8242099  ', 10.5281/zenodo.8242099"})
    void doisAreReadBareOrAsUrls(String text, String doi) {
        assertThat(Identifier.parse(text)).contains(new Identifier.Doi(doi));
    }

    @ParameterizedTest
    @CsvSource({
        "1706.03762, 1706.03762, ''",
        "1706.03762v7, 1706.03762, v7",
        "arXiv:2305.18290v2, 2305.18290, v2",
        "https://arxiv.org/abs/1706.03762, 1706.03762, ''",
        "https://arxiv.org/pdf/1706.03762v5.pdf, 1706.03762, v5",
        "https://arxiv.org/pdf/2305.18290, 2305.18290, ''",
        "http://export.arxiv.org/abs/hep-th/9711200v3, hep-th/9711200, v3",
        "hep-th/9711200, hep-th/9711200, ''",
        "math.GT/0309136, math.GT/0309136, ''",
        "10.48550/arXiv.1706.03762, 1706.03762, ''"})
    void arxivIdsAreReadNewAndOldStyleWithOrWithoutVersion(String text, String id, String version) {
        assertThat(Identifier.parse(text)).contains(new Identifier.Arxiv(id, version.isEmpty() ? null : version));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.1234", "doi:", "1706.0376", "arXiv:", "not an id", "https://example.org/abs/1706.03762",
        "10.abc/def", "../../etc/passwd"})
    void otherTextIsNoIdentifier(String text) {
        assertThat(Identifier.parse(text)).isEmpty();
    }

    @Test
    void theArxivStampInAPdfsMarginIsFound() {
        assertThat(Identifier.find("Attention Is All You Need\narXiv:1706.03762v7  [cs.CL]  2 Aug 2023\nAbstract"))
                .contains(new Identifier.Arxiv("1706.03762", "v7"));
    }

    @Test
    void aDoiInRunningTextLosesTheSentencesFullStop() {
        assertThat(Identifier.find("Published as https://doi.org/10.1109/TCSII.2015.2483422. All rights"))
                .contains(new Identifier.Doi("10.1109/TCSII.2015.2483422"));
    }
}
