package org.papernotes.blog;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.papernotes.markdown.KramdownExtensionBlock;
import org.papernotes.markdown.KramdownHtmlBlock;
import org.papernotes.markdown.KramdownSpan;
import org.papernotes.markdown.KramdownText;
import org.papernotes.markdown.MarkdownConfig;
import org.papernotes.markdown.MathBlock;
import org.papernotes.markdown.MathInline;
import org.papernotes.markdown.ParsedNote;
import org.papernotes.markdown.RawHtmlMath;
import org.papernotes.model.CjkText;

/**
 * A note's text as a post body for one blog, made by edits at the source spans that need them, found on the
 * note's one reading ({@link MarkdownConfig#parse}); every other character stays as it was. What kramdown and the
 * blog's MathJax do decides each edit:
 * <ul>
 *   <li>{@code $x$} in Markdown, where the blog's MathJax does not find {@code $…$} (or kramdown would change the
 *       TeX), becomes {@code $$x$$}, the one delimiter kramdown itself reads; the formula MathJax receives stays the
 *       one the note means: in an imported post, the TeX kramdown made of it (its escapes {@code \_ \* \| \{ \}}
 *       removed), in a note written here, the TeX as written. A formula standing alone in its paragraph gets
 *       kramdown's {@code \$$…$$}, so that it stays inline; {@code |} becomes {@code \vert} where the line could
 *       start a table. A formula kramdown cuts (emphasis, code, links inside) is left as it is and reported.</li>
 *   <li>{@code $x$} in raw HTML or {@code {::nomarkdown}}, which kramdown does not read, becomes {@code \(x\)}.</li>
 *   <li>Display blocks and inline {@code $$…$$} keep their place and their indentation.</li>
 *   <li>Written safe ({@link Mode#SAFE}, a note written or edited here) also: text Jekyll would read as Liquid
 *       ({@code {{ }}}, {@code {% %}}) in math and code, or not in the post as imported, is wrapped in
 *       {@code {% raw %}}; a line break between two Chinese characters in a paragraph is removed (kramdown would
 *       show a space).</li>
 * </ul>
 */
public final class PostBody {

    /** Which edits to make. */
    public enum Mode {
        /** Only the math the blog would not show: fixing an imported post, nothing else of it changes. */
        MATH_ONLY,
        /** Everything the blog would misread: a note written or edited in PaperNotes. */
        SAFE
    }

    /** Why the blog does not show a formula as the note means it. */
    public enum Reason {
        /** The blog's MathJax does not find {@code $…$}. */
        SINGLE_DOLLAR,
        /** kramdown changes the TeX between single dollars (its escapes) before MathJax sees it. */
        KRAMDOWN_ESCAPES,
        /** A {@code |} in the formula makes kramdown start a table. */
        PIPE_STARTS_TABLE,
        /** kramdown makes emphasis, code or a link of part of it: no edit can keep it a formula as written. */
        CUT_BY_KRAMDOWN
    }

    /** A formula of the note that the blog would not show as the note means it. */
    public record Problem(int offset, String formula, Reason reason) {
    }

    /**
     * @param text     the body with the edits made
     * @param problems the formulas of the note the blog would not show as it was; those of reason
     *                 {@link Reason#CUT_BY_KRAMDOWN} are still so in {@code text}
     */
    public record Result(String text, List<Problem> problems) {
        /** Whether some formula would not show on the blog as the note was written. */
        public boolean hadUnshownMath() {
            return !problems.isEmpty();
        }
    }

    private record Edit(int start, int end, String replacement) {
    }

    private PostBody() {
    }

    /**
     * @param writtenForKramdown the note is an imported post (its single-dollar TeX passed through kramdown)
     * @param keptLiquid         Liquid tags the post had when imported, which stay Liquid; empty for a note
     */
    public static Result write(String note, boolean writtenForKramdown, BlogMath blog, Mode mode, Set<String> keptLiquid) {
        ParsedNote parsed = MarkdownConfig.standard().parse(note);
        List<Edit> edits = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<int[]> literal = new ArrayList<>(); // math and code, where Liquid is always guarded
        for (Node node : parsed.document().getDescendants()) {
            if (node instanceof MathInline math) {
                literal.add(new int[] {math.getStartOffset(), math.getEndOffset()});
                inlineMath(note, math, writtenForKramdown, blog, edits, problems);
            } else if (node instanceof MathBlock || node instanceof Code || node instanceof FencedCodeBlock
                    || node instanceof IndentedCodeBlock) {
                literal.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            } else if (node instanceof KramdownHtmlBlock) {
                rawMath(note, node.getChars(), blog, edits, problems);
            } else if (node instanceof KramdownExtensionBlock block
                    && block.kind() == KramdownExtensionBlock.Kind.NOMARKDOWN) {
                rawMath(note, block.getBody(), blog, edits, problems);
            } else if (node instanceof KramdownSpan span && span.kind() == KramdownSpan.Kind.NOMARKDOWN) {
                rawMath(note, span.getBody(), blog, edits, problems);
            } else if (node instanceof SoftLineBreak softBreak && mode == Mode.SAFE) {
                joinChineseLines(note, softBreak, edits);
            } else if (node instanceof Text text && mode == Mode.SAFE && blog.findsDollars()) {
                literalDollars(note, text.getChars(), edits);
            }
        }
        if (mode == Mode.SAFE) {
            guardLiquid(note, literal, keptLiquid, PostImages.baseurlPrefixes(parsed), edits);
        }
        return new Result(apply(note, edits), List.copyOf(problems));
    }

    /** The formulas the blog would not show as the note means them; nothing is changed. */
    public static List<Problem> problems(String note, boolean writtenForKramdown, BlogMath blog) {
        return write(note, writtenForKramdown, blog, Mode.MATH_ONLY, Set.of()).problems();
    }

    private static void inlineMath(String note, MathInline math, boolean forKramdown, BlogMath blog, List<Edit> edits,
                                   List<Problem> problems) {
        Block block = enclosingBlock(math);
        boolean startsTable = math.getText().indexOf('|') >= 0
                && (isOnFirstLine(note, block, math) || math.getAncestorOfType(TableCell.class) != null);
        BasedSequence text = math.getText();
        int from = text.getStartOffset();
        int to = text.getEndOffset();
        if (math.isDoubleDollar()) {
            if (startsTable) {
                problems.add(new Problem(math.getStartOffset(), math.getChars().toString(), Reason.PIPE_STARTS_TABLE));
                protectPipes(note, from, to, false, edits);
            }
            return;
        }
        int blockStart = block == null ? from : Math.min(from, block.getStartOffset());
        int blockEnd = block == null ? to : Math.max(to, block.getEndOffset());
        KramdownText.Reading kramdown = KramdownText.of(note.substring(blockStart, blockEnd), from - blockStart,
                to - blockStart);
        Reason reason;
        if (forKramdown && kramdown.damaged()) {
            problems.add(new Problem(math.getStartOffset(), math.getChars().toString(), Reason.CUT_BY_KRAMDOWN));
            return;
        } else if (!blog.findsDollars()) {
            reason = Reason.SINGLE_DOLLAR;
        } else if (!forKramdown && (kramdown.damaged() || !kramdown.edits().isEmpty())) {
            reason = Reason.KRAMDOWN_ESCAPES;
        } else if (startsTable) {
            reason = Reason.PIPE_STARTS_TABLE;
        } else {
            return;
        }
        problems.add(new Problem(math.getStartOffset(), math.getChars().toString(), reason));
        boolean alone = block instanceof Paragraph && block.getChars().trim().toString().equals(math.getChars().toString())
                && afterBlockBoundary(note, block);
        edits.add(new Edit(math.getStartOffset(), from, alone ? "\\$$" : "$$"));
        if (forKramdown) {
            // the TeX kramdown made of it: its escapes and entities applied, then the pipes protected
            List<KramdownText.Edit> applied = kramdown.edits();
            int next = 0;
            for (int i = 0; i < to - from; i++) {
                KramdownText.Edit edit = next < applied.size() && applied.get(next).index() == i ? applied.get(next++) : null;
                if (edit != null && edit.length() == 1 && edit.replacement().isEmpty()) {
                    char escaped = note.charAt(from + i + 1);
                    if (escaped == '|') {
                        edits.add(new Edit(from + i, from + i + 2, vert(note, from + i + 2, to)));
                    } else {
                        edits.add(new Edit(from + i, from + i + 1, ""));
                    }
                    i++;
                } else if (edit != null) {
                    String decoded = edit.replacement().equals("|") ? vert(note, from + i + edit.length(), to)
                            : edit.replacement();
                    edits.add(new Edit(from + i, from + i + edit.length(), decoded));
                    i += edit.length() - 1;
                } else if (note.charAt(from + i) == '|') {
                    edits.add(new Edit(from + i, from + i + 1, vert(note, from + i + 1, to)));
                }
            }
        } else {
            protectPipes(note, from, to, true, edits);
        }
        edits.add(new Edit(to, math.getEndOffset(), "$$"));
    }

    /** {@code |} and {@code \|} as macros, which render the same and start no table. */
    private static void protectPipes(String note, int from, int to, boolean escapedBarIsNorm, List<Edit> edits) {
        for (int i = from; i < to; i++) {
            char c = note.charAt(i);
            if (c == '\\' && i + 1 < to) {
                if (note.charAt(i + 1) == '|' && escapedBarIsNorm) {
                    edits.add(new Edit(i, i + 2, "\\Vert" + spaceBeforeLetter(note, i + 2, to)));
                }
                i++;
            } else if (c == '|') {
                edits.add(new Edit(i, i + 1, vert(note, i + 1, to)));
            }
        }
    }

    private static String vert(String note, int next, int to) {
        return "\\vert" + spaceBeforeLetter(note, next, to);
    }

    /** "|x" must become "\vert x", not the unknown macro "\vertx". */
    private static String spaceBeforeLetter(String note, int next, int to) {
        return next < to && Character.isLetter(note.charAt(next)) ? " " : "";
    }

    /** Single-dollar math in text kramdown passes through: {@code \(…\)}, which MathJax finds by default. */
    private static void rawMath(String note, BasedSequence raw, BlogMath blog, List<Edit> edits, List<Problem> problems) {
        if (raw.isNull() || blog.findsDollars()) {
            return;
        }
        int base = raw.getStartOffset();
        for (RawHtmlMath.Formula formula : RawHtmlMath.find(raw, 0, raw.length())) {
            if (formula.singleDollar()) {
                problems.add(new Problem(base + formula.start(),
                        raw.subSequence(formula.start(), formula.end()).toString(), Reason.SINGLE_DOLLAR));
                edits.add(new Edit(base + formula.start(), base + formula.contentStart(), "\\("));
                edits.add(new Edit(base + formula.contentEnd(), base + formula.end(), "\\)"));
            }
        }
    }

    /**
     * A dollar sign that is text, where the blog's MathJax looks for {@code $…$}: MathJax would pair it with the next
     * one ("costs $5 and $6" typeset as math), so it is written so that the page holds {@code \$}, which MathJax
     * shows as a dollar sign: {@code \\$} for {@code $}, {@code \\\$} for kramdown's escape {@code \$}.
     */
    private static void literalDollars(String note, BasedSequence text, List<Edit> edits) {
        int from = text.getStartOffset();
        int to = text.getEndOffset();
        for (int i = from; i < to; i++) {
            char c = note.charAt(i);
            if (c == '\\') {
                int run = i;
                while (run < to && note.charAt(run) == '\\') {
                    run++;
                }
                if (run < to && note.charAt(run) == '$' && run - i == 1) {
                    edits.add(new Edit(i, run + 1, "\\\\\\$"));
                }
                i = run < to && note.charAt(run) == '$' ? run : run - 1; // two or more: the page already has \$
            } else if (c == '$') {
                edits.add(new Edit(i, i + 1, "\\\\$"));
            }
        }
    }

    private static void joinChineseLines(String note, SoftLineBreak softBreak, List<Edit> edits) {
        Node next = softBreak.getNext();
        int before = softBreak.getStartOffset();
        if (next == null || before == 0) {
            return;
        }
        int after = next.getStartOffset();
        while (after < note.length() && (note.charAt(after) == ' ' || note.charAt(after) == '\t')) {
            after++;
        }
        if (after >= note.length()) {
            return;
        }
        if (CjkText.isWrittenWithoutSpaces(note.codePointBefore(before))
                && CjkText.isWrittenWithoutSpaces(note.codePointAt(after))) {
            int start = before;
            while (start > 0 && (note.charAt(start - 1) == ' ' || note.charAt(start - 1) == '\t')) {
                start--;
            }
            if (before - start >= 2) {
                return; // two spaces: a hard line break the author asked for
            }
            edits.add(new Edit(start, after, ""));
        }
    }

    /**
     * Wraps Liquid tags in {@code {% raw %}}: every one in math and code, and elsewhere those the post did not have,
     * but the {@code {{ site.baseurl }}} an image's source starts with (the template's way to link its images, typed
     * to be Liquid). Text already inside {@code {% raw %}…{% endraw %}} is left alone.
     */
    private static void guardLiquid(String note, List<int[]> literal, Set<String> kept, Set<Integer> imageBaseurls,
                                    List<Edit> edits) {
        for (LiquidEscaper.Token token : LiquidEscaper.tokens(note)) {
            if (token.protectedAlready() || imageBaseurls.contains(token.start())) {
                continue;
            }
            boolean inLiteral = literal.stream().anyMatch(r -> r[0] <= token.start() && token.start() < r[1]);
            if (!inLiteral && kept.contains(token.text())) {
                continue;
            }
            if (token.text().contains("endraw")) {
                // "{% endraw %}" cannot sit inside a raw block: only its opening "{%" is protected
                edits.add(new Edit(token.start(), token.start() + 2, LiquidEscaper.RAW + "{%" + LiquidEscaper.END_RAW));
                continue;
            }
            edits.add(new Edit(token.start(), token.start(), LiquidEscaper.RAW));
            edits.add(new Edit(token.end(), token.end(), LiquidEscaper.END_RAW));
        }
    }

    /** The Liquid tags of a post's text outside math and code: those stay Liquid when it is written back. */
    public static Set<String> liquidOutsideMathAndCode(String note) {
        if (note.indexOf("{{") < 0 && note.indexOf("{%") < 0) {
            return Set.of();
        }
        ParsedNote parsed = MarkdownConfig.standard().parse(note);
        List<int[]> literal = new ArrayList<>();
        for (Node node : parsed.document().getDescendants()) {
            if (node instanceof MathInline || node instanceof MathBlock || node instanceof Code
                    || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                literal.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            }
        }
        java.util.Set<String> kept = new java.util.LinkedHashSet<>();
        for (LiquidEscaper.Token token : LiquidEscaper.tokens(note)) {
            if (!token.protectedAlready() && literal.stream().noneMatch(r -> r[0] <= token.start() && token.start() < r[1])) {
                kept.add(token.text());
            }
        }
        return kept;
    }

    private static Block enclosingBlock(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof Block)) {
            parent = parent.getParent();
        }
        return parent instanceof Document ? null : (Block) parent;
    }

    private static boolean isOnFirstLine(String note, Block block, MathInline math) {
        if (block == null) {
            return false;
        }
        int newline = note.indexOf('\n', block.getStartOffset());
        return newline < 0 || math.getStartOffset() < newline;
    }

    /** kramdown's after_block_boundary for a paragraph: after a blank line, or first in its container. */
    private static boolean afterBlockBoundary(String note, Block block) {
        if (block.getPrevious() == null && !(block.getParent() instanceof Document)) {
            return true;
        }
        int lineStart = block.getStartOffset();
        while (lineStart > 0 && note.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        if (lineStart == 0) {
            return true;
        }
        int previousStart = lineStart - 1;
        while (previousStart > 0 && note.charAt(previousStart - 1) != '\n') {
            previousStart--;
        }
        return note.substring(previousStart, lineStart - 1).replace(">", "").isBlank();
    }

    private static String apply(String note, List<Edit> edits) {
        if (edits.isEmpty()) {
            return note;
        }
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder out = new StringBuilder(note.length() + edits.size() * 8);
        int copied = 0;
        for (Edit edit : sorted) {
            if (edit.start() < copied) {
                continue; // overlaps an edit already made
            }
            out.append(note, copied, edit.start()).append(edit.replacement());
            copied = edit.end();
        }
        return out.append(note, copied, note.length()).toString();
    }
}
