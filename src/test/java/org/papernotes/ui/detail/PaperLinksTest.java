package org.papernotes.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaperLinksTest {

    @Test
    void doiBecomesADoiOrgAddress() {
        assertThat(PaperLinks.doi("10.1145/3442188.3445922")).contains("https://doi.org/10.1145/3442188.3445922");
        assertThat(PaperLinks.doi("doi: 10.1/x")).contains("https://doi.org/10.1/x");
        assertThat(PaperLinks.doi("https://doi.org/10.1/x")).contains("https://doi.org/10.1/x");
    }

    @Test
    void arxivIdBecomesTheAbstractPage() {
        assertThat(PaperLinks.arxiv("2305.18290")).contains("https://arxiv.org/abs/2305.18290");
        assertThat(PaperLinks.arxiv("arXiv:2305.18290")).contains("https://arxiv.org/abs/2305.18290");
    }

    @Test
    void urlWithoutSchemeGetsHttpsAndBlankGivesNothing() {
        assertThat(PaperLinks.url("example.org/paper")).contains("https://example.org/paper");
        assertThat(PaperLinks.url("http://example.org")).contains("http://example.org");
        assertThat(PaperLinks.url("  ")).isEmpty();
        assertThat(PaperLinks.doi(null)).isEmpty();
    }
}
