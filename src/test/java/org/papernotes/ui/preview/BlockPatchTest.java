package org.papernotes.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papernotes.markdown.MarkdownConfig;
import org.papernotes.markdown.PreviewBlock;
import org.papernotes.markdown.PreviewHtml;

class BlockPatchTest {

    private static List<PreviewBlock> blocks(String markdown) {
        return PreviewHtml.renderBlocks(MarkdownConfig.standard().parse(markdown));
    }

    @Test
    void typingInOneParagraphReplacesOnlyThatParagraph() {
        BlockPatch patch = BlockPatch.between(blocks("# 标题\n\n第一段\n\n第二段\n\n$$x_1$$\n"),
                blocks("# 标题\n\n第一段落\n\n第二段\n\n$$x_1$$\n"));
        assertThat(patch.from()).isEqualTo(1);
        assertThat(patch.removeCount()).isEqualTo(1);
        assertThat(patch.html()).isEqualTo("<p data-pos=\"6-11\">第一段落</p>");
        assertThat(patch.delta()).isEqualTo(1);
    }

    @Test
    void insertedParagraphIsAddedWithoutRemovingAnything() {
        BlockPatch patch = BlockPatch.between(blocks("a\n\nb\n"), blocks("a\n\nnew\n\nb\n"));
        assertThat(patch.from()).isEqualTo(1);
        assertThat(patch.removeCount()).isZero();
        assertThat(patch.html()).contains(">new</p>");
        assertThat(patch.delta()).isEqualTo(5);
    }

    @Test
    void sameBlocksGiveAnEmptyPatch() {
        assertThat(BlockPatch.between(blocks("a\n\nb\n"), blocks("a\n\nb\n")).isEmpty()).isTrue();
    }

    @Test
    void aBlockThatMovedByADifferentAmountIsReplaced() {
        // the second "same" paragraph moved by 3 while the last moved by 3 as well: kept; the first changed
        BlockPatch patch = BlockPatch.between(blocks("x\n\nsame\n\nsame\n"), blocks("xyzw\n\nsame\n\nsame\n"));
        assertThat(patch.from()).isZero();
        assertThat(patch.removeCount()).isEqualTo(1);
        assertThat(patch.delta()).isEqualTo(3);
    }

    @Test
    void fromNothingEverythingIsAdded() {
        BlockPatch patch = BlockPatch.between(List.of(), blocks("a\n\nb\n"));
        assertThat(patch.from()).isZero();
        assertThat(patch.removeCount()).isZero();
        assertThat(patch.html()).isEqualTo("<p data-pos=\"0-2\">a</p><p data-pos=\"3-5\">b</p>");
    }
}
