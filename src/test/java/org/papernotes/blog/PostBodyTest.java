package org.papernotes.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of {@link PostBody}, one test each, and golden files: src/test/resources/org/papernotes/blog/safe/NAME.note.md
 * (a note written in PaperNotes) becomes body/NAME.post.md for the template's MathJax 3.
 */
class PostBodyTest {

    private static final BlogMath MATHJAX3 = new BlogMath(BlogMath.Kind.MATHJAX3, "_includes/head/custom.html");
    private static final BlogMath MATHJAX2_DOLLARS = new BlogMath(BlogMath.Kind.MATHJAX2_DOLLARS, "_includes/scripts.html");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inline-math", "display-math", "pipes", "liquid", "kramdown-attributes", "chinese-lines",
            "code", "html-block"})
    void noteBecomesItsGoldenPostBody(String name) throws IOException {
        assertThat(note(resource("safe/" + name + ".note.md"))).isEqualTo(resource("body/" + name + ".post.md"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inline-math", "display-math", "pipes", "liquid", "kramdown-attributes", "chinese-lines",
            "code", "html-block"})
    void writingTheResultAgainChangesNothingMore(String name) throws IOException {
        String once = note(resource("safe/" + name + ".note.md"));

        assertThat(note(once)).isEqualTo(once);
    }

    @Test
    void singleDollarMathBecomesDoubleDollarsForMathJax3() {
        assertThat(note("Let $x_1$ be.")).isEqualTo("Let $$x_1$$ be.");
    }

    @Test
    void singleDollarMathStaysWhereTheBlogFindsDollarsAndKramdownLeavesItAlone() {
        assertThat(PostBody.write("Let $x_1$ be.", false, MATHJAX2_DOLLARS, PostBody.Mode.SAFE, Set.of()).text())
                .isEqualTo("Let $x_1$ be.");
    }

    @Test
    void aNotesTexThatKramdownWouldChangeIsProtectedEvenWhereTheBlogFindsDollars() {
        assertThat(PostBody.write("Set $\\{x\\}$.", false, MATHJAX2_DOLLARS, PostBody.Mode.SAFE, Set.of()).text())
                .isEqualTo("Set $$\\{x\\}$$.");
    }

    @Test
    void anImportedPostsFormulaReachesMathJaxAsKramdownMadeIt() {
        assertThat(post("The energy $E\\_\\mathrm{kin}$ and $a\\*b$ and $\\|v\\|$ and $\\{0,N\\}$."))
                .isEqualTo("The energy $$E_\\mathrm{kin}$$ and $$a*b$$ and $$\\vert v\\vert$$ and $${0,N}$$.");
    }

    @Test
    void aNotesNormBarsStayANorm() {
        assertThat(note("The norm $\\|v\\|$ and $p(y|x)$.")).isEqualTo("The norm $$\\Vert v\\Vert$$ and $$p(y\\vert x)$$.");
    }

    @Test
    void paddedFormulasAreMathToo() {
        assertThat(post("Padded $ t > 0 $ and $x$.")).isEqualTo("Padded $$ t > 0 $$ and $$x$$.");
    }

    @Test
    void pricesAreLeftAlone() {
        assertThat(note("It costs $5 and $6, or \\$7.")).isEqualTo("It costs $5 and $6, or \\$7.");
    }

    @Test
    void aFormulaStandingAloneGetsKramdownsBackslashSoThatItStaysInline() {
        assertThat(note("Before.\n\n$x$\n\nAfter.")).isEqualTo("Before.\n\n\\$$x$$\n\nAfter.");
    }

    @Test
    void displayBlocksKeepTheirPlaceAndIndentation() {
        String note = "*The loss\n  $$\n  x\n  $$\nend.*\n\n$$\ny\n$$\n";
        assertThat(note(note)).isEqualTo(note);
    }

    @Test
    void inlineDoubleDollarMathStaysInlineInSentencesAndListItems() {
        String note = "A $$\\sum_i x_i$$ sum.\n\n- item $$a$$ here\n- b\n";
        assertThat(note(note)).isEqualTo(note);
    }

    @Test
    void aPipeOnALineThatCouldStartATableIsWrittenAsVert() {
        assertThat(note("$$a|b$$ starts this paragraph.")).isEqualTo("$$a\\vert b$$ starts this paragraph.");
        assertThat(note("text\n$$a|b$$ later")).isEqualTo("text\n$$a|b$$ later");
    }

    @Test
    void singleDollarMathInRawHtmlBecomesParenthesesThatMathJaxFinds() {
        assertThat(note("<p>a $x$ and $$y$$ and <code>$c$</code></p>\n"))
                .isEqualTo("<p>a \\(x\\) and $$y$$ and <code>$c$</code></p>\n");
    }

    @Test
    void insideMarkdownOneHtmlTheMathIsMarkdownMath() {
        assertThat(post("<details markdown=\"1\">\n<summary>S</summary>\n\nThe constant $k$.\n\n</details>\n"))
                .isEqualTo("<details markdown=\"1\">\n<summary>S</summary>\n\nThe constant $$k$$.\n\n</details>\n");
    }

    @Test
    void insideNomarkdownTheMathIsRawMath() {
        assertThat(post("x {::nomarkdown}$[L]${:/nomarkdown} y")).isEqualTo("x {::nomarkdown}\\([L]\\){:/nomarkdown} y");
    }

    @Test
    void aFormulaKramdownCutsIsLeftAsItIsAndReported() {
        PostBody.Result result = PostBody.write("An $a*b*c$ formula.", true, MATHJAX3, PostBody.Mode.SAFE, Set.of());

        assertThat(result.text()).isEqualTo("An $a*b*c$ formula.");
        assertThat(result.problems()).extracting(PostBody.Problem::reason).containsExactly(PostBody.Reason.CUT_BY_KRAMDOWN);
    }

    @Test
    void liquidThePostHadStaysLiquid() {
        String post = "<img src=\"{{ url }}/images/c.png\">\n\nNew {{ thing }}.";
        assertThat(PostBody.write(post, true, MATHJAX3, PostBody.Mode.SAFE, Set.of("{{ url }}")).text())
                .isEqualTo("<img src=\"{{ url }}/images/c.png\">\n\nNew {% raw %}{{ thing }}{% endraw %}.");
    }

    @Test
    void liquidInMathAndCodeIsAlwaysGuarded() {
        assertThat(PostBody.write("$$\\frac{{a}}{b}$$ and `{{ x }}`", true, MATHJAX3, PostBody.Mode.SAFE,
                Set.of("{{a}}", "{{ x }}")).text())
                .isEqualTo("$$\\frac{% raw %}{{a}}{% endraw %}{b}$$ and `{% raw %}{{ x }}{% endraw %}`");
    }

    @Test
    void aLiteralEndrawCannotEndTheProtection() {
        assertThat(note("say {% endraw %} here")).isEqualTo("say {% raw %}{%{% endraw %} endraw %} here");
    }

    @Test
    void chineseLinesAreJoinedWhenWrittenSafeButKoreanLinesKeepTheirBreak() {
        assertThat(note("第一行\n第二行\n")).isEqualTo("第一行第二行\n");
        assertThat(note("첫 번째 줄\n두 번째 줄\n")).isEqualTo("첫 번째 줄\n두 번째 줄\n");
    }

    @Test
    void fixingMathChangesOnlyTheMath() {
        String post = "第一行 $x$\n第二行 {{ liquid }}\n";
        assertThat(PostBody.write(post, true, MATHJAX3, PostBody.Mode.MATH_ONLY, Set.of()).text())
                .isEqualTo("第一行 $$x$$\n第二行 {{ liquid }}\n");
    }

    @Test
    void emptyNoteStaysEmpty() {
        assertThat(note("")).isEmpty();
    }

    private static String note(String text) {
        return PostBody.write(text, false, MATHJAX3, PostBody.Mode.SAFE, Set.of()).text();
    }

    private static String post(String text) {
        return PostBody.write(text, true, MATHJAX3, PostBody.Mode.SAFE, Set.of()).text();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PostBodyTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
