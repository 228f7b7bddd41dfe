package org.papernotes.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The flexmark set-up for notes: one {@link Parser} and one {@link HtmlRenderer}, built once from one
 * {@link MutableDataSet} and shared (both are safe for concurrent use).
 */
public final class MarkdownConfig {

    /** The HTML attribute holding "start-end" source offsets of a rendered block, for scroll sync. */
    public static final String SOURCE_POSITION_ATTRIBUTE = "data-pos";

    private static final MarkdownConfig STANDARD = new MarkdownConfig();

    private final Parser parser;
    private final HtmlRenderer renderer;

    private MarkdownConfig() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                FootnoteExtension.create(),
                StrikethroughExtension.create(),
                TaskListExtension.create(),
                AutolinkExtension.create(),
                YamlFrontMatterExtension.create(),
                MathExtension.create(),
                KramdownExtension.create(),
                CjkLineBreakExtension.create(),
                CitationExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // As kramdown reads them: ![fig]({{ site.baseurl }}/images/fig.png) is an image, not text.
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        options.set(HtmlRenderer.SOURCE_POSITION_ATTRIBUTE, SOURCE_POSITION_ATTRIBUTE);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** The configuration every part of PaperNotes uses. */
    public static MarkdownConfig standard() {
        return STANDARD;
    }

    public Parser parser() {
        return parser;
    }

    public HtmlRenderer renderer() {
        return renderer;
    }

    /**
     * Parses a note; {@code null} is read as an empty note. This is the one reading of a note: the editor's
     * highlighting, the preview and the export to the blog all work on it.
     */
    public ParsedNote parse(String text) {
        String source = text == null ? "" : text;
        return new ParsedNote(source, parser.parse(source));
    }
}
