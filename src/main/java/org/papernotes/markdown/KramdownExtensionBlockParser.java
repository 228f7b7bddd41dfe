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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's block extensions and attribute lists (EXT_BLOCK_START, IAL_BLOCK_START, ALD_START), each of which
 * must stand alone on its line. An extension without its stop line is not one (kramdown then reads a paragraph).
 */
final class KramdownExtensionBlockParser extends AbstractBlockParser {

    private static final String ANY = "(?:\\\\\\}|[^}])";
    private static final Pattern EXTENSION = Pattern.compile("^ {0,3}\\{::(\\w+)(?:\\s(" + ANY + "*?)|)(/)?\\}\\s*$");
    private static final Pattern ATTRIBUTES = Pattern.compile("^ {0,3}\\{:(?!:|/)" + ANY + "+\\}\\s*$");

    private final KramdownExtensionBlock block;
    private final int end;
    private boolean done;

    private KramdownExtensionBlockParser(KramdownExtensionBlock block, int end, boolean done) {
        this.block = block;
        this.end = end;
        this.done = done;
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
        if (state.getLine().getEndOffset() >= end) {
            done = true;
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        // the body is taken from the note in tryStart
    }

    @Override
    public boolean isPropagatingLastBlankLine(BlockParser lastMatchedBlockParser) {
        return false;
    }

    @Override
    public void closeBlock(ParserState state) {
        // chars were set when the block started
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
            BasedSequence line = state.getLine().trimEOL();
            BasedSequence rest = line.subSequence(state.getIndex());
            if (!rest.trimStart().startsWith("{:")) {
                return BlockStart.none();
            }
            if (ATTRIBUTES.matcher(rest).matches()) {
                KramdownExtensionBlock block = new KramdownExtensionBlock(KramdownExtensionBlock.Kind.ATTRIBUTES,
                        rest.trim(), BasedSequence.NULL);
                return BlockStart.of(new KramdownExtensionBlockParser(block, line.getEndOffset(), true))
                        .atIndex(state.getLine().length());
            }
            Matcher extension = EXTENSION.matcher(rest);
            if (!extension.matches()) {
                return BlockStart.none();
            }
            KramdownExtensionBlock.Kind kind = switch (extension.group(1)) {
                case "nomarkdown" -> KramdownExtensionBlock.Kind.NOMARKDOWN;
                case "comment" -> KramdownExtensionBlock.Kind.COMMENT;
                case "options" -> KramdownExtensionBlock.Kind.OPTIONS;
                default -> null;
            };
            if (kind == null) {
                return BlockStart.none();
            }
            BasedSequence note = line.getBaseSequence();
            if (extension.group(3) != null) {
                KramdownExtensionBlock block = new KramdownExtensionBlock(kind, rest.trim(), BasedSequence.NULL);
                return BlockStart.of(new KramdownExtensionBlockParser(block, line.getEndOffset(), true))
                        .atIndex(state.getLine().length());
            }
            Pattern stop = Pattern.compile("^ {0,3}\\{:/(" + Pattern.quote(extension.group(1)) + ")?\\}[ \\t]*$",
                    Pattern.MULTILINE);
            int bodyStart = Math.min(note.length(), line.getEndOffset() + 1);
            Matcher stopLine = stop.matcher(note).region(bodyStart, note.length());
            if (!stopLine.find()) {
                return BlockStart.none();
            }
            int bodyEnd = Math.max(bodyStart, stopLine.start() - 1); // without the line end before the stop tag
            KramdownExtensionBlock block = new KramdownExtensionBlock(kind,
                    note.subSequence(rest.trimStart().getStartOffset(), stopLine.end()),
                    note.subSequence(bodyStart, bodyEnd));
            return BlockStart.of(new KramdownExtensionBlockParser(block, stopLine.end(), false))
                    .atIndex(state.getLine().length());
        }
    }
}
