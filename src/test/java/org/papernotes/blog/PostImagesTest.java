package org.papernotes.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PostImagesTest {

    private static java.util.List<String> targets(String note) {
        return PostImages.of(note).stream().map(PostImages.Source::target).toList();
    }

    @Test
    void markdownImagesGiveTheirSources() {
        assertThat(targets("a ![x](/images/a.png) b ![y](attachment:b.png \"title\")"))
                .containsExactly("/images/a.png", "attachment:b.png");
    }

    @Test
    void aSiteBaseurlSourceIsOneSourceDespiteItsSpaces() {
        assertThat(targets("![x]({{ site.baseurl }}/images/a.png)")).containsExactly("{{ site.baseurl }}/images/a.png");
    }

    @Test
    void aReferenceImageGivesTheDefinitionsSourceOnce() {
        assertThat(targets("![a][fig] and ![b][fig]\n\n[fig]: /images/fig.png\n")).containsExactly("/images/fig.png");
    }

    @Test
    void imgTagsInRawHtmlGiveTheirSrc() {
        assertThat(targets("<p align=\"center\"><img width=\"50%\" src=\"/images/a.png\"></p>\n\n"
                + "text <IMG SRC='/images/b.png' alt=\"a > b\"> more"))
                .containsExactly("/images/a.png", "/images/b.png");
    }

    @Test
    void anEntityInAnImgSrcIsDecoded() {
        assertThat(targets("<img src=\"/images/a&amp;b.png\">")).containsExactly("/images/a&b.png");
    }

    @Test
    void imagesInCodeAreNotImages() {
        assertThat(targets("`![x](/images/a.png)`\n\n```\n<img src=\"/images/b.png\">\n```\n\n    ![y](/images/c.png)\n"))
                .isEmpty();
    }

    @Test
    void aDataSrcIsNotTheSource() {
        assertThat(targets("<img data-src=\"/images/lazy.png\" src=\"/images/a.png\">")).containsExactly("/images/a.png");
    }

    @Test
    void rewritingChangesOnlyTheTargets() {
        String note = "![Method](attachment:m.png \"The method\") and <img src=\"attachment:r.png\" width=\"3\">\n";

        String rewritten = PostImages.rewrite(note, target -> target.startsWith("attachment:")
                ? "/images/retnet/" + target.substring("attachment:".length()) : null);

        assertThat(rewritten).isEqualTo(
                "![Method](/images/retnet/m.png \"The method\") and <img src=\"/images/retnet/r.png\" width=\"3\">\n");
    }

    @Test
    void rewritingWithNothingToChangeGivesTheSameText() {
        String note = "![x](/images/a.png)";

        assertThat(PostImages.rewrite(note, target -> null)).isSameAs(note);
    }

    @Test
    void aNoteWrittenHereKeepsTheBaseurlItsImagesAreLinkedWithAsLiquid() {
        String note = "![x]({{ site.baseurl }}/images/a.png) but {{ site.baseurl }} in text is text\n";

        String body = PostBody.write(note, false, BlogMath.UNKNOWN, PostBody.Mode.SAFE, Set.of()).text();

        assertThat(body).isEqualTo(
                "![x]({{ site.baseurl }}/images/a.png) but {% raw %}{{ site.baseurl }}{% endraw %} in text is text\n");
    }
}
