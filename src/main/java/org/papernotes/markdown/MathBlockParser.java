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
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Display math as a block: from a line starting with {@code $$} to a line ending with {@code $$}. The lines in
 * between are raw TeX (no Markdown, so {@code \\} and {@code _} survive). A block left open ends at the next blank
 * line, so typing {@code $$} does not swallow the rest of the note; TeX has no blank lines in display math anyway.
 */
final class MathBlockParser extends AbstractBlockParser {

    private static final String MARKER = "$$";

    private final MathBlock block = new MathBlock();
    private final List<BasedSequence> texLines = new ArrayList<>();
    private BasedSequence lastLine;
    private boolean closed;
    private boolean openingLineAdded;

    private MathBlockParser(BasedSequence openingMarker) {
        block.setOpeningMarker(openingMarker);
        lastLine = openingMarker;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed || state.isBlank()) {
            return BlockContinue.none();
        }
        BasedSequence line = state.getLine().subSequence(state.getIndex()).trimEnd();
        if (line.endsWith(MARKER)) {
            BasedSequence tex = line.subSequence(0, line.length() - MARKER.length());
            if (!tex.isBlank()) {
                texLines.add(tex);
            }
            block.setClosingMarker(line.subSequence(line.length() - MARKER.length()));
            lastLine = line;
            closed = true;
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
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
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            BasedSequence rest = line.subSequence(start).trimEnd();
            if (!rest.startsWith(MARKER) || rest.startsWith("$$$")) {
                return BlockStart.none();
            }
            BasedSequence afterOpening = rest.subSequence(MARKER.length());
            int inner = afterOpening.indexOf(MARKER);
            MathBlockParser parser = new MathBlockParser(rest.subSequence(0, MARKER.length()));
            if (inner >= 0) {
                // "$$ tex $$" on one line is a block only when nothing follows the closing marker
                if (inner + MARKER.length() != afterOpening.length()) {
                    return BlockStart.none();
                }
                BasedSequence tex = afterOpening.subSequence(0, inner);
                if (tex.isBlank()) {
                    return BlockStart.none();
                }
                parser.texLines.add(tex);
                parser.block.setClosingMarker(afterOpening.subSequence(inner));
                parser.lastLine = rest;
                parser.closed = true;
            } else {
                if (!afterOpening.isBlank()) {
                    parser.texLines.add(afterOpening);
                }
                parser.lastLine = rest;
            }
            return BlockStart.of(parser).atIndex(line.length());
        }
    }
}
