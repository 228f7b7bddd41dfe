package org.papernotes.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Reads a note as kramdown (the blog's Markdown) does where it differs from CommonMark in ways that change what
 * the page shows: HTML blocks and {@code markdown="1"}, {@code {::nomarkdown}}, comments, options and attribute
 * lists, and Liquid's raw tags. With {@link MathExtension} this makes the preview the blog's reading of a note.
 */
public final class KramdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private KramdownExtension() {
    }

    public static KramdownExtension create() {
        return new KramdownExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customBlockParserFactory(new KramdownHtmlBlockParser.Factory());
        parserBuilder.customBlockParserFactory(new KramdownExtensionBlockParser.Factory());
        parserBuilder.customInlineParserExtensionFactory(new KramdownSpanParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if ("HTML".equals(rendererType)) {
            rendererBuilder.nodeRendererFactory(new KramdownNodeRenderer.Factory());
        }
    }
}
