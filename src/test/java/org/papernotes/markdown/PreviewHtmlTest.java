package org.papernotes.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreviewHtmlTest {

    private static String preview(String markdown) {
        return PreviewHtml.render(MarkdownConfig.standard().parse(markdown));
    }

    @Test
    void scriptElementsAreRemoved() {
        assertThat(preview("before\n\n<script>document.title='x'</script>\n\nafter <script>alert(1)</script>"))
                .doesNotContainIgnoringCase("<script")
                .doesNotContain("document.title")
                .contains("before", "after");
    }

    @Test
    void eventHandlersAreRemoved() {
        assertThat(preview("<img src=\"https://example.org/a.png\" onerror=\"alert(1)\"> <b onmouseover=alert(1)>b</b>"))
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onmouseover")
                .contains("<img src=\"https://example.org/a.png\">");
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        assertThat(preview("[click](javascript:alert(1)) <a href=\"JavaScript:alert(2)\">raw</a>"))
                .doesNotContainIgnoringCase("javascript")
                .contains("click", ">raw</a>");
    }

    @Test
    void iframesFormsStylesAndObjectsAreRemoved() {
        assertThat(preview("<iframe src=\"https://example.org\"></iframe><form action=\"https://x\"><input name=q>"
                + "</form><style>body{}</style><object data=x></object><div style=\"position:fixed\">s</div>"))
                .doesNotContainIgnoringCase("iframe")
                .doesNotContainIgnoringCase("<form")
                .doesNotContainIgnoringCase("<style")
                .doesNotContainIgnoringCase("<object")
                .doesNotContainIgnoringCase("position:fixed");
    }

    @Test
    void ordinaryLinksImagesAndFootnoteAnchorsStay() {
        String html = preview("[paper](https://arxiv.org/abs/1) ![fig](https://example.org/f.png) see[^1]\n\n"
                + "[^1]: note");
        assertThat(html)
                .contains("href=\"https://arxiv.org/abs/1\"")
                .contains("src=\"https://example.org/f.png\"")
                .contains("href=\"#fn-1\"")
                .contains("id=\"fn-1\"")
                .contains("href=\"#fnref-1\"");
    }

    @Test
    void sourcePositionsSurviveCleaning() {
        assertThat(preview("# Title\n\nparagraph")).contains("<h1 data-pos=\"2-7\">Title</h1>", "<p data-pos=\"9-18\">");
    }

    @Test
    void taskListCheckboxesTablesAndStrikethroughStay() {
        assertThat(preview("- [x] done\n- [ ] todo\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~old~~"))
                .contains("<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled readonly>")
                .contains("<table", "<th", "align=\"right\"")
                .contains("<del");
    }

    @Test
    void mathElementsKeepTheirTexForTheTypesetter() {
        assertThat(preview("$x_1 < y$")).contains("<span class=\"math math-inline\">x_1 &lt; y</span>");
    }

    @Test
    void chineseTextAndCodeLanguageClassStay() {
        assertThat(preview("遗忘与隐私\n\n```python\nprint(1)\n```"))
                .contains("遗忘与隐私")
                .contains("<code class=\"language-python\"");
    }
}
