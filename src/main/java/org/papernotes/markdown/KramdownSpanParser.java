package org.papernotes.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's span extensions and attribute lists (EXT_SPAN_START, IAL_SPAN_START), and Liquid's raw tags, inside
 * paragraphs. An attribute list right after text is not one: kramdown shows it as text.
 */
final class KramdownSpanParser implements InlineParserExtension {

    private static final String ANY = "(?:\\\\\\}|[^}])";
    private static final Pattern EXTENSION = Pattern.compile("\\{::(\\w+)(?:\\s(" + ANY + "*?)|)(/)?\\}");
    private static final Pattern ATTRIBUTES = Pattern.compile("\\{:(?!:|/)" + ANY + "+\\}");
    private static final Pattern LIQUID_RAW = Pattern.compile("\\{%-?\\s*(?:end)?raw\\s*-?%\\}");

    KramdownSpanParser(LightInlineParser inlineParser) {
        // stateless
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
        // nothing collected
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
        // nothing collected
    }

    @Override
    public boolean parse(LightInlineParser inlineParser) {
        BasedSequence input = inlineParser.getInput();
        int at = inlineParser.getIndex();
        Matcher liquid = LIQUID_RAW.matcher(input).region(at, input.length());
        if (liquid.lookingAt()) {
            return add(inlineParser, KramdownSpan.Kind.LIQUID_RAW_TAG, at, liquid.end(), BasedSequence.NULL);
        }
        Matcher extension = EXTENSION.matcher(input).region(at, input.length());
        if (extension.lookingAt()) {
            KramdownSpan.Kind kind = switch (extension.group(1)) {
                case "nomarkdown" -> KramdownSpan.Kind.NOMARKDOWN;
                case "comment" -> KramdownSpan.Kind.COMMENT;
                case "options" -> KramdownSpan.Kind.OPTIONS;
                default -> null;
            };
            if (kind == null) {
                return false;
            }
            if (extension.group(3) != null) {
                return add(inlineParser, kind, at, extension.end(), BasedSequence.NULL);
            }
            Matcher stop = Pattern.compile("\\{:/(" + Pattern.quote(extension.group(1)) + ")?\\}").matcher(input)
                    .region(extension.end(), input.length());
            if (!stop.find()) {
                return false;
            }
            return add(inlineParser, kind, at, stop.end(), input.subSequence(extension.end(), stop.start()));
        }
        Matcher attributes = ATTRIBUTES.matcher(input).region(at, input.length());
        if (attributes.lookingAt()) {
            inlineParser.flushTextNode();
            var last = inlineParser.getBlock().getLastChild();
            if (last == null || last instanceof Text) {
                return false;
            }
            return add(inlineParser, KramdownSpan.Kind.ATTRIBUTES, at, attributes.end(), BasedSequence.NULL);
        }
        return false;
    }

    private static boolean add(LightInlineParser inlineParser, KramdownSpan.Kind kind, int from, int to,
                               BasedSequence body) {
        inlineParser.flushTextNode();
        inlineParser.getBlock().appendChild(new KramdownSpan(kind, inlineParser.getInput().subSequence(from, to), body));
        inlineParser.setIndex(to);
        return true;
    }

    static final class Factory implements InlineParserExtensionFactory, IndependentExtension {
        @Override
        public CharSequence getCharacters() {
            return "{";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new KramdownSpanParser(inlineParser);
        }
    }
}
