package org.papernotes.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownHighlighterTest {

    private static List<StyleRange> ranges(String markdown) {
        return MarkdownHighlighter.ranges(MarkdownConfig.standard().parse(markdown));
    }

    /** The text each range of a class covers. */
    private static List<String> covered(String markdown, String styleClass) {
        return ranges(markdown).stream()
                .filter(range -> range.styleClass().equals(styleClass))
                .map(range -> markdown.substring(range.start(), range.end()))
                .toList();
    }

    @Test
    void headingsCoverTheLineWithTheirLevel() {
        String md = "# 标题\n\ntext\n\n### Third";
        assertThat(covered(md, MarkdownHighlighter.HEADING)).containsExactly("# 标题", "### Third");
        assertThat(covered(md, MarkdownHighlighter.headingLevel(3))).containsExactly("### Third");
        assertThat(covered(md, MarkdownHighlighter.MARKER)).containsExactly("#", "###");
    }

    @Test
    void emphasisStrongAndStrikethrough() {
        String md = "*em* **strong** ~~gone~~";
        assertThat(covered(md, MarkdownHighlighter.EMPHASIS)).containsExactly("*em*");
        assertThat(covered(md, MarkdownHighlighter.STRONG)).containsExactly("**strong**");
        assertThat(covered(md, MarkdownHighlighter.STRIKETHROUGH)).containsExactly("~~gone~~");
    }

    @Test
    void codeSpansAndBlocks() {
        String md = "use `x_1`\n\n```java\nint a;\n```\n\n    indented\n";
        assertThat(covered(md, MarkdownHighlighter.CODE)).containsExactly("`x_1`");
        assertThat(covered(md, MarkdownHighlighter.CODE_BLOCK)).containsExactly("```java\nint a;\n```", "indented\n");
    }

    @Test
    void linksAndTheirUrls() {
        String md = "[paper](https://arxiv.org/abs/1) and https://example.org ![f](img.png)";
        assertThat(covered(md, MarkdownHighlighter.LINK)).containsExactly("[paper](https://arxiv.org/abs/1)");
        assertThat(covered(md, MarkdownHighlighter.URL))
                .containsExactly("https://arxiv.org/abs/1", "https://example.org", "img.png");
        assertThat(covered(md, MarkdownHighlighter.IMAGE)).containsExactly("![f](img.png)");
    }

    @Test
    void inlineAndDisplayMath() {
        String md = "a $x_1$ b\n\n$$\n\\sum_i\n$$\n";
        assertThat(covered(md, MarkdownHighlighter.MATH)).containsExactly("$x_1$", "$$\n\\sum_i\n$$");
    }

    @Test
    void frontMatter() {
        String md = "---\ntitle: DPO\n---\n\nbody";
        assertThat(covered(md, MarkdownHighlighter.FRONT_MATTER)).containsExactly("---\ntitle: DPO\n---");
    }

    @Test
    void quotesListsFootnotesAndRawHtml() {
        String md = "> 引用\n\n- [x] done\n1. one\n\nnote[^1] <b>x</b>\n\n[^1]: text";
        assertThat(covered(md, MarkdownHighlighter.QUOTE)).containsExactly("> 引用\n");
        assertThat(covered(md, MarkdownHighlighter.LIST_MARKER)).containsExactly("-", "[x]", "1.");
        assertThat(covered(md, MarkdownHighlighter.FOOTNOTE)).containsExactly("[^1]", "[^1]:");
        assertThat(covered(md, MarkdownHighlighter.HTML)).containsExactly("<b>", "</b>");
    }

    @Test
    void noConstructNoRanges() {
        assertThat(ranges("只是一段普通的文字 plain text")).isEmpty();
    }
}
