package org.papernotes.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MathExtensionTest {

    private static String html(String markdown) {
        ParsedNote note = MarkdownConfig.standard().parse(markdown);
        return MarkdownConfig.standard().renderer().render(note.document());
    }

    @Test
    void inlineMathKeepsUnderscoresAsterisksAndBackslashes() {
        assertThat(html("Loss $a_1 * b_2 + \\alpha_{i}^*$ end"))
                .contains("<span class=\"math math-inline\">a_1 * b_2 + \\alpha_{i}^*</span>")
                .doesNotContain("<em>");
    }

    @Test
    void policyNotationFromRealNotesSurvives() {
        assertThat(html("策略 $\\pi_\\theta(y\\vert x)$ 与 $\\pi_{\\text{ref}}$"))
                .contains(">\\pi_\\theta(y\\vert x)</span>")
                .contains(">\\pi_{\\text{ref}}</span>");
    }

    @Test
    void displayBlockKeepsLineBreaksAndDoubleBackslashes() {
        String markdown = "$$\n\\begin{aligned}\na_1 &= b_2 \\\\\nc &= d\n\\end{aligned}\n$$\n";
        assertThat(html(markdown)).contains("<div data-pos=\"0-" + (markdown.length() - 1)
                + "\" class=\"math math-display\">\\begin{aligned}\na_1 &amp;= b_2 \\\\\nc &amp;= d\n\\end{aligned}</div>");
    }

    @Test
    void dollarDollarLineRightAfterTextStaysInlineInTheParagraphAsKramdownReadsIt() {
        assertThat(html("The loss is\n$$x_1^2$$\nafter"))
                .contains("<p data-pos=\"0-27\">The loss is\n<span class=\"math math-inline\">x_1^2</span>\nafter</p>")
                .doesNotContain("math-display");
    }

    @Test
    void displayBlockNeedsABlankLineBeforeAndAfter() {
        assertThat(html("Text\n\n$$\nx_1\n$$\n\nmore")).contains("class=\"math math-display\">x_1</div>");
        assertThat(html("Text\n\n$$\nx_1\n$$\nmore")).contains("<span class=\"math math-inline\">\nx_1\n</span>")
                .doesNotContain("math-display");
    }

    @Test
    void textAfterTheClosingMarkerKeepsTheFormulaInline() {
        assertThat(html("$$a$$ tail")).contains("<span class=\"math math-inline\">a</span> tail").doesNotContain("math-display");
    }

    @Test
    void blockClosesAtTheFirstDollarDollarEvenAcrossABlankLine() {
        assertThat(html("$$\na\n\nb\n$$\n")).contains("class=\"math math-display\">a\n\nb</div>");
    }

    @Test
    void displayBlockFirstInAListItem() {
        assertThat(html("- $$y$$\n- b\n")).contains("class=\"math math-display\">y</div>");
    }

    @Test
    void backslashBeforeALoneDollarDollarFormulaKeepsItInline() {
        assertThat(html("\\$$x$$\n")).contains("<p data-pos=\"0-7\"><span class=\"math math-inline\">x</span></p>");
    }

    @Test
    void unclosedDollarDollarIsText() {
        assertThat(html("$$\nx_1\n\nnext *paragraph*"))
                .doesNotContain("class=\"math")
                .contains(">paragraph</em>");
    }

    @Test
    void dollarsInsideCodeSpansAndBlocksStayCode() {
        assertThat(html("`$a_b$` and\n\n```\n$x_1$\n```\n"))
                .contains("<code data-pos=\"1-6\">$a_b$</code>")
                .contains(">$x_1$\n</code></pre>")
                .doesNotContain("class=\"math");
    }

    @Test
    void pricesAreNotMath() {
        assertThat(html("It costs $5 and $6 today, or $5.")).doesNotContain("math");
    }

    @Test
    void paddedFormulaIsMathAsMathJaxReadsIt() {
        assertThat(html("Padded $ t > 0 $ and $x$.")).contains("<span class=\"math math-inline\"> t &gt; 0 </span>")
                .contains("<span class=\"math math-inline\">x</span>");
    }

    @Test
    void formulaThatClosesWhereTheNextOpensIsTwoFormulas() {
        assertThat(html("$x$$y$")).contains(">x</span><span class=\"math math-inline\">y</span>");
    }

    @Test
    void escapedDollarIsText() {
        assertThat(html("a \\$x$ b")).doesNotContain("math").contains("$x$");
    }

    @Test
    void dollarDollarInsideASentenceIsInlineMathAsOnTheBlog() {
        assertThat(html("so $$\\sum_i x_i$$ holds"))
                .contains("<span class=\"math math-inline\">\\sum_i x_i</span>");
    }

    @Test
    void pipeInsideMathDoesNotSplitATableCell() {
        assertThat(html("| a | b |\n|---|---|\n| $p(y|x)$ | 2 |\n"))
                .contains("<span class=\"math math-inline\">p(y|x)</span>")
                .contains(">2</td>");
    }

    @Test
    void mathInsideEmphasisKeepsBoth() {
        assertThat(html("*see $a_i$ here*"))
                .contains(">see <span class=\"math math-inline\">a_i</span> here</em>");
    }

    @Test
    void texIsHtmlEscaped() {
        assertThat(html("$a<b>c$")).contains(">a&lt;b&gt;c</span>");
    }
}
