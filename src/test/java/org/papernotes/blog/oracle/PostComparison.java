package org.papernotes.blog.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.papernotes.blog.oracle.MathJaxReader.Formula;
import org.papernotes.model.CjkText;

/**
 * Whether a post renders intact: the formulas MathJax typesets (in order, inline or display), the visible text
 * around them, the block structure and the image sources of an exported post against the reference.
 *
 * <p>Formulas are compared as TeX reads them: white space only where it ends a control word before a letter or sits
 * inside {@code \text{…}}; {@code \vert} and {@code \Vert} are {@code |} and {@code \|}; and kramdown's typographic
 * replacements in the original (‘’“” for quotes, – — … « ») are read as the ASCII the author typed, since kramdown
 * makes them out of TeX by accident ({@code f'(x)} became {@code f’(x)}) and the export repairs that.
 */
public final class PostComparison {

    private static final Pattern VERT = Pattern.compile("\\\\vert(?![a-zA-Z])");
    private static final Pattern BIG_VERT = Pattern.compile("\\\\Vert(?![a-zA-Z])");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

    /** What one comparison found: how many reference formulas there were, how many came through, what differs. */
    public record Result(int formulas, int intactFormulas, List<String> differences) {
        public boolean intact() {
            return differences.isEmpty();
        }
    }

    private PostComparison() {
    }

    /**
     * @param reference the formulas and text the post must show (its original on the set-up it was written for)
     * @param exported  the export as a reader on {@code setup} sees it
     */
    public static Result compare(String post, MathJaxSetup setup, MathJaxReader.Reading reference, RenderedPage original,
                                 MathJaxReader.Reading exported, RenderedPage export) {
        List<String> differences = new ArrayList<>();
        List<String> expected = reference.formulas().stream().map(PostComparison::key).toList();
        List<String> actual = exported.formulas().stream().map(PostComparison::key).toList();
        int intact = lcs(expected, actual);
        if (!expected.equals(actual)) {
            for (String missing : minus(expected, actual)) {
                differences.add(post + " [" + setup + "]: formula " + missing + " is not typeset as written");
            }
            for (String extra : minus(actual, expected)) {
                differences.add(post + " [" + setup + "]: formula " + extra + " is typeset but was not in the original");
            }
            if (differences.isEmpty()) {
                differences.add(post + " [" + setup + "]: formulas in another order");
            }
        }
        String expectedText = text(reference.text());
        String actualText = text(exported.text());
        if (!expectedText.equals(actualText)) {
            differences.add(post + " [" + setup + "]: visible text differs: " + firstDifference(expectedText, actualText));
        }
        if (original != null && !original.blocks().equals(export.blocks())) {
            differences.add(post + ": block structure differs: " + firstDifference(
                    String.join(", ", original.blocks()), String.join(", ", export.blocks())));
        }
        if (original != null && !original.imageSources().equals(export.imageSources())) {
            differences.add(post + ": image sources differ: " + original.imageSources() + " became " + export.imageSources());
        }
        return new Result(expected.size(), Math.min(intact, expected.size()), differences);
    }

    /** A formula as the comparison sees it. */
    static String key(Formula formula) {
        return (formula.display() ? "display " : "inline ") + "\u201c" + tex(formula.tex()) + "\u201d";
    }

    /** TeX with its insignificant white space and equivalent spellings reduced to one form. */
    static String tex(String tex) {
        String plain = tex.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace("\u2014", "---").replace("\u2013", "--").replace("\u2026", "...")
                .replace("\u00ab", "<<").replace("\u00bb", ">>");
        plain = BIG_VERT.matcher(VERT.matcher(plain).replaceAll("|")).replaceAll("\\\\|");
        StringBuilder out = new StringBuilder(plain.length());
        int textDepth = -1; // brace depth at which a \text{…} group started, or -1
        int depth = 0;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isWhitespace(c)) {
                int j = i;
                while (j < plain.length() && Character.isWhitespace(plain.charAt(j))) {
                    j++;
                }
                boolean afterControlWord = endsWithControlWord(out);
                boolean beforeLetter = j < plain.length() && Character.isLetter(plain.charAt(j));
                if (textDepth >= 0 || (afterControlWord && beforeLetter)) {
                    out.append(' ');
                }
                i = j - 1;
                continue;
            }
            if (c == '\\' && i + 1 < plain.length()) {
                int j = i + 1;
                while (j < plain.length() && Character.isLetter(plain.charAt(j))) {
                    j++;
                }
                if (j == i + 1) {
                    j++; // a control symbol such as \{ or \,
                }
                String word = plain.substring(i, j);
                out.append(word);
                if (textDepth < 0 && word.matches("\\\\(text[a-z]*|mbox|hbox|operatorname)")
                        && j < plain.length() && plain.charAt(j) == '{') {
                    textDepth = depth;
                }
                i = j - 1;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (textDepth >= 0 && depth <= textDepth) {
                    textDepth = -1;
                }
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    private static boolean endsWithControlWord(StringBuilder out) {
        int i = out.length() - 1;
        while (i >= 0 && Character.isLetter(out.charAt(i))) {
            i--;
        }
        return i >= 0 && i < out.length() - 1 && out.charAt(i) == '\\';
    }

    /** Visible text: white space collapsed, and none between two Chinese characters (a joined line break). */
    static String text(String text) {
        String collapsed = SPACE_RUN.matcher(text).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(collapsed.length());
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            if (c == ' ' && out.length() > 0 && i + 1 < collapsed.length()
                    && CjkText.isWrittenWithoutSpaces(Character.codePointBefore(out, out.length()))
                    && CjkText.isWrittenWithoutSpaces(collapsed.codePointAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return "\u201c\u2026" + expected.substring(from, Math.min(expected.length(), i + 60)) + "\u201d became \u201c\u2026"
                + actual.substring(from, Math.min(actual.length(), i + 60)) + "\u201d";
    }

    /** The items of {@code a} left over after matching {@code b} by longest common subsequence. */
    private static List<String> minus(List<String> a, List<String> b) {
        int[][] table = lcsTable(a, b);
        List<String> left = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size()) {
            if (j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && table[i][j + 1] >= table[i + 1][j]) {
                j++;
            } else {
                left.add(a.get(i));
                i++;
            }
        }
        return left;
    }

    private static int lcs(List<String> a, List<String> b) {
        return lcsTable(a, b)[0][0];
    }

    private static int[][] lcsTable(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table;
    }
}
