package org.papernotes.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Parses formulas inside paragraphs by {@link DollarMath}, before any other inline rule sees the TeX, so that
 * underscores, asterisks and backslashes in a formula stay TeX. Code spans are parsed where they start, so a
 * {@code $} inside {@code `code`} never reaches this parser.
 *
 * <p>It also takes {@code \$$tex$$} starting a paragraph when the formula ends its line: kramdown removes the
 * backslash there and reads inline math (its way of keeping a formula that stands alone from becoming display
 * math), where an ordinary escape would leave a dollar sign.
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
        int dollar = open;
        if (input.charAt(open) == '\\') {
            if (!isKramdownInlineEscape(input, open)) {
                return false;
            }
            dollar = open + 1;
        }
        DollarMath.Span span = DollarMath.at(input, dollar, input.length());
        if (span == null || (dollar != open && !span.doubleDollar())) {
            return false;
        }
        inlineParser.flushTextNode();
        MathInline math = new MathInline(
                input.subSequence(open, span.contentStart()),
                input.subSequence(span.contentStart(), span.contentEnd()),
                input.subSequence(span.contentEnd(), span.end()));
        inlineParser.getBlock().appendChild(math);
        inlineParser.setIndex(span.end());
        return true;
    }

    /** {@code \$$…$$} starting the paragraph (after up to three spaces) with only spaces after it on its line. */
    private static boolean isKramdownInlineEscape(BasedSequence input, int backslash) {
        if (backslash + 2 >= input.length() || input.charAt(backslash + 1) != '$' || input.charAt(backslash + 2) != '$') {
            return false;
        }
        int lineStart = backslash;
        while (lineStart > 0 && input.charAt(lineStart - 1) == ' ') {
            lineStart--;
        }
        if (backslash - lineStart > 3 || lineStart > 0) {
            return false;
        }
        DollarMath.Span span = DollarMath.at(input, backslash + 1, input.length());
        if (span == null) {
            return false;
        }
        int i = span.end();
        while (i < input.length() && (input.charAt(i) == ' ' || input.charAt(i) == '\t')) {
            i++;
        }
        return i == input.length() || input.charAt(i) == '\n';
    }

    static final class Factory implements InlineParserExtensionFactory, IndependentExtension {
        @Override
        public CharSequence getCharacters() {
            return "$\\";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new MathInlineParser(inlineParser);
        }
    }
}
