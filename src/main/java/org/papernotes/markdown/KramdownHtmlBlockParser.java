package org.papernotes.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML blocks as kramdown reads them, in place of CommonMark's rules (which end most HTML blocks at a blank line
 * and read Markdown after it). A line starting (after up to three spaces) with a comment or with the start tag of
 * an element that is not one of kramdown's span elements starts a block. Without {@code markdown="1"} the block is
 * raw up to the end tag that closes the element (kramdown's parse_raw_html: every nested element is tracked, a
 * stray end tag is ignored, and an element never closed runs to the end of the note). With {@code markdown="1"},
 * {@code "block"} or {@code "span"} the content is Markdown, up to a line starting with the element's end tag.
 */
final class KramdownHtmlBlockParser {

    /** kramdown's HTML_SPAN_ELEMENTS: a line starting with one of these is a paragraph. */
    private static final Set<String> SPAN_ELEMENTS = Set.of("a", "abbr", "acronym", "b", "big", "bdo", "br", "button",
            "cite", "code", "del", "dfn", "em", "i", "img", "input", "ins", "kbd", "label", "mark", "option", "q", "rb",
            "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small", "span", "strong", "sub", "sup", "tt", "u", "var");
    private static final Set<String> WITHOUT_BODY = Set.of("area", "base", "br", "col", "command", "embed", "hr", "img",
            "input", "keygen", "link", "meta", "param", "source", "track", "wbr");
    private static final String NAME = "[A-Za-z_:][\\w:.-]*";
    /** kramdown's HTML_TAG_RE. */
    static final Pattern START_TAG = Pattern.compile("<(" + NAME + ")((?:\\s+" + NAME
            + "(?:\\s*=\\s*(?:[\\w]+|\"[^\"]*\"|'[^']*'))?)*)\\s*(/)?>", Pattern.DOTALL);
    private static final Pattern END_TAG = Pattern.compile("</(" + NAME + ")\\s*>");
    private static final Pattern MARKDOWN_ATTRIBUTE = Pattern.compile(
            "\\s+markdown\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\w+))", Pattern.CASE_INSENSITIVE);

    private KramdownHtmlBlockParser() {
    }

    /** A raw block: every line up to the one holding {@code end}. */
    private static final class Raw extends AbstractBlockParser {
        private final KramdownHtmlBlock block;
        private final BasedSequence firstLine;
        private final int end;
        private int lastEnd;
        private boolean done;

        Raw(BasedSequence firstLine, int end) {
            this.firstLine = firstLine;
            this.block = new KramdownHtmlBlock(firstLine);
            this.end = end;
            this.lastEnd = firstLine.getEndOffset();
            this.done = firstLine.getEndOffset() >= end;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (done) {
                return BlockContinue.none();
            }
            BasedSequence line = state.getLine();
            if (line.getEndOffset() >= end) {
                lastEnd = Math.max(lastEnd, line.trimEOL().getEndOffset());
                done = true;
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(ParserState state, BasedSequence line) {
            lastEnd = Math.max(lastEnd, line.trimEOL().getEndOffset());
        }

        @Override
        public boolean isPropagatingLastBlankLine(BlockParser lastMatchedBlockParser) {
            return false;
        }

        @Override
        public void closeBlock(ParserState state) {
            block.setChars(firstLine.baseSubSequence(firstLine.getStartOffset(), lastEnd));
        }
    }

    /** An element whose content is Markdown: a container up to the line starting with its end tag. */
    private static final class Element extends AbstractBlockParser {
        private final KramdownHtmlElement block;
        private final Pattern closing;
        private boolean done;

        Element(String name, BasedSequence openingTag) {
            block = new KramdownHtmlElement(name);
            block.setOpeningTag(openingTag);
            closing = Pattern.compile("^ {0,3}</" + Pattern.quote(name) + "\\s*>", Pattern.CASE_INSENSITIVE);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (done) {
                return BlockContinue.none();
            }
            BasedSequence line = state.getLine();
            Matcher matcher = closing.matcher(line.subSequence(Math.min(state.getIndex(), line.length())));
            if (matcher.find()) {
                BasedSequence rest = line.subSequence(state.getIndex());
                block.setClosingTag(rest.subSequence(matcher.start(), matcher.end()).trimStart());
                done = true;
                return BlockContinue.finished();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void addLine(ParserState state, BasedSequence line) {
            // a container holds no lines of its own
        }

        @Override
        public void closeBlock(ParserState state) {
            BasedSequence opening = block.getOpeningTag();
            int end = block.getClosingTag().isNotNull() ? block.getClosingTag().getEndOffset()
                    : block.getLastChild() != null ? block.getLastChild().getEndOffset() : opening.getEndOffset();
            block.setChars(opening.baseSubSequence(opening.getStartOffset(), end));
        }
    }

    static final class Factory implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        /** Before CommonMark's HTML blocks, which would otherwise take these lines. */
        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(HtmlBlockParser.Factory.class);
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            if (start >= line.length() || line.charAt(start) != '<') {
                return BlockStart.none();
            }
            BasedSequence note = line.getBaseSequence();
            int tagStart = line.subSequence(start).getStartOffset();
            if (startsWith(note, tagStart, "<!--")) {
                int close = note.toString().indexOf("-->", tagStart + 4);
                return raw(line, start, close < 0 ? note.length() : close + 3);
            }
            Matcher tag = START_TAG.matcher(note).region(tagStart, note.length());
            if (!tag.lookingAt()) {
                return BlockStart.none();
            }
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            if (SPAN_ELEMENTS.contains(name)) {
                return BlockStart.none();
            }
            Matcher markdown = MARKDOWN_ATTRIBUTE.matcher(tag.group(2));
            String mode = markdown.find() ? firstNonNull(markdown.group(1), markdown.group(2), markdown.group(3)) : "0";
            boolean closed = tag.group(3) != null || WITHOUT_BODY.contains(name);
            if (!closed && (mode.equals("1") || mode.equals("block") || mode.equals("span"))
                    && !name.equals("script") && !name.equals("style")) {
                Element parser = new Element(name, note.subSequence(tag.start(), tag.end()));
                int after = tag.end() - line.getStartOffset();
                if (after > line.length()) {
                    return BlockStart.none(); // a start tag over several lines: left to CommonMark
                }
                return BlockStart.of(parser).atIndex(after);
            }
            int end = closed ? tag.end() : rawEnd(note, name, tag.end());
            return raw(line, start, end);
        }

        private static BlockStart raw(BasedSequence line, int start, int end) {
            return BlockStart.of(new Raw(line.subSequence(start).trimEOL(), end)).atIndex(line.length());
        }

        /** Where kramdown's parse_raw_html ends the element opened before {@code from}. */
        private static int rawEnd(BasedSequence note, String name, int from) {
            if (name.equals("script") || name.equals("style")) {
                Matcher close = Pattern.compile("</" + name + "\\s*>", Pattern.CASE_INSENSITIVE).matcher(note)
                        .region(from, note.length());
                return close.find() ? close.end() : note.length();
            }
            Deque<String> open = new ArrayDeque<>();
            open.push(name);
            int i = from;
            String text = note.toString();
            while (i < text.length()) {
                int lt = text.indexOf('<', i);
                if (lt < 0) {
                    break;
                }
                if (text.startsWith("<!--", lt)) {
                    int close = text.indexOf("-->", lt + 4);
                    i = close < 0 ? text.length() : close + 3;
                    continue;
                }
                Matcher start = START_TAG.matcher(text).region(lt, text.length());
                if (start.lookingAt()) {
                    String inner = start.group(1).toLowerCase(Locale.ROOT);
                    if (start.group(3) == null && !WITHOUT_BODY.contains(inner)) {
                        open.push(inner);
                    }
                    i = start.end();
                    continue;
                }
                Matcher end = END_TAG.matcher(text).region(lt, text.length());
                if (end.lookingAt()) {
                    if (end.group(1).toLowerCase(Locale.ROOT).equals(open.peek())) {
                        open.pop();
                        if (open.isEmpty()) {
                            return end.end();
                        }
                    }
                    i = end.end();
                    continue;
                }
                i = lt + 1;
            }
            return text.length();
        }

        private static String firstNonNull(String... values) {
            for (String value : values) {
                if (value != null) {
                    return value;
                }
            }
            return "";
        }

        private static boolean startsWith(BasedSequence text, int at, String prefix) {
            return at + prefix.length() <= text.length()
                    && text.subSequence(at, at + prefix.length()).toString().equals(prefix);
        }
    }
}
