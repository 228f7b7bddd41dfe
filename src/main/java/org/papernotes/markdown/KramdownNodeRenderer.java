package org.papernotes.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders kramdown's constructs as the blog shows them: raw HTML and {@code {::nomarkdown}} as written, with the
 * math MathJax finds in their text typeset (see {@link RawHtmlMath}); an element with {@code markdown="1"} as its
 * tags around its rendered content; comments, options, attribute lists and Liquid's raw tags as nothing.
 */
final class KramdownNodeRenderer implements NodeRenderer {

    private static final Pattern MARKDOWN_ATTRIBUTE = Pattern.compile(
            "\\s+markdown\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|\\w+)", Pattern.CASE_INSENSITIVE);

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(KramdownHtmlBlock.class, KramdownNodeRenderer::renderHtmlBlock),
                new NodeRenderingHandler<>(KramdownHtmlElement.class, KramdownNodeRenderer::renderHtmlElement),
                new NodeRenderingHandler<>(KramdownExtensionBlock.class, KramdownNodeRenderer::renderExtensionBlock),
                new NodeRenderingHandler<>(KramdownSpan.class, KramdownNodeRenderer::renderSpan));
    }

    private static void renderHtmlBlock(KramdownHtmlBlock node, NodeRendererContext context, HtmlWriter html) {
        rawBlock(node.getChars(), node.getChars(), context, html);
    }

    private static void renderHtmlElement(KramdownHtmlElement node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.raw(MARKDOWN_ATTRIBUTE.matcher(node.getOpeningTag()).replaceFirst(""));
        html.line();
        context.renderChildren(node);
        html.line();
        html.raw(node.getClosingTag().isNull() ? "</" + node.name() + ">" : node.getClosingTag().toString());
        html.line();
    }

    private static void renderExtensionBlock(KramdownExtensionBlock node, NodeRendererContext context, HtmlWriter html) {
        if (node.kind() == KramdownExtensionBlock.Kind.NOMARKDOWN) {
            rawBlock(node.getChars(), node.getBody(), context, html);
        }
    }

    private static void renderSpan(KramdownSpan node, NodeRendererContext context, HtmlWriter html) {
        if (node.kind() == KramdownSpan.Kind.NOMARKDOWN) {
            html.raw(withMath(node.getBody(), PreviewMath.KEY.get(context.getDocument())));
        }
    }

    /** Raw HTML in a {@code div} that carries the source position, so that the preview can scroll to it. */
    private static void rawBlock(BasedSequence chars, BasedSequence content, NodeRendererContext context, HtmlWriter html) {
        html.line();
        html.srcPos(chars).attr("class", "raw-html").withAttr().tag("div");
        html.raw(withMath(content, PreviewMath.KEY.get(context.getDocument())));
        html.tag("/div");
        html.line();
    }

    /** The raw HTML with each formula MathJax would find put in a math element for the preview page. */
    static String withMath(CharSequence raw, PreviewMath math) {
        var formulas = RawHtmlMath.find(raw, 0, raw.length());
        if (formulas.isEmpty()) {
            return raw.toString();
        }
        StringBuilder out = new StringBuilder(raw.length() + formulas.size() * 48);
        int copied = 0;
        for (RawHtmlMath.Formula formula : formulas) {
            out.append(raw, copied, formula.start());
            if (formula.singleDollar() && !math.showsSingleDollar()) {
                out.append("<span class=\"").append(MathNodeRenderer.UNSHOWN_CLASS).append("\" title=\"")
                        .append(escapeAttribute(math.unshownTitle())).append("\">")
                        .append(raw, formula.start(), formula.end()).append("</span>");
            } else {
                out.append("<span class=\"").append(MathNodeRenderer.MATH_CLASS)
                        .append(formula.display() ? " math-display" : " math-inline").append("\">")
                        .append(raw, formula.contentStart(), formula.contentEnd()).append("</span>");
            }
            copied = formula.end();
        }
        return out.append(raw, copied, raw.length()).toString();
    }

    private static String escapeAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new KramdownNodeRenderer();
        }
    }
}
