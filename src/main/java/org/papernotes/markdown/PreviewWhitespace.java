package org.papernotes.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Line feeds, carriage returns and tabs in the preview's flowing text become spaces, which is how a browser shows
 * them there: the preview's WebKit (JavaFX 21.0.6) draws such a character, where it stands for a space, with the
 * font's missing-glyph box over the next letter. Every soft line break of a note reaches the page as a line feed, so
 * without this each one showed as a box. Text whose white space counts is left alone: {@code pre} (code blocks),
 * {@code textarea}, and math, whose TeX ends a {@code %} comment at the line's end.
 */
final class PreviewWhitespace {

    private PreviewWhitespace() {
    }

    /** Replaces, inside {@code root}, the collapsible line feeds, carriage returns and tabs by spaces. */
    static void spaceOut(Element root) {
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && keepsWhitespace(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text) {
                    String whole = text.getWholeText();
                    if (whole.indexOf('\n') >= 0 || whole.indexOf('\r') >= 0 || whole.indexOf('\t') >= 0) {
                        text.text(whole.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' '));
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
    }

    private static boolean keepsWhitespace(Element element) {
        String tag = element.normalName();
        return tag.equals("pre") || tag.equals("textarea") || element.hasClass("math");
    }
}
