package org.papernotes.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

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

    private PreviewHtml() {
    }

    /** The sanitized HTML of the note's body. */
    public static String render(ParsedNote note) {
        String html = MarkdownConfig.standard().renderer().render(note.document());
        return sanitize(html);
    }

    /** Cleans any HTML fragment with the preview's safelist. */
    public static String sanitize(String html) {
        return Jsoup.clean(html, "", SAFELIST, OUTPUT);
    }

    private static Safelist buildSafelist() {
        Safelist safelist = Safelist.relaxed()
                .addTags("hr", "del", "s", "input", "sup", "sub", "section", "kbd", "mark", "ins")
                .addAttributes(":all", "class", "id", "title", "lang", "dir",
                        MarkdownConfig.SOURCE_POSITION_ATTRIBUTE)
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("input", "type", "checked", "disabled", "readonly")
                .addAttributes("li", "value")
                .addProtocols("a", "href", "#")
                .addProtocols("img", "src", "file", "data");
        safelist.preserveRelativeLinks(false);
        return safelist;
    }
}
