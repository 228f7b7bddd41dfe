package org.papernotes.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Citations for flexmark ({@link Citation}): read where flexmark would read a link reference, as the footnote
 * extension reads {@code [^1]}, and rendered for the preview as the cited papers' author–year text linked to the
 * papers in the app (the {@link CitationResolver} of the document says which), an unknown key marked. Without a
 * resolver a citation is written as typed.
 */
public final class CitationExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** Class of the element around a citation. */
    static final String CITATION_CLASS = "citation";
    /** Class of a key no paper has. */
    static final String UNKNOWN_CLASS = "citation-unknown";

    private CitationExtension() {
    }

    public static CitationExtension create() {
        return new CitationExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.linkRefProcessorFactory(new ProcessorFactory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder, String rendererType) {
        if ("HTML".equals(rendererType)) {
            rendererBuilder.nodeRendererFactory(options -> new Renderer());
        }
    }

    /** Takes {@code [@key…]} before it is read as a link reference (which, undefined, it would be as text). */
    private static final class Processor implements LinkRefProcessor {
        @Override
        public boolean getWantExclamationPrefix() {
            return false;
        }

        @Override
        public int getBracketNestingLevel() {
            return 0;
        }

        @Override
        public boolean isMatch(BasedSequence nodeChars) {
            return Citation.isCitation(nodeChars);
        }

        @Override
        public Node createNode(BasedSequence nodeChars) {
            return new Citation(nodeChars);
        }

        @Override
        public BasedSequence adjustInlineText(Document document, Node node) {
            return node.getChars();
        }

        @Override
        public boolean allowDelimiters(BasedSequence chars, Document document, Node node) {
            return false;
        }

        @Override
        public void updateNodeElements(Document document, Node node) {
            // the node keeps its characters; nothing inside it is Markdown
        }
    }

    private static final class ProcessorFactory implements LinkRefProcessorFactory {
        @Override
        public boolean getWantExclamationPrefix(DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(DataHolder options) {
            return 0;
        }

        @Override
        public LinkRefProcessor apply(Document document) {
            return new Processor();
        }
    }

    /** "(Vaswani et al., 2017; Devlin et al., 2019)", each linked to its paper; an unknown key as {@code @key}, marked. */
    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Citation.class, Renderer::render));
        }

        private static void render(Citation node, NodeRendererContext context, HtmlWriter html) {
            CitationResolver resolver = CitationResolver.KEY.get(context.getDocument());
            if (resolver == null) {
                html.text(node.getChars().toString());
                return;
            }
            html.attr("class", CITATION_CLASS).withAttr().tag("span");
            html.text("(");
            List<String> keys = node.keys();
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    html.text("; ");
                }
                String key = keys.get(i);
                Optional<CitationResolver.Cited> cited = resolver.resolve(key);
                if (cited.isPresent()) {
                    html.attr("href", CitationResolver.link(cited.get().paperId()));
                    if (cited.get().title() != null && !cited.get().title().isBlank()) {
                        html.attr("title", cited.get().title());
                    }
                    html.withAttr().tag("a");
                    html.text(cited.get().text());
                    html.tag("/a");
                } else {
                    html.attr("class", UNKNOWN_CLASS);
                    String title = resolver.unknownTitle(key);
                    if (title != null && !title.isEmpty()) {
                        html.attr("title", title);
                    }
                    html.withAttr().tag("span");
                    html.text("@" + key);
                    html.tag("/span");
                }
            }
            html.text(")");
            html.tag("/span");
        }
    }
}
