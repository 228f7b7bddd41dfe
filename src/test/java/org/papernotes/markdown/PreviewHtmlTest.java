package org.papernotes.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void blocksSplitTheBodyAtTopLevelElementsWithKeysFreeOfPositions() {
        List<PreviewBlock> blocks = PreviewHtml.renderBlocks(MarkdownConfig.standard().parse(
                "# 标题\n\n段落 $x$\n\n- a\n- b\n\nnote[^1]\n\n[^1]: 脚注\n"));
        assertThat(blocks).extracting(PreviewBlock::start).containsExactly(2, 6, 14, 23, 39);
        assertThat(blocks.get(0).key()).isEqualTo("<h1>标题</h1>");
        assertThat(blocks.get(2).html()).startsWith("<ul>");
        assertThat(blocks.get(4).html()).startsWith("<div class=\"footnotes\">");
    }

    @Test
    void inlineHtmlAtTheTopLevelIsWrappedIntoOneBlock() {
        List<PreviewBlock> blocks = PreviewHtml.renderBlocks(MarkdownConfig.standard().parse(
                "<img src=\"https://example.org/a.png\">\n\npara"));
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).html()).isEqualTo("<div><img src=\"https://example.org/a.png\"></div>");
    }

    @Test
    void blocksAreSanitizedLikeTheWholeBody() {
        List<PreviewBlock> blocks = PreviewHtml.renderBlocks(MarkdownConfig.standard().parse(
                "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nok"));
        assertThat(blocks).extracting(PreviewBlock::html).noneMatch(html -> html.contains("script")
                || html.contains("onerror"));
    }

    @Test
    void lineBreaksBetweenChineseCharactersDoNotBecomeSpaces() {
        assertThat(preview("第一行的文字\n第二行的文字，\n  第三行\nand English\nwords")).contains(
                "第一行的文字第二行的文字，第三行 and English words");
    }

    @Test
    void lineBreaksBetweenKoreanWordsStaySpaces() {
        assertThat(preview("첫 번째 줄\n두 번째 줄")).contains("첫 번째 줄 두 번째 줄");
    }

    @Test
    void softLineBreaksReachThePageAsSpaces() {
        assertThat(preview("a hard wrapped\nparagraph\n\n- an item\n  over two lines"))
                .contains("a hard wrapped paragraph", "an item over two lines").doesNotContain("\n");
    }

    @Test
    void codeBlocksAndMathKeepTheirLineBreaks() {
        assertThat(preview("```\nline 1\nline 2\n```\n\n$$\na % comment\n+ b\n$$"))
                .contains("line 1\nline 2", "a % comment\n+ b");
    }

    @Test
    void tabsAndLineBreaksInRawHtmlTextBecomeSpaces() {
        assertThat(preview("<p>raw\tHTML\r\ntext</p>")).contains("raw HTML text");
    }
}
