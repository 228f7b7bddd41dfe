package org.papernotes.blog;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Changes an imported post's front matter where the user changed the paper, and nowhere else: a key that still
 * says what it said keeps its exact text (quoting, list style, comments, order); a changed title or tag list is
 * written in the template's style at its old place; a key the post lacked is added (the title first, the tags
 * last). Tags are compared as the library compares them, ignoring case, and a tag the post had keeps the post's
 * spelling ("Deep Learning" stays so even where the library spells it "deep learning").
 */
final class FrontMatterEditor {

    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        return new Yaml(new SafeConstructor(options));
    });

    private FrontMatterEditor() {
    }

    /**
     * @param original     the front matter as imported (the text between the {@code ---} lines)
     * @param impliedTitle the title Jekyll gives the post when its front matter has none
     * @return the edited text; {@code original} itself when nothing changed
     */
    static String edit(String original, String title, List<String> tags, String impliedTitle) throws PostFormatException {
        FrontMatter read = FrontMatter.parse(original);
        Node root = YAML.get().compose(new StringReader(original));
        String[] lines = original.split("\n", -1);
        int[] titleLines = null;
        int[] tagLines = null;
        if (root instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                String key = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
                if (key.equals("title") && titleLines == null) {
                    titleLines = lines(entry, lines);
                } else if (key.equals("tags") && tagLines == null) {
                    tagLines = lines(entry, lines);
                }
            }
        }
        String newTitle = null;
        String had = read.title() != null ? read.title() : impliedTitle;
        if (!Objects.equals(oneLine(had), oneLine(title)) && title != null) {
            newTitle = FrontMatterWriter.titleLine(oneLine(title));
        }
        String newTags = null;
        if (!lowerCase(read.tags()).equals(lowerCase(tags))) {
            newTags = FrontMatterWriter.tagsLines(spelledAsThePost(tags, read.tags()));
        }
        if (newTitle == null && newTags == null) {
            return original;
        }
        List<String> out = new ArrayList<>();
        if (newTitle != null && titleLines == null) {
            out.add(newTitle.stripTrailing());
        }
        for (int i = 0; i < lines.length; i++) {
            if (newTitle != null && titleLines != null && i == titleLines[0]) {
                out.add(newTitle.stripTrailing());
                i = titleLines[1];
            } else if (newTags != null && tagLines != null && i == tagLines[0]) {
                out.add(newTags.stripTrailing());
                i = tagLines[1];
            } else {
                out.add(lines[i]);
            }
        }
        if (newTags != null && tagLines == null) {
            int end = out.size();
            while (end > 0 && out.get(end - 1).isEmpty()) {
                end--; // before the final line end
            }
            out.add(end, newTags.stripTrailing());
        }
        return String.join("\n", out);
    }

    /** The paper's tags, each in the post's spelling where the post had it. */
    static List<String> spelledAsThePost(List<String> tags, List<String> post) {
        Map<String, String> spelling = new LinkedHashMap<>();
        post.forEach(tag -> spelling.putIfAbsent(tag.strip().toLowerCase(Locale.ROOT), tag.strip()));
        return tags.stream().map(tag -> spelling.getOrDefault(tag.strip().toLowerCase(Locale.ROOT), tag.strip())).toList();
    }

    /** The first and last line of an entry: its key's line to its value's last line that is not a comment. */
    private static int[] lines(NodeTuple entry, String[] lines) {
        int first = entry.getKeyNode().getStartMark().getLine();
        var end = entry.getValueNode().getEndMark();
        int last = end.getColumn() == 0 ? end.getLine() - 1 : end.getLine();
        last = Math.max(first, Math.min(last, lines.length - 1));
        while (last > first && (lines[last].isBlank() || lines[last].stripLeading().startsWith("#"))) {
            last--;
        }
        return new int[] {first, last};
    }

    private static List<String> lowerCase(List<String> tags) {
        return PostRenderer.normalizedTags(tags).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    private static String oneLine(String text) {
        return text == null ? null : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
