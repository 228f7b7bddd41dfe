package org.papernotes.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden files in src/test/resources/org/papernotes/blog/safe/: NAME.note.md becomes NAME.post.md. */
class KramdownSafeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inline-math", "display-math", "pipes", "liquid", "kramdown-attributes", "chinese-lines",
            "code", "html-block"})
    void rewritesNoteIntoItsGoldenPost(String name) throws IOException {
        String note = resource("safe/" + name + ".note.md");
        String expected = resource("safe/" + name + ".post.md");

        assertThat(KramdownSafe.apply(note)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"inline-math", "display-math", "pipes", "liquid", "kramdown-attributes", "chinese-lines",
            "code", "html-block"})
    void applyingTwiceChangesNothingMore(String name) throws IOException {
        String once = KramdownSafe.apply(resource("safe/" + name + ".note.md"));

        assertThat(KramdownSafe.apply(once)).isEqualTo(once);
    }

    @Test
    void exportRewritesInlineDollarMathForKramdown() {
        assertThat(KramdownSafe.apply("Let $x_1$ be.")).isEqualTo("Let $$x_1$$ be.");
    }

    @Test
    void keepsWhetherTheNoteEndsWithALineFeed() {
        assertThat(KramdownSafe.apply("a $b$\n")).isEqualTo("a $$b$$\n");
        assertThat(KramdownSafe.apply("a $b$")).isEqualTo("a $$b$$");
    }

    @Test
    void unclosedLiquidTagIsProtectedToo() {
        assertThat(KramdownSafe.apply("a {% b")).isEqualTo("a {% raw %}{%{% endraw %} b");
    }

    @Test
    void literalEndrawCannotEndTheProtection() {
        String escaped = KramdownSafe.apply("say {% endraw %} here");

        assertThat(escaped).isEqualTo("say {% raw %}{%{% endraw %} endraw %} here");
        assertThat(KramdownSafe.apply(escaped)).isEqualTo(escaped);
    }

    @Test
    void pipeBeforeALetterKeepsTheMacroSeparate() {
        assertThat(InlineMath.protectPipes("|x| + \\|y\\|")).isEqualTo("\\vert x\\vert + \\Vert y\\Vert");
    }

    @Test
    void unclosedDisplayDollarsAreText() {
        assertThat(KramdownSafe.apply("$$\nno end, but $x$ here")).isEqualTo("$$\nno end, but $$x$$ here");
    }

    @Test
    void emptyNoteStaysEmpty() {
        assertThat(KramdownSafe.apply("")).isEmpty();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = KramdownSafeTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void chineseLinesAreJoinedButKoreanLinesKeepTheirBreak() {
        assertThat(KramdownSafe.apply("第一行\n第二行\n")).isEqualTo("第一行第二行\n");
        assertThat(KramdownSafe.apply("첫 번째 줄\n두 번째 줄\n")).isEqualTo("첫 번째 줄\n두 번째 줄\n");
    }
}
