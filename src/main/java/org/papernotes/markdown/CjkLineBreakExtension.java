package org.papernotes.markdown;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import org.papernotes.model.CjkText;

/**
 * A line break inside a paragraph between two Chinese (or Japanese) characters is dropped from the HTML: a browser
 * would show it as a space, which Chinese text does not have. Elsewhere it stays a soft break.
 */
public final class CjkLineBreakExtension implements HtmlRenderer.HtmlRendererExtension {

    private CjkLineBreakExtension() {
    }

    public static CjkLineBreakExtension create() {
        return new CjkLineBreakExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if ("HTML".equals(rendererType)) {
            rendererBuilder.nodeRendererFactory(options -> new Renderer(HtmlRenderer.SOFT_BREAK.get(options)));
        }
    }

    private static final class Renderer implements NodeRenderer {
        private final String softBreak;

        Renderer(String softBreak) {
            this.softBreak = softBreak;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(SoftLineBreak.class, this::render));
        }

        private void render(SoftLineBreak node, NodeRendererContext context, HtmlWriter html) {
            BasedSequence base = node.getChars().getBaseSequence();
            int before = node.getStartOffset() - 1;
            int after = node.getEndOffset();
            while (after < base.length() && (base.charAt(after) == ' ' || base.charAt(after) == '\t')) {
                after++;
            }
            if (before >= 0 && after < base.length()
                    && CjkText.isWrittenWithoutSpaces(Character.codePointBefore(base, before + 1))
                    && CjkText.isWrittenWithoutSpaces(Character.codePointAt(base, after))) {
                return;
            }
            html.raw(softBreak);
        }
    }
}
