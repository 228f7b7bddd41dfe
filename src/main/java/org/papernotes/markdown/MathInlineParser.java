package org.papernotes.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Parses {@code $tex$} and {@code $$tex$$} inside paragraphs before any other inline rule sees the TeX, so
 * underscores, asterisks and backslashes in a formula stay TeX. Code spans are parsed where they start, so a
 * {@code $} inside {@code `code`} never reaches this parser.
 *
 * <p>The rules follow Pandoc's {@code tex_math_dollars}, which keeps prices from turning into math: the opening
 * {@code $} must be followed by a non-space, the closing {@code $} must follow a non-space and must not be followed
 * by a digit. A backslash escapes the next character inside the formula ({@code \$} is a dollar sign in TeX).
 */
final class MathInlineParser implements InlineParserExtension {

    MathInlineParser(LightInlineParser inlineParser) {
        // stateless: one instance per inline parser is what flexmark asks for
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
        // nothing collected across blocks
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
        // nothing collected within a block
    }

    @Override
    public boolean parse(LightInlineParser inlineParser) {
        BasedSequence input = inlineParser.getInput();
        int open = inlineParser.getIndex();
        int markerLength = open + 1 < input.length() && input.charAt(open + 1) == '$' ? 2 : 1;
        int texStart = open + markerLength;
        if (texStart >= input.length()) {
            return false;
        }
        char first = input.charAt(texStart);
        if (first == '$' || (markerLength == 1 && Character.isWhitespace(first))) {
            return false;
        }
        int close = findClosing(input, texStart, markerLength);
        if (close < 0) {
            return false;
        }
        inlineParser.flushTextNode();
        MathInline math = new MathInline(
                input.subSequence(open, texStart),
                input.subSequence(texStart, close),
                input.subSequence(close, close + markerLength));
        inlineParser.getBlock().appendChild(math);
        inlineParser.setIndex(close + markerLength);
        return true;
    }

    /** Index of the closing marker, or -1. */
    private static int findClosing(BasedSequence input, int from, int markerLength) {
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                if (markerLength == 2) {
                    if (i + 1 < input.length() && input.charAt(i + 1) == '$') {
                        return i;
                    }
                } else if (!Character.isWhitespace(input.charAt(i - 1))
                        && !(i + 1 < input.length() && Character.isDigit(input.charAt(i + 1)))) {
                    return i;
                }
            }
        }
        return -1;
    }

    static final class Factory implements InlineParserExtensionFactory, IndependentExtension {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new MathInlineParser(inlineParser);
        }
    }
}
