package org.papernotes.blog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.papernotes.model.BlogPost;
import org.papernotes.model.Paper;

/**
 * The text of a paper's post: front matter, then the kramdown-safe note.
 *
 * <p>An imported post keeps its own front matter, byte for byte, as long as what PaperNotes manages (title,
 * date, permalink, tags) still says what it said; only when one of them changed is the front matter written
 * anew, in the template's form, followed by the kept keys. Its note is the body exactly as it was after the
 * closing {@code ---} line (usually starting with the blank line), so nothing is added. A note that was never
 * imported gets the template's blank line between front matter and text.
 */
public final class PostRenderer {

    private PostRenderer() {
    }

    /** @param blog the paper's blog side with slug and date already decided */
    public static String render(Paper paper, BlogPost blog) {
        String title = oneLine(paper.title());
        boolean imported = blog.originalFrontMatter() != null;
        String frontMatter;
        if (imported && managedFieldsUnchanged(title, paper.tags(), blog)) {
            frontMatter = blog.originalFrontMatter();
        } else {
            frontMatter = FrontMatterWriter.write(title, blog.postDate(), blog.permalink(), paper.tags(),
                    blog.keptFrontMatter());
        }
        String body = KramdownSafe.apply(paper.note());
        return PostSource.join(frontMatter, imported ? body : "\n" + body);
    }

    /** Whether title, date, permalink and tags are what the imported front matter says (or implies). */
    static boolean managedFieldsUnchanged(String title, List<String> tags, BlogPost blog) {
        FrontMatter original;
        try {
            original = FrontMatter.parse(blog.originalFrontMatter());
        } catch (PostFormatException e) {
            return false;
        }
        var fileName = blog.lastExportPath() == null ? null
                : PostFileName.parse(blog.lastExportPath().substring(blog.lastExportPath().lastIndexOf('/') + 1)).orElse(null);
        String originalTitle = original.title() != null ? original.title()
                : fileName != null ? PostFileName.titleFromSlug(fileName.slug()) : null;
        var originalDate = original.date() != null ? original.date() : fileName != null ? fileName.date() : null;
        return Objects.equals(oneLine(originalTitle), title)
                && Objects.equals(originalDate, blog.postDate())
                && Objects.equals(original.permalink(), blog.permalink())
                && normalizedTags(original.tags()).equals(normalizedTags(tags));
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
