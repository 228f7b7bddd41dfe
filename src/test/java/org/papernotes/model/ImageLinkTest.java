package org.papernotes.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageLinkTest {

    @Test
    void blogPathsWithAndWithoutTheBaseurlAreTheSameSitePath() {
        assertThat(ImageLink.sitePath("/images/fig.png")).contains("/images/fig.png");
        assertThat(ImageLink.sitePath("{{ site.baseurl }}/images/fig.png")).contains("/images/fig.png");
        assertThat(ImageLink.sitePath("{{site.baseurl}}/images/a%20b.png?raw=true#x")).contains("/images/a b.png");
    }

    @Test
    void otherLinksAreNoSitePath() {
        assertThat(ImageLink.sitePath("//cdn.example.org/x.png")).isEmpty();
        assertThat(ImageLink.sitePath("figures/x.png")).isEmpty();
        assertThat(ImageLink.sitePath("https://example.org/images/x.png")).isEmpty();
        assertThat(ImageLink.sitePath("/")).isEmpty();
    }

    @Test
    void anAttachmentLinkNamesTheImageDecoded() {
        assertThat(ImageLink.attachmentName("attachment:fig-1.png")).contains("fig-1.png");
        assertThat(ImageLink.attachmentName("attachment:%E5%9B%BE.png")).contains("图.png");
        assertThat(ImageLink.attachmentName("attachment:")).isEmpty();
        assertThat(ImageLink.attachmentName("/images/fig.png")).isEmpty();
    }

    @Test
    void theMarkdownOfALinkEscapesBracketsInTheAltText() {
        assertThat(ImageLink.markdown("fig [a]", "attachment:fig-a.png")).isEqualTo("![fig \\[a\\]](attachment:fig-a.png)");
    }

    @Test
    void safeNamesKeepLettersOfEveryScriptAndNothingThatNeedsEscaping() {
        assertThat(ImageLink.safeName("Screenshot 2024-05-01 at 14.30.12.png", "png"))
                .isEqualTo("Screenshot-2024-05-01-at-14.30.12.png");
        assertThat(ImageLink.safeName("../../etc/passwd", "png")).isEqualTo("passwd.png");
        assertThat(ImageLink.safeName("?#%.gif", "gif")).isEqualTo("image.gif");
        assertThat(ImageLink.safeName("", "svg")).isEqualTo("image.svg");
    }
}
