package org.papernotes.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Writes math as escaped TeX in an element with class {@code math} plus {@code math-inline} or
 * {@code math-display}; the preview page typesets these elements with KaTeX. A formula inside a paragraph is
 * inline, {@code $$} or not, as on the blog; only a {@link MathBlock} is display math. A formula the blog will not
 * show (see {@link PreviewMath}) is written as its text in a {@code math-unshown} element instead.
 */
final class MathNodeRenderer implements NodeRenderer {

    /** Class on every math element. */
    static final String MATH_CLASS = "math";
    /** Class on a formula the blog will not typeset. */
    static final String UNSHOWN_CLASS = "math-unshown";

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(MathInline.class, MathNodeRenderer::renderInline),
                new NodeRenderingHandler<>(MathBlock.class, MathNodeRenderer::renderBlock));
    }

    private static void renderInline(MathInline node, NodeRendererContext context, HtmlWriter html) {
        PreviewMath math = PreviewMath.KEY.get(context.getDocument());
        String tex = node.tex();
        boolean shown = true;
        if (!node.isDoubleDollar()) {
            if (math.writtenForKramdown()) {
                KramdownText.Reading reading = kramdownReading(node);
                shown = !reading.damaged();
                tex = reading.text();
            }
            shown &= math.showsSingleDollar();
        }
        if (shown) {
            html.attr("class", MATH_CLASS + " math-inline").withAttr().tag("span");
            html.text(tex);
        } else {
            unshown(html, math, node.getChars().toString());
        }
        html.tag("/span");
    }

    static void unshown(HtmlWriter html, PreviewMath math, String source) {
        html.attr("class", UNSHOWN_CLASS);
        if (!math.unshownTitle().isEmpty()) {
            html.attr("title", math.unshownTitle());
        }
        html.withAttr().tag("span");
        html.text(source);
    }

    /** What kramdown makes of the formula's text, read within its paragraph. */
    static KramdownText.Reading kramdownReading(MathInline node) {
        Node block = node.getParent();
        while (block != null && !(block instanceof Block)) {
            block = block.getParent();
        }
        BasedSequence text = node.getText();
        BasedSequence base = text.getBaseSequence();
        int from = block == null ? text.getStartOffset() : Math.min(block.getStartOffset(), text.getStartOffset());
        int to = block == null ? text.getEndOffset() : Math.max(block.getEndOffset(), text.getEndOffset());
        return KramdownText.of(base.subSequence(from, to), text.getStartOffset() - from, text.getEndOffset() - from);
    }

    private static void renderBlock(MathBlock node, NodeRendererContext context, HtmlWriter html) {
        html.srcPos(node.getChars()).attr("class", MATH_CLASS + " math-display").withAttr().tag("div");
        html.text(node.tex());
        html.tag("/div");
        html.line();
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new MathNodeRenderer();
        }
    }
}
