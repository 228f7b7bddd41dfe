package org.papernotes.bibliography;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;

/**
 * BibTeX field text and the plain Unicode text PaperNotes stores, both ways. Reading: LaTeX accents and escapes
 * become characters (jbibtex's LaTeX parser and printer), braces go, and math ({@code $…$}, {@code \(…\)}) is
 * kept as {@code $…$}, the way notes write math. Writing: the characters BibTeX treats specially are escaped,
 * math is written as it is, and non-ASCII letters are either written as UTF-8 or, for old 8-bit BibTeX, as
 * LaTeX accent commands where one exists.
 */
final class LatexText {

    /** How non-ASCII characters are written. */
    enum Encoding {
        /** As UTF-8 (biber, bibtexu, and classic BibTeX with the inputenc package set to utf8). */
        UTF8,
        /** As LaTeX accent commands where one exists (ä → {\"a}); other characters stay UTF-8. */
        LATEX
    }

    /** Math, with the braces that protect it ({\\(\\Sigma\\)}) when there are both. */
    private static final Pattern MATH = Pattern.compile(
            "(\\{\\s*)?(?:\\$\\$(.+?)\\$\\$|\\$(.+?)\\$|\\\\\\((.+?)\\\\\\)|\\\\\\[(.+?)\\\\\\])(\\s*\\})?", Pattern.DOTALL);
    /** Accents jbibtex's printer does not compose (cedilla, ogonek, dot, ring by command) and ł. */
    private static final Pattern COMBINING_COMMAND = Pattern.compile("\\\\([ckdr])\\s*(?:\\{\\s*([A-Za-z])\\s*\\}|\\s([A-Za-z]))");
    private static final Map<String, String> COMBINING = Map.of("c", "\u0327", "k", "\u0328", "d", "\u0323", "r", "\u030A");
    private static final Pattern STROKED_L = Pattern.compile("\\\\([lL])(?![A-Za-z])(?:\\{\\})?");
    private static final Pattern TIE = Pattern.compile("(?<!\\\\)~");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
    private static final Pattern INLINE_MATH = Pattern.compile("\\$(?!\\s)([^$]+?)\\$");
    /**
     * jbibtex's LaTeX parser, one per thread and re-initialised for each text: a new one allocates buffers that
     * cost more than parsing a field (it was most of the time of reading a .bib).
     */
    private static final ThreadLocal<LaTeXParser> PARSER = ThreadLocal.withInitial(LatexText::newParser);
    /**
     * A quote on its own (O'Brien, Don't, `x'): jbibtex prints it as a curly one (TeX's rendering), which would
     * change what the user typed, and a title written by the app would not read back the same; so it is read as
     * the character it is. Doubled quotes (``x'') are TeX's double quotes and still become “x”.
     */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<![\\\\'])'(?!')|(?<![\\\\`])`(?!`)");

    static {
        // textcomp's names of the straight quote and the grave accent, which jbibtex's printer does not know.
        LaTeXPrinter.setSymbol("textquotesingle", "'");
        LaTeXPrinter.setSymbol("textasciigrave", "`");
    }
    private static final Map<Character, String> ACCENT_COMMANDS = Map.ofEntries(
            Map.entry('\u0300', "`"), Map.entry('\u0301', "'"), Map.entry('\u0302', "^"), Map.entry('\u0303', "~"),
            Map.entry('\u0308', "\""), Map.entry('\u0304', "="), Map.entry('\u0307', "."), Map.entry('\u030C', "v"),
            Map.entry('\u0306', "u"), Map.entry('\u030B', "H"), Map.entry('\u0327', "c"), Map.entry('\u0328', "k"),
            Map.entry('\u030A', "r"));
    private static final Map<Character, String> LETTER_COMMANDS = Map.ofEntries(
            Map.entry('ß', "{\\ss}"), Map.entry('ø', "{\\o}"), Map.entry('Ø', "{\\O}"), Map.entry('æ', "{\\ae}"),
            Map.entry('Æ', "{\\AE}"), Map.entry('œ', "{\\oe}"), Map.entry('Œ', "{\\OE}"), Map.entry('ł', "{\\l}"),
            Map.entry('Ł', "{\\L}"), Map.entry('å', "{\\aa}"), Map.entry('Å', "{\\AA}"), Map.entry('ı', "{\\i}"),
            Map.entry('–', "--"), Map.entry('—', "---"), Map.entry('\u00A0', "~"),
            Map.entry('‘', "{\\textquoteleft}"), Map.entry('’', "{\\textquoteright}"),
            Map.entry('“', "{\\textquotedblleft}"), Map.entry('”', "{\\textquotedblright}"));

    private LatexText() {
    }

    /**
     * Text in paragraphs (an abstract): each paragraph decoded, blank lines between them kept; line breaks
     * inside a paragraph are spaces, as in TeX.
     */
    static String decodeParagraphs(String latex) {
        return String.join("\n\n", java.util.Arrays.stream(PARAGRAPH_BREAK.split(latex)).map(LatexText::decode)
                .filter(paragraph -> !paragraph.isEmpty()).toList());
    }

    /** Paragraphs written with blank lines between them. */
    static String encodeParagraphs(String text, Encoding encoding) {
        return String.join("\n\n", java.util.Arrays.stream(PARAGRAPH_BREAK.split(text.strip()))
                .map(paragraph -> encode(paragraph.strip(), encoding, false)).toList());
    }

    /** A field's LaTeX as plain text; if it is LaTeX that cannot be read, the text as written, braces removed. */
    static String decode(String latex) {
        if (latex == null) {
            return null;
        }
        if (isPlain(latex)) {
            return collapseSpaces(Normalizer.normalize(latex, Normalizer.Form.NFC));
        }
        StringBuilder out = new StringBuilder();
        Matcher math = MATH.matcher(latex);
        int at = 0;
        while (math.find()) {
            boolean braced = math.group(1) != null && math.group(6) != null;
            String before = latex.substring(at, math.start()) + (math.group(1) != null && !braced ? "{" : "");
            out.append(decodeText(before));
            String formula = firstNonNull(math.group(2), math.group(3), math.group(4), math.group(5));
            out.append('$').append(formula.strip()).append('$');
            at = math.group(6) != null && !braced ? math.start(6) : math.end();
        }
        out.append(decodeText(latex.substring(at)));
        return collapseSpaces(out.toString());
    }

    /**
     * Whether a text has nothing jbibtex's parser or printer would change: no command, group, special character,
     * dash ligature or TeX quote (most fields: years, numbers, plain names and titles). Those skip the parser.
     */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\\', '{', '}', '#', '$', '%', '&', '^', '_', '~', '`', '\'' -> {
                    return false;
                }
                case '-' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '-') {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    /** The escaped tilde and circumflex, which jbibtex would read as accents on nothing. */
    private static final Pattern ESCAPED_SYMBOL = Pattern.compile("\\\\(?:([~^])\\{\\}|textascii(tilde|circum)\\{\\})");

    private static String decodeText(String latex) {
        Matcher symbol = ESCAPED_SYMBOL.matcher(latex);
        if (!symbol.find()) {
            return decodePlain(latex);
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        do {
            out.append(decodePlain(latex.substring(at, symbol.start())));
            out.append("~".equals(symbol.group(1)) || "tilde".equals(symbol.group(2)) ? '~' : '^');
            at = symbol.end();
        } while (symbol.find());
        return out.append(decodePlain(latex.substring(at))).toString();
    }

    private static String decodePlain(String latex) {
        if (latex.isEmpty()) {
            return latex;
        }
        // A tie is a space.
        String text = TIE.matcher(latex).replaceAll(" ");
        text = COMBINING_COMMAND.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                (m.group(2) != null ? m.group(2) : m.group(3)) + COMBINING.get(m.group(1))));
        text = STROKED_L.matcher(text).replaceAll(m -> m.group(1).equals("l") ? "ł" : "Ł");
        if (text.isBlank()) {
            return text;
        }
        try {
            List<LaTeXObject> objects = PARSER.get().parse(LONE_QUOTE.matcher(text).replaceAll(
                    m -> m.group().equals("'") ? "\\\\textquotesingle{}" : "\\\\textasciigrave{}"));
            return Normalizer.normalize(new LaTeXPrinter().print(objects), Normalizer.Form.NFC);
        } catch (ParseException | RuntimeException e) {
            // RuntimeException: jbibtex's TokenMgrException, and its printer on commands it does not know
            return Normalizer.normalize(text.replace("{", "").replace("}", ""), Normalizer.Form.NFC);
        }
    }

    /**
     * Plain text as a BibTeX field's content (without the outer braces): BibTeX's special characters escaped,
     * {@code $…$} math kept, braces balanced.
     *
     * @param protectCapitals brace words with a capital after their first letter ({@code BERT}, {@code iPhone})
     *                        so that styles that lower-case titles keep them
     */
    static String encode(String text, Encoding encoding, boolean protectCapitals) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        encodeMath(text, encoding, protectCapitals, out);
        return out.toString().replace("\u0000", "{}");
    }

    /**
     * Outside math, "--" would read back as a dash and '' or `` as a curly quote: what the user typed stays as it
     * is ("-{}-", "'{}'"; the marks become {} at the end). Twice, for runs of three.
     */
    private static String protectLigatures(String text) {
        return protectPairs(protectPairs(text));
    }

    private static String protectPairs(String text) {
        return text.replace("--", "-\u0000-").replace("''", "'\u0000'").replace("``", "`\u0000`");
    }

    private static void encodeMath(String text, Encoding encoding, boolean protectCapitals, StringBuilder out) {
        Matcher math = INLINE_MATH.matcher(text);
        int at = 0;
        while (math.find()) {
            encodeText(text.substring(at, math.start()), encoding, protectCapitals, out);
            String formula = math.group(1);
            if (balanced(formula)) {
                out.append('$').append(formula).append('$');
            } else {
                encodeText(math.group(), encoding, protectCapitals, out);
            }
            at = math.end();
        }
        encodeText(text.substring(at), encoding, protectCapitals, out);
    }

    private static void encodeText(String plain, Encoding encoding, boolean protectCapitals, StringBuilder out) {
        String text = protectLigatures(plain);
        int wordStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean wordChar = Character.isLetterOrDigit(c) || (wordStart >= 0 && c == '-')
                    || Character.getType(c) == Character.NON_SPACING_MARK;
            if (wordChar && wordStart < 0) {
                wordStart = i;
            }
            if (!wordChar && wordStart >= 0) {
                appendWord(text.substring(wordStart, i), encoding, protectCapitals, out);
                wordStart = -1;
            }
            if (!wordChar && i < text.length()) {
                appendSymbol(c, encoding, out);
            }
        }
    }

    private static void appendWord(String word, Encoding encoding, boolean protectCapitals, StringBuilder out) {
        boolean protect = protectCapitals && hasInnerCapital(word);
        if (protect) {
            out.append('{');
        }
        if (encoding == Encoding.UTF8) {
            out.append(word);
        } else {
            String composed = Normalizer.normalize(word, Normalizer.Form.NFC);
            for (int i = 0; i < composed.length(); i++) {
                appendLetter(composed.charAt(i), out);
            }
        }
        if (protect) {
            out.append('}');
        }
    }

    /** One letter for 8-bit BibTeX: ASCII as it is, an accented Latin letter as {\"a}, anything else as UTF-8. */
    private static void appendLetter(char c, StringBuilder out) {
        if (c < 128) {
            out.append(c);
            return;
        }
        if (LETTER_COMMANDS.containsKey(c)) {
            out.append(LETTER_COMMANDS.get(c));
            return;
        }
        String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (parts.length() == 2 && parts.charAt(0) < 128 && ACCENT_COMMANDS.containsKey(parts.charAt(1))) {
            String command = ACCENT_COMMANDS.get(parts.charAt(1));
            char base = parts.charAt(0);
            String letter = String.valueOf(base); // {\"i}, not {\"\i}: both BibTeX and jbibtex read it
            // {\"a}, {\'e}; letter accents need a space or braces: {\c{c}}, {\v{s}}
            out.append("{\\").append(command)
                    .append(Character.isLetter(command.charAt(0)) ? "{" + letter + "}" : letter).append('}');
            return;
        }
        out.append(c);
    }

    private static void appendSymbol(char c, Encoding encoding, StringBuilder out) {
        switch (c) {
            case '\\' -> out.append("\\textbackslash{}");
            case '{' -> out.append("\\{");
            case '}' -> out.append("\\}");
            case '&', '%', '#', '_', '$' -> out.append('\\').append(c);
            case '^' -> out.append("\\^{}");
            case '~' -> out.append("\\~{}");
            case '\n', '\r', '\t' -> out.append(' ');
            default -> {
                if (encoding == Encoding.LATEX && LETTER_COMMANDS.containsKey(c)) {
                    out.append(LETTER_COMMANDS.get(c));
                } else {
                    out.append(c);
                }
            }
        }
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether braces balance, so that math written as it is cannot break the entry. */
    static boolean balanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static String collapseSpaces(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static LaTeXParser newParser() {
        try {
            return new LaTeXParser();
        } catch (ParseException e) {
            throw new IllegalStateException("jbibtex's LaTeX parser cannot start", e); // it parses "" when made
        }
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }
}
