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
    void displayBlockOnOneLineInterruptsAParagraph() {
        assertThat(html("The loss is\n$$x_1^2$$\nafter"))
                .contains("<p data-pos=\"0-12\">The loss is</p>")
                .contains("class=\"math math-display\">x_1^2</div>")
                .contains(">after</p>");
    }

    @Test
    void unclosedDisplayBlockEndsAtTheBlankLine() {
        assertThat(html("$$\nx_1\n\nnext *paragraph*"))
                .contains("class=\"math math-display\">x_1</div>")
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
        assertThat(html("It costs $5 and $6 today, or $ 7 $")).doesNotContain("math");
    }

    @Test
    void escapedDollarIsText() {
        assertThat(html("a \\$x$ b")).doesNotContain("math").contains("$x$");
    }

    @Test
    void inlineDisplayMathInsideAParagraph() {
        assertThat(html("so $$\\sum_i x_i$$ holds"))
                .contains("<span class=\"math math-display\">\\sum_i x_i</span>");
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
