package org.papernotes.blog;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papernotes.markdown.KramdownExtensionBlock;
import org.papernotes.markdown.KramdownHtmlBlock;
import org.papernotes.markdown.KramdownSpan;
import org.papernotes.markdown.MarkdownConfig;
import org.papernotes.markdown.ParsedNote;

/**
 * The images a note or post shows, read on the note's one parse ({@link MarkdownConfig#parse}) as the preview reads
 * them: Markdown images ({@code ![alt](src)}, and {@code ![alt][ref]} through its reference definition) and the
 * {@code src} of {@code <img>} tags in raw HTML (HTML blocks, inline tags, {@code {::nomarkdown}}). Code is not read.
 * Each source comes with where its text lies, so that export can change a link's target and nothing else.
 */
public final class PostImages {

    /** An {@code <img …>} tag (up to its end, quoted {@code >} allowed) and a {@code src} attribute within one. */
    private static final Pattern IMG_TAG = Pattern.compile("(?is)<img\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>?");
    private static final Pattern BASEURL = Pattern.compile("\\{\\{\\s*site\\.baseurl\\s*}}");
    private static final Pattern SRC = Pattern.compile(
            "(?is)\\ssrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");

    /**
     * One image source of the text.
     *
     * @param start  where the target's text starts in the note
     * @param end    where it ends
     * @param target the target as the page gets it (HTML entities of an attribute decoded)
     * @param html   whether it is the {@code src} of an {@code <img>} tag
     */
    public record Source(int start, int end, String target, boolean html) {
    }

    private PostImages() {
    }

    /** Whether the text may show an image at all: the parse is skipped for the many notes without one. */
    public static boolean mayHaveImages(String text) {
        return text != null && (text.contains("![") || text.toLowerCase(Locale.ROOT).contains("<img"));
    }

    /** The image sources of the text, in the order they appear; a definition used by several images comes once. */
    public static List<Source> of(String text) {
        return mayHaveImages(text) ? of(MarkdownConfig.standard().parse(text)) : List.of();
    }

    /** The image sources of a parsed note (walked on the caller's thread). */
    public static List<Source> of(ParsedNote parsed) {
        if (!mayHaveImages(parsed.text())) {
            return List.of();
        }
        Document document = parsed.document();
        TreeMap<Integer, Source> found = new TreeMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Image image) {
                add(found, image.getUrl(), false);
            } else if (node instanceof ImageRef ref && ref.isDefined()) {
                Reference reference = ref.getReferenceNode(document);
                if (reference != null) {
                    add(found, reference.getUrl(), false);
                }
            } else if (node instanceof KramdownHtmlBlock || node instanceof HtmlBlock || node instanceof HtmlInline) {
                html(found, node.getChars());
            } else if (node instanceof KramdownExtensionBlock block
                    && block.kind() == KramdownExtensionBlock.Kind.NOMARKDOWN) {
                html(found, block.getBody());
            } else if (node instanceof KramdownSpan span && span.kind() == KramdownSpan.Kind.NOMARKDOWN) {
                html(found, span.getBody());
            }
        }
        return List.copyOf(found.values());
    }

    /** Where image sources start with {@code {{ site.baseurl }}} (the Liquid the template links its images with). */
    static java.util.Set<Integer> baseurlPrefixes(ParsedNote parsed) {
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        for (Source source : of(parsed)) {
            if (BASEURL.matcher(source.target()).lookingAt()) {
                starts.add(source.start());
            }
        }
        return starts;
    }

    /**
     * The text with image targets changed: {@code newTarget} gives a source's new target, or null to keep it. Only the
     * target's characters change. {@code newTarget} must give a target that needs no escaping in a Markdown link or
     * an HTML attribute (a site path such as {@code /images/slug/fig.png}).
     */
    public static String rewrite(String text, Function<String, String> newTarget) {
        List<Source> sources = new ArrayList<>(of(text));
        if (sources.isEmpty()) {
            return text;
        }
        sources.sort(Comparator.comparingInt(Source::start));
        StringBuilder out = new StringBuilder(text.length() + 32);
        int copied = 0;
        boolean changed = false;
        for (Source source : sources) {
            String replacement = newTarget.apply(source.target());
            if (replacement == null || source.start() < copied) {
                continue;
            }
            out.append(text, copied, source.start()).append(replacement);
            copied = source.end();
            changed = true;
        }
        return changed ? out.append(text, copied, text.length()).toString() : text;
    }

    private static void add(TreeMap<Integer, Source> found, BasedSequence url, boolean html) {
        if (url == null || url.isNull()) {
            return;
        }
        found.putIfAbsent(url.getStartOffset(), new Source(url.getStartOffset(), url.getEndOffset(), url.toString(), html));
    }

    private static void html(TreeMap<Integer, Source> found, BasedSequence raw) {
        if (raw == null || raw.isNull()) {
            return;
        }
        String text = raw.toString();
        int base = raw.getStartOffset();
        Matcher tag = IMG_TAG.matcher(text);
        while (tag.find()) {
            Matcher src = SRC.matcher(text).region(tag.start(), tag.end());
            if (!src.find()) {
                continue;
            }
            int group = src.group(1) != null ? 1 : src.group(2) != null ? 2 : 3;
            String value = org.jsoup.parser.Parser.unescapeEntities(src.group(group), true);
            int start = base + src.start(group);
            found.putIfAbsent(start, new Source(start, base + src.end(group), value, true));
        }
    }
}
