package org.papernotes.blog;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.papernotes.model.BlogPost;
import org.papernotes.model.Paper;
import org.papernotes.model.PostOrigin;

/**
 * The bytes of a paper's post file for one blog.
 *
 * <p>An imported post that was not edited is given back as it was, byte for byte (line ends and byte-order mark
 * included), even where the blog cannot show some of its math: fixing that is the user's explicit choice
 * ({@code fixMath}), and then only the math changes ({@link PostBody.Mode#MATH_ONLY}); once fixed, it stays fixed at
 * later exports. An edited post is written
 * safe for its blog ({@link PostBody.Mode#SAFE}), its front matter changed only where the paper changed
 * ({@link FrontMatterEditor}), in the file's own line ends. A note that was never imported gets the template's
 * front matter and a blank line before its text.
 */
public final class PostRenderer {

    /**
     * @param bytes     the file's content
     * @param edited    the note or a managed front-matter field differs from the post as imported (always true
     *                  for a note never imported)
     * @param problems  the formulas of the note the blog would not show as the note means them; with
     *                  {@code edited} or {@code fixMath} all but those kramdown cuts were fixed in {@code bytes}
     */
    public record Rendered(byte[] bytes, String text, boolean edited, List<PostBody.Problem> problems) {
        /** Whether the written file still has math the blog does not show. */
        public boolean unshownMathLeft(boolean fixed) {
            return problems.stream().anyMatch(p -> !fixed || p.reason() == PostBody.Reason.CUT_BY_KRAMDOWN);
        }
    }

    private PostRenderer() {
    }

    /**
     * @param blog    the paper's blog side with slug and date already decided
     * @param origin  how the post was imported ({@link PostOrigin#NONE} for a note written here)
     * @param fixMath make an unedited imported post's math safe for the blog
     */
    public static Rendered render(Paper paper, BlogPost blog, PostOrigin origin, BlogMath math, boolean fixMath) {
        boolean imported = blog.originalFrontMatter() != null;
        String note = paper.note();
        String frontMatter;
        boolean frontMatterChanged;
        if (imported) {
            try {
                frontMatter = FrontMatterEditor.edit(blog.originalFrontMatter(), paper.title(), paper.tags(),
                        blog.slug() == null ? null : PostFileName.titleFromSlug(blog.slug()));
            } catch (PostFormatException | RuntimeException e) {
                frontMatter = FrontMatterWriter.write(oneLine(paper.title()), blog.postDate(), blog.permalink(),
                        paper.tags(), blog.keptFrontMatter());
            }
            frontMatterChanged = !frontMatter.equals(blog.originalFrontMatter());
        } else {
            frontMatter = FrontMatterWriter.write(oneLine(paper.title()), blog.postDate(), blog.permalink(),
                    paper.tags(), blog.keptFrontMatter());
            frontMatterChanged = true;
        }
        boolean noteEdited = !imported || !unchangedSinceImport(note, blog, origin);
        // an unedited post PaperNotes wrote since its import had its math fixed: it stays fixed
        fixMath = fixMath || (imported && origin.lastExportedAt() != null);
        PostBody.Result body;
        if (!noteEdited) {
            body = PostBody.write(note, true, math, PostBody.Mode.MATH_ONLY, Set.of());
            if (!fixMath) {
                body = new PostBody.Result(note, body.problems());
            }
        } else {
            Set<String> kept = origin.keptLiquid().isEmpty() ? Set.of() : Set.of(origin.keptLiquid().split("\n"));
            body = PostBody.write(note, imported, math, PostBody.Mode.SAFE, kept);
        }
        String text = PostSource.join(frontMatter, imported ? body.text() : "\n" + body.text());
        boolean edited = noteEdited || frontMatterChanged;
        byte[] bytes;
        if (imported && !edited && !fixMath && origin.originalBytes() != null) {
            bytes = origin.originalBytes().clone();
        } else {
            bytes = encode(text, imported ? origin : PostOrigin.NONE);
        }
        return new Rendered(bytes, text, edited, body.problems());
    }

    /** Whether the note is the body the post had when it was imported. */
    public static boolean unchangedSinceImport(String note, BlogPost blog, PostOrigin origin) {
        if (origin.bodyHash() != null) {
            return origin.bodyHash().equals(Hashes.sha256(note.getBytes(StandardCharsets.UTF_8)));
        }
        // imported before PaperNotes kept the body's hash: the file it read is the one it would write back
        byte[] asRead = PostSource.join(blog.originalFrontMatter(), note).getBytes(StandardCharsets.UTF_8);
        return blog.lastExportHash() != null && Hashes.sha256(asRead).equals(blog.lastExportHash());
    }

    /** UTF-8 in the file's own line ends, with its byte-order mark if it had one. */
    static byte[] encode(String text, PostOrigin style) {
        String lines = style.lineEnd().equals("\n") ? text : text.replace("\n", style.lineEnd());
        byte[] utf8 = lines.getBytes(StandardCharsets.UTF_8);
        if (!style.byteOrderMark()) {
            return utf8;
        }
        byte[] withMark = new byte[utf8.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withMark, 3, utf8.length);
        return withMark;
    }

    /** Tags as the library stores them: trimmed, each once regardless of case, in order. */
    static List<String> normalizedTags(List<String> tags) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String tag : tags) {
            if (tag != null && !tag.isBlank()) {
                unique.putIfAbsent(tag.strip().toLowerCase(Locale.ROOT), tag.strip());
            }
        }
        return List.copyOf(unique.values());
    }

    private static String oneLine(String title) {
        return title == null ? null : title.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
