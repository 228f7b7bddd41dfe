package org.papernotes.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.papernotes.model.ImageLink;

/**
 * The HTML body of a note's preview: flexmark's HTML with source positions, cleaned by a jsoup {@link Safelist}
 * so that nothing a note contains can run script: no {@code <script>}, {@code <iframe>}, {@code <form>},
 * {@code <style>}, no event-handler or style attributes, and links only to http, https, mailto, ftp or an anchor
 * in the page (so {@code javascript:} links lose their target). Math stays as escaped TeX in {@code .math}
 * elements for the preview page to typeset.
 */
public final class PreviewHtml {

    private static final Safelist SAFELIST = buildSafelist();
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);
    private static final Pattern POSITION = Pattern.compile(
            " " + MarkdownConfig.SOURCE_POSITION_ATTRIBUTE + "=\"[0-9]+-[0-9]+\"");

    private PreviewHtml() {
    }

    /** The sanitized HTML of the note's body, for a note written in PaperNotes. */
    public static String render(ParsedNote note) {
        return render(note, PreviewMath.NOTE);
    }

    /** The sanitized HTML of the note's body, its math shown as the blog will show it. */
    public static String render(ParsedNote note, PreviewMath math) {
        return cleaned(note, math, null).body().html();
    }

    /** flexmark's HTML cleaned by the safelist, with flowing text's line breaks made spaces (see PreviewWhitespace). */
    private static Document cleaned(ParsedNote note, PreviewMath math, CitationResolver citations) {
        note.document().set(PreviewMath.KEY, math == null ? PreviewMath.NOTE : math);
        note.document().set(CitationResolver.KEY, citations);
        String html = MarkdownConfig.standard().renderer().render(note.document());
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html));
        clean.outputSettings(OUTPUT.clone()); // settings hold an encoder: one copy per document
        PreviewWhitespace.spaceOut(clean.body());
        return clean;
    }

    /**
     * The sanitized HTML as top-level blocks, so that a preview can replace only the blocks that changed while
     * the user types. Text or inline HTML at the top level is wrapped in a {@code div}, one element per block.
     */
    public static List<PreviewBlock> renderBlocks(ParsedNote note) {
        return renderBlocks(note, PreviewMath.NOTE);
    }

    /** {@link #renderBlocks(ParsedNote)} with the note's math shown as the blog will show it. */
    public static List<PreviewBlock> renderBlocks(ParsedNote note, PreviewMath math) {
        return renderBlocks(note, math, null);
    }

    /**
     * {@link #renderBlocks(ParsedNote, PreviewMath)} with the note's citations linked to the papers they name
     * ({@code citations} null: shown as written).
     */
    public static List<PreviewBlock> renderBlocks(ParsedNote note, PreviewMath math, CitationResolver citations) {
        Document clean = cleaned(note, math, citations);
        List<PreviewBlock> blocks = new ArrayList<>();
        Element pendingInline = null;
        for (Node child : new ArrayList<>(clean.body().childNodes())) {
            if (child instanceof Element element && element.isBlock()) {
                pendingInline = null;
                blocks.add(block(element));
            } else if (!(child instanceof TextNode text && text.isBlank())) {
                if (pendingInline == null) {
                    pendingInline = new Element("div");
                    child.before(pendingInline); // in the document, so it prints with its output settings
                    blocks.add(null); // replaced as the run of inline nodes grows
                }
                pendingInline.appendChild(child);
                blocks.set(blocks.size() - 1, block(pendingInline));
            }
        }
        return blocks;
    }

    private static PreviewBlock block(Element element) {
        String html = element.outerHtml();
        Element positioned = element.hasAttr(MarkdownConfig.SOURCE_POSITION_ATTRIBUTE)
                ? element : element.selectFirst("[" + MarkdownConfig.SOURCE_POSITION_ATTRIBUTE + "]");
        int start = -1;
        if (positioned != null) {
            String position = positioned.attr(MarkdownConfig.SOURCE_POSITION_ATTRIBUTE);
            start = Integer.parseInt(position.substring(0, position.indexOf('-')));
        }
        return new PreviewBlock(POSITION.matcher(html).replaceAll(""), html, start);
    }

    /** Cleans any HTML fragment with the preview's safelist. */
    public static String sanitize(String html) {
        return Jsoup.clean(html, "", SAFELIST, OUTPUT.clone());
    }

    private static Safelist buildSafelist() {
        Safelist safelist = new Safelist(Safelist.relaxed()) {
            // An image's relative path (figures/a.png, /images/a.png, {{ site.baseurl }}/images/a.png) is kept for
            // the preview to resolve against the library (ui.attachments.PreviewImages); links stay absolute-only.
            @Override
            public boolean isSafeAttribute(String tagName, Element element, org.jsoup.nodes.Attribute attribute) {
                return "img".equals(tagName) && "src".equals(attribute.getKey())
                        && !ImageLink.hasScheme(attribute.getValue()) || super.isSafeAttribute(tagName, element, attribute);
            }
        }
                .addTags("hr", "del", "s", "input", "sup", "sub", "section", "kbd", "mark", "ins")
                .addAttributes(":all", "class", "id", "title", "lang", "dir",
                        MarkdownConfig.SOURCE_POSITION_ATTRIBUTE)
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("input", "type", "checked", "disabled", "readonly")
                .addAttributes("li", "value")
                .addProtocols("a", "href", "#", CitationResolver.LINK_SCHEME)
                .addProtocols("img", "src", "file", "data", ImageLink.SCHEME);
        safelist.preserveRelativeLinks(false);
        return safelist;
    }
}
