package org.papernotes.blog.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A post's HTML as GitHub Pages made it, and what a reader sees of it under a MathJax set-up. */
public final class RenderedPage {

    /** The elements whose nesting is the page's block structure. */
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "hr", "div", "details", "summary",
            "center", "dl", "dt", "dd", "figure", "figcaption", "section", "aside");

    private final Element body;

    public RenderedPage(String html) {
        this.body = Jsoup.parseBodyFragment(html).body();
    }

    public MathJaxReader.Reading read(MathJaxSetup setup) {
        return new MathJaxReader(setup).read(body);
    }

    /** The block elements, each as its nesting depth and tag ("2 li"), in page order. */
    public List<String> blocks() {
        List<String> blocks = new ArrayList<>();
        collectBlocks(body, 0, blocks);
        return blocks;
    }

    private static void collectBlocks(Element parent, int depth, List<String> out) {
        for (Element child : parent.children()) {
            String tag = child.tagName().toLowerCase(Locale.ROOT);
            if (BLOCKS.contains(tag)) {
                out.add(depth + " " + tag);
                collectBlocks(child, depth + 1, out);
            } else {
                collectBlocks(child, depth, out);
            }
        }
    }

    /** The {@code src} of every image, in page order. */
    public List<String> imageSources() {
        return body.select("img").eachAttr("src");
    }
}
