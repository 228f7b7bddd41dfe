package org.papernotes.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * LaTeX math for flexmark, found where the blog finds it: {@code $inline$} and {@code $$inline$$} inside a
 * paragraph ({@link DollarMath}), and {@code $$} blocks where kramdown makes display math ({@link MathBlockParser}).
 * The TeX is protected from Markdown (emphasis, escapes, entities) and rendered as elements for KaTeX.
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private MathExtension() {
    }

    public static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserExtensionFactory(new MathInlineParser.Factory());
        parserBuilder.customBlockParserFactory(new MathBlockParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if ("HTML".equals(rendererType)) {
            rendererBuilder.nodeRendererFactory(new MathNodeRenderer.Factory());
        }
    }
}
