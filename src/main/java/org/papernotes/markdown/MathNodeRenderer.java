package org.papernotes.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Writes math as escaped TeX in an element with class {@code math} plus {@code math-inline} or
 * {@code math-display}; the preview page typesets these elements with KaTeX.
 */
final class MathNodeRenderer implements NodeRenderer {

    /** Class on every math element. */
    static final String MATH_CLASS = "math";

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(MathInline.class, MathNodeRenderer::renderInline),
                new NodeRenderingHandler<>(MathBlock.class, MathNodeRenderer::renderBlock));
    }

    private static void renderInline(MathInline node, NodeRendererContext context, HtmlWriter html) {
        String kind = node.isDisplay() ? "math-display" : "math-inline";
        html.attr("class", MATH_CLASS + " " + kind).withAttr().tag("span");
        html.text(node.tex());
        html.tag("/span");
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
