package org.papernotes.blog;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes the managed keys in the template's form, through SnakeYAML's serializer so that quoting is always
 * what YAML needs: {@code title: 'Title'} (single-quoted, as the template's posts are), {@code date:
 * YYYY-MM-DD} plain, {@code permalink: /posts/YYYY/MM/slug/} plain, {@code tags:} as a block list indented by
 * two; then the kept text of an imported post's other keys, unchanged.
 */
public final class FrontMatterWriter {

    /** Building a Yaml is costly (resolver patterns, representers); one per thread, as Yaml is not thread-safe. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(FrontMatterWriter::yaml);

    private FrontMatterWriter() {
    }

    /**
     * @param permalink null to write no permalink (an imported post that had none keeps Jekyll's default URL)
     * @param kept      YAML lines kept from an import, or empty
     */
    public static String write(String title, LocalDate date, String permalink, List<String> tags, String kept) {
        List<NodeTuple> entries = new ArrayList<>();
        entries.add(entry("title", new ScalarNode(Tag.STR, title, null, null, DumperOptions.ScalarStyle.SINGLE_QUOTED)));
        entries.add(entry("date", new ScalarNode(Tag.TIMESTAMP, date.toString(), null, null, DumperOptions.ScalarStyle.PLAIN)));
        if (permalink != null) {
            entries.add(entry("permalink", plain(permalink)));
        }
        List<Node> items = tags.stream().map(FrontMatterWriter::plain).map(Node.class::cast).toList();
        entries.add(entry("tags", new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.BLOCK)));
        StringWriter out = new StringWriter();
        YAML.get().serialize(new MappingNode(Tag.MAP, entries, DumperOptions.FlowStyle.BLOCK), out);
        String managed = out.toString();
        if (tags.isEmpty()) {
            // An empty block list cannot be written in block style; "tags: []" says the same and is valid YAML.
            managed = managed.replace("tags: [\n  ]\n", "tags: []\n").replace("tags: [\n]\n", "tags: []\n");
        }
        return managed + kept;
    }

    /** {@code title: '…'} as the template writes it, with its line end. */
    static String titleLine(String title) {
        return serialize(List.of(entry("title",
                new ScalarNode(Tag.STR, title, null, null, DumperOptions.ScalarStyle.SINGLE_QUOTED))));
    }

    /** {@code tags:} as a block list indented by two (or {@code tags: []}), with its line end. */
    static String tagsLines(List<String> tags) {
        if (tags.isEmpty()) {
            return "tags: []\n";
        }
        List<Node> items = tags.stream().map(FrontMatterWriter::plain).map(Node.class::cast).toList();
        return serialize(List.of(entry("tags", new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.BLOCK))));
    }

    private static String serialize(List<NodeTuple> entries) {
        StringWriter out = new StringWriter();
        YAML.get().serialize(new MappingNode(Tag.MAP, entries, DumperOptions.FlowStyle.BLOCK), out);
        return out.toString();
    }

    private static NodeTuple entry(String key, Node value) {
        return new NodeTuple(plain(key), value);
    }

    private static ScalarNode plain(String value) {
        return new ScalarNode(Tag.STR, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setExplicitStart(false);
        return new Yaml(options);
    }
}
