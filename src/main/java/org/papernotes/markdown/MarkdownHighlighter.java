package org.papernotes.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Style ranges for the editor's Markdown highlighting, taken from the flexmark document of a {@link ParsedNote}.
 * Class names carry an {@code md-} prefix so that no theme's own classes collide with them.
 */
public final class MarkdownHighlighter {

    public static final String HEADING = "md-heading";
    public static final String EMPHASIS = "md-emphasis";
    public static final String STRONG = "md-strong";
    public static final String STRIKETHROUGH = "md-strikethrough";
    public static final String CODE = "md-code";
    public static final String CODE_BLOCK = "md-code-block";
    public static final String LINK = "md-link";
    public static final String URL = "md-url";
    public static final String IMAGE = "md-image";
    public static final String MATH = "md-math";
    public static final String FRONT_MATTER = "md-front-matter";
    public static final String QUOTE = "md-quote";
    public static final String LIST_MARKER = "md-list-marker";
    public static final String HTML = "md-html";
    public static final String FOOTNOTE = "md-footnote";
    public static final String MARKER = "md-marker";
    public static final String RULE = "md-rule";
    public static final String CITATION = "md-citation";

    private MarkdownHighlighter() {
    }

    /** The ranges of every highlighted construct, in document order of their start. */
    public static List<StyleRange> ranges(ParsedNote note) {
        List<StyleRange> ranges = new ArrayList<>();
        for (Node node : note.document().getDescendants()) {
            addRanges(node, ranges);
        }
        return ranges;
    }

    /** The {@code md-heading-N} class for a heading of level N. */
    public static String headingLevel(int level) {
        return HEADING + "-" + level;
    }

    private static void addRanges(Node node, List<StyleRange> out) {
        if (node instanceof Heading heading) {
            add(out, node.getChars(), HEADING);
            add(out, node.getChars(), headingLevel(heading.getLevel()));
            add(out, heading.getOpeningMarker(), MARKER);
            add(out, heading.getClosingMarker(), MARKER);
        } else if (node instanceof StrongEmphasis strong) {
            delimited(out, node, strong.getOpeningMarker(), strong.getClosingMarker(), STRONG);
        } else if (node instanceof Emphasis emphasis) {
            delimited(out, node, emphasis.getOpeningMarker(), emphasis.getClosingMarker(), EMPHASIS);
        } else if (node instanceof Strikethrough strike) {
            delimited(out, node, strike.getOpeningMarker(), strike.getClosingMarker(), STRIKETHROUGH);
        } else if (node instanceof Code code) {
            delimited(out, node, code.getOpeningMarker(), code.getClosingMarker(), CODE);
        } else if (node instanceof FencedCodeBlock fenced) {
            add(out, node.getChars(), CODE_BLOCK);
            add(out, fenced.getOpeningMarker(), MARKER);
            add(out, fenced.getInfo(), MARKER);
            add(out, fenced.getClosingMarker(), MARKER);
        } else if (node instanceof IndentedCodeBlock) {
            add(out, node.getChars(), CODE_BLOCK);
        } else if (node instanceof MathInline math) {
            delimited(out, node, math.getOpeningMarker(), math.getClosingMarker(), MATH);
        } else if (node instanceof MathBlock math) {
            delimited(out, node, math.getOpeningMarker(), math.getClosingMarker(), MATH);
        } else if (node instanceof Image image) {
            add(out, node.getChars(), IMAGE);
            add(out, image.getUrl(), URL);
        } else if (node instanceof Link link) {
            add(out, node.getChars(), LINK);
            add(out, link.getUrl(), URL);
        } else if (node instanceof AutoLink || node instanceof MailLink) {
            add(out, node.getChars(), URL);
        } else if (node instanceof Citation) {
            add(out, node.getChars(), CITATION);
        } else if (node instanceof ImageRef || node instanceof LinkRef) {
            add(out, node.getChars(), LINK);
        } else if (node instanceof Reference reference) {
            add(out, node.getChars(), LINK);
            add(out, reference.getUrl(), URL);
        } else if (node instanceof Footnote || node instanceof FootnoteBlock) {
            add(out, node instanceof FootnoteBlock block ? footnoteLabel(block) : node.getChars(), FOOTNOTE);
        } else if (node instanceof YamlFrontMatterBlock) {
            add(out, node.getChars(), FRONT_MATTER);
        } else if (node instanceof BlockQuote quote) {
            add(out, node.getChars(), QUOTE);
            add(out, quote.getOpeningMarker(), MARKER);
        } else if (node instanceof TaskListItem item) {
            add(out, item.getOpeningMarker(), LIST_MARKER);
            add(out, item.getMarkerSuffix(), LIST_MARKER);
        } else if (node instanceof ListItem item) {
            add(out, item.getOpeningMarker(), LIST_MARKER);
        } else if (node instanceof KramdownHtmlElement element) {
            add(out, element.getOpeningTag(), HTML);
            add(out, element.getClosingTag(), HTML);
        } else if (node instanceof KramdownHtmlBlock || node instanceof KramdownExtensionBlock
                || node instanceof KramdownSpan) {
            add(out, node.getChars(), HTML);
        } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            add(out, node.getChars(), HTML);
        } else if (node instanceof ThematicBreak || node instanceof TableSeparator) {
            add(out, node.getChars(), RULE);
        }
    }

    /** "[^1]:" of a footnote definition, not its whole text. */
    private static BasedSequence footnoteLabel(FootnoteBlock block) {
        BasedSequence open = block.getOpeningMarker();
        BasedSequence close = block.getClosingMarker();
        if (open.isNull() || close.isNull()) {
            return BasedSequence.NULL;
        }
        return open.baseSubSequence(open.getStartOffset(), close.getEndOffset());
    }

    private static void delimited(List<StyleRange> out, Node node, BasedSequence open, BasedSequence close,
            String styleClass) {
        add(out, node.getChars(), styleClass);
        add(out, open, MARKER);
        add(out, close, MARKER);
    }

    private static void add(List<StyleRange> out, BasedSequence chars, String styleClass) {
        if (chars != null && chars.isNotNull() && chars.length() > 0) {
            out.add(new StyleRange(chars.getStartOffset(), chars.getEndOffset(), styleClass));
        }
    }
}
