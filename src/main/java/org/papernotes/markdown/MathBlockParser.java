package org.papernotes.markdown;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Display math as a block, where kramdown makes one: a {@code $$…$$} that starts a block (after a blank line,
 * or first in a list item or quote) and ends one (the closing {@code $$} ends its line and a blank line, the end
 * of the note or of its list item follows). Anything else written with {@code $$} is part of a paragraph, where
 * {@link MathInlineParser} reads it as inline math, as kramdown does: a {@code $$} line right after text, or
 * text right after the closing {@code $$}, keeps the formula in the sentence.
 *
 * <p>The lines between the markers are raw TeX (no Markdown, so {@code \\} and {@code _} survive). The closing
 * {@code $$} is the first one after the opening, even across a blank line, as kramdown finds it.
 */
final class MathBlockParser extends AbstractBlockParser {

    private static final String MARKER = "$$";

    private final MathBlock block = new MathBlock();
    private final List<BasedSequence> texLines = new ArrayList<>();
    /** Offset in the note of the closing marker. */
    private final int closeOffset;
    private BasedSequence lastLine;
    private boolean closed;
    private boolean openingLineAdded;

    private MathBlockParser(BasedSequence openingMarker, int closeOffset) {
        block.setOpeningMarker(openingMarker);
        this.closeOffset = closeOffset;
        lastLine = openingMarker;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        BasedSequence line = state.getLine();
        if (line.getStartOffset() <= closeOffset && closeOffset < line.getEndOffset()) {
            BasedSequence rest = line.subSequence(Math.min(state.getIndex(), line.length()));
            int close = closeOffset - rest.getStartOffset();
            if (close < 0) {
                close = rest.indexOf(MARKER);
            }
            BasedSequence tex = rest.subSequence(0, Math.max(0, close));
            if (!tex.isBlank()) {
                texLines.add(tex);
            }
            block.setClosingMarker(rest.subSequence(close, close + MARKER.length()));
            lastLine = rest.subSequence(0, close + MARKER.length());
            closed = true;
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(Math.min(state.getIndex(), line.length()));
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        if (!openingLineAdded) {
            openingLineAdded = true; // the opening line was taken apart in tryStart
            return;
        }
        BasedSequence content = line.trimEOL();
        texLines.add(content);
        lastLine = content;
    }

    @Override
    public boolean isPropagatingLastBlankLine(BlockParser lastMatchedBlockParser) {
        return false;
    }

    @Override
    public void closeBlock(ParserState state) {
        StringBuilder tex = new StringBuilder();
        for (BasedSequence line : texLines) {
            if (!tex.isEmpty()) {
                tex.append('\n');
            }
            tex.append(line);
        }
        block.setTex(tex.toString().strip());
        BasedSequence opening = block.getOpeningMarker();
        block.setChars(opening.baseSubSequence(opening.getStartOffset(), lastLine.getEndOffset()));
    }

    static final class Factory implements CustomBlockParserFactory, IndependentExtension {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new StartFactory(options);
        }
    }

    private static final class StartFactory extends AbstractBlockParserFactory {
        StartFactory(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4 || matchedBlockParser.getParagraphContent() != null) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            BasedSequence rest = line.subSequence(start).trimEnd();
            if (!rest.startsWith(MARKER) || rest.startsWith("$$$")
                    || !afterBlockBoundary(state, matchedBlockParser, line)) {
                return BlockStart.none();
            }
            BasedSequence note = line.getBaseSequence();
            int contentStart = rest.getStartOffset() + MARKER.length();
            int close = note.indexOf(MARKER, contentStart);
            if (close < 0 || isBlank(note, contentStart, close)
                    || !beforeBlockBoundary(note, close + MARKER.length(), matchedBlockParser)) {
                return BlockStart.none();
            }
            MathBlockParser parser = new MathBlockParser(rest.subSequence(0, MARKER.length()), close);
            if (close < rest.getEndOffset()) {
                int inner = close - contentStart;
                BasedSequence afterOpening = rest.subSequence(MARKER.length());
                parser.texLines.add(afterOpening.subSequence(0, inner));
                parser.block.setClosingMarker(afterOpening.subSequence(inner, inner + MARKER.length()));
                parser.lastLine = rest;
                parser.closed = true;
            } else {
                BasedSequence afterOpening = rest.subSequence(MARKER.length());
                if (!afterOpening.isBlank()) {
                    parser.texLines.add(afterOpening);
                }
                parser.lastLine = rest;
            }
            return BlockStart.of(parser).atIndex(line.length());
        }

        /** kramdown's after_block_boundary: first in its container, or after a blank line. */
        private static boolean afterBlockBoundary(ParserState state, MatchedBlockParser matched, BasedSequence line) {
            Block container = matched.getBlockParser().getBlock();
            if (!(container instanceof Document) && container.getFirstChild() == null) {
                return true;
            }
            BasedSequence note = line.getBaseSequence();
            int lineStart = line.getStartOffset();
            if (lineStart == 0) {
                return true;
            }
            int previousEnd = lineStart - 1; // the '\n' ending the previous line
            int previousStart = previousEnd;
            while (previousStart > 0 && note.charAt(previousStart - 1) != '\n') {
                previousStart--;
            }
            return isBlankLine(note, previousStart, previousEnd);
        }

        /** kramdown's before_block_boundary after the closing marker. */
        private static boolean beforeBlockBoundary(BasedSequence note, int afterClose, MatchedBlockParser matched) {
            int i = afterClose;
            while (i < note.length() && (note.charAt(i) == ' ' || note.charAt(i) == '\t')) {
                i++;
            }
            if (i < note.length() && note.charAt(i) != '\n') {
                return false; // text follows on the closing line
            }
            int nextStart = i + 1;
            if (nextStart >= note.length()) {
                return true;
            }
            int nextEnd = nextStart;
            while (nextEnd < note.length() && note.charAt(nextEnd) != '\n') {
                nextEnd++;
            }
            if (isBlankLine(note, nextStart, nextEnd)) {
                return true;
            }
            String next = note.subSequence(nextStart, nextEnd).toString();
            if (next.stripLeading().startsWith("{:")) {
                return true; // an attribute list ends the block
            }
            Block container = matched.getBlockParser().getBlock();
            if (container instanceof ListItem item) {
                // the next line is no longer in this item: a new item, or text less indented than the item's
                int indent = next.length() - next.stripLeading().length();
                int contentIndent = item.getOpeningMarker().getEndOffset() - lineStartOf(note, item.getStartOffset()) + 1;
                return indent < contentIndent;
            }
            return false;
        }

        private static int lineStartOf(BasedSequence note, int offset) {
            int i = offset;
            while (i > 0 && note.charAt(i - 1) != '\n') {
                i--;
            }
            return i;
        }

        /** Blank, or only a quote's markers and spaces. */
        private static boolean isBlankLine(BasedSequence note, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = note.charAt(i);
                if (c != ' ' && c != '\t' && c != '>' && c != '\r') {
                    return false;
                }
            }
            return true;
        }

        private static boolean isBlank(BasedSequence note, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(note.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
