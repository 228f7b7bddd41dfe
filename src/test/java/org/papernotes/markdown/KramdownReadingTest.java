package org.papernotes.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The note read as kramdown reads it: HTML blocks, markdown="1", extensions, attribute lists, Liquid raw tags. */
class KramdownReadingTest {

    private static String html(String markdown) {
        return html(markdown, PreviewMath.NOTE);
    }

    private static String html(String markdown, PreviewMath math) {
        ParsedNote note = MarkdownConfig.standard().parse(markdown);
        note.document().set(PreviewMath.KEY, math);
        return MarkdownConfig.standard().renderer().render(note.document());
    }

    @Test
    void htmlBlockIsRawUpToItsEndTagAcrossBlankLines() {
        String html = html("<div>\nfirst *x*\n\nsecond *y*\n</div>\n\nafter *z*\n");
        assertThat(html).contains("first *x*\n\nsecond *y*\n</div>").contains(">z</em>");
    }

    @Test
    void nestedElementsAreTrackedAndAStrayEndTagIgnored() {
        String html = html("<div><div>in</div>\n</span>\n\n*raw*\n</div>\n\n*md*\n");
        assertThat(html).contains("*raw*").contains(">md</em>");
    }

    @Test
    void aLineStartingWithASpanElementIsAParagraph() {
        assertThat(html("<b>bold</b> and *em*\n")).contains(">em</em>");
    }

    @Test
    void markdownOneElementHasMarkdownContent() {
        String html = html("<details markdown=\"1\">\n<summary>S</summary>\n\n$$k$$ and *x*\n\n</details>\n");
        assertThat(html).contains("<details>").contains(">x</em>").contains("math math-inline\">k</span>")
                .contains("</details>").doesNotContain("markdown=");
    }

    @Test
    void mathInRawHtmlIsFoundAsMathJaxFindsIt() {
        String html = html("<p>a $x_1$ and \\(y\\) and <code>$c$</code> and $$z$$</p>\n");
        assertThat(html).contains("<span class=\"math math-inline\">x_1</span>")
                .contains("<span class=\"math math-inline\">y</span>")
                .contains("<code>$c$</code>")
                .contains("<span class=\"math math-display\">z</span>");
    }

    @Test
    void singleDollarMathInRawHtmlIsMarkedWhereTheBlogDoesNotShowIt() {
        String html = html("<p>a $x$ b</p>\n", new PreviewMath(true, false, true, "not on this blog"));
        assertThat(html).contains("<span class=\"math-unshown\" title=\"not on this blog\">$x$</span>");
    }

    @Test
    void nomarkdownBlockIsRawAndItsSpanToo() {
        assertThat(html("{::nomarkdown}\n*a* $$b$$\n{:/nomarkdown}\n")).contains("*a* <span class=\"math math-display\">b</span>");
        assertThat(html("x {::nomarkdown}$[L]${:/nomarkdown} y")).contains("x <span class=\"math math-inline\">[L]</span> y");
    }

    @Test
    void commentsOptionsAndAttributeListsShowNothing() {
        String html = html("{::comment}\nhidden\n{:/comment}\n\npara\n{: .note}\n\n![i](a.png){: width=\"50%\"}\n");
        assertThat(html).doesNotContain("hidden").doesNotContain("{:").contains("<img src=\"a.png\"");
    }

    @Test
    void anAttributeListAfterTextIsText() {
        assertThat(html("text {: .x} more")).contains("text {: .x} more");
    }

    @Test
    void liquidRawTagsShowNothingAndWhatTheyHoldShows() {
        assertThat(html("a {% raw %}{{ x }}{% endraw %} b")).contains("a {{ x }} b");
    }

    @Test
    void anImportedPostsSingleDollarMathGoesThroughKramdownsEscapes() {
        PreviewMath post = new PreviewMath(true, true, false, "");
        assertThat(html("$E\\_\\mathrm{kin}$ and $\\{x\\}$ and $\\|v\\|$", post))
                .contains(">E_\\mathrm{kin}</span>").contains(">{x}</span>").contains(">|v|</span>");
    }

    @Test
    void aNotesSingleDollarMathIsTheTexAsWritten() {
        assertThat(html("$\\{x\\}$")).contains(">\\{x\\}</span>");
    }

    @Test
    void formulaThatKramdownCutsWithEmphasisIsMarkedInAnImportedPost() {
        PreviewMath post = new PreviewMath(true, true, false, "cut");
        assertThat(html("$a*b*c$", post)).contains("<span class=\"math-unshown\" title=\"cut\">$a*b*c$</span>");
    }

    @Test
    void singleDollarMathIsMarkedInAnUneditedPostForABlogThatDoesNotFindIt() {
        PreviewMath mathJax3 = new PreviewMath(true, false, true, "");
        assertThat(html("a $x$ and $$y$$", mathJax3)).contains("<span class=\"math-unshown\">$x$</span>")
                .contains("<span class=\"math math-inline\">y</span>");
    }
}
