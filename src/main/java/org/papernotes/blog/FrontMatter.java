package org.papernotes.blog;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What a post's front matter says about the keys PaperNotes manages (title, date, permalink, tags), and the
 * text of everything else, kept line for line (other keys, comments) so that export can give it back.
 * Parsed with SnakeYAML's node API, which keeps scalars as written (a date stays "23-11-14", not a Date).
 *
 * @param title     the title, or null when the key is missing
 * @param date      the date the front matter gives, or null when it gives none (or none that parses)
 * @param permalink the permalink as written, or null
 * @param tags      the tags, from a block list, an inline list or one space-separated string
 * @param kept      the lines of all other keys and comments, in their order; empty when there are none
 * @param warnings  irregularities found (typo'd keys, two-digit years)
 * @param dateText  the date as written ({@code 2024-02-02 10:30:00 +0800}), or null
 */
public record FrontMatter(String title, LocalDate date, String permalink, List<String> tags, String kept,
                          List<BlogMessage> warnings, String dateText) {

    private static final Set<String> MANAGED = Set.of("title", "date", "permalink", "tags");
    /** A typo found in real posts; Jekyll ignores it, so the date comes from the file name there. */
    private static final String DATE_TYPO = "data";
    private static final Pattern DATE = Pattern.compile("(\\d{4}|\\d{2})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");

    public FrontMatter {
        tags = List.copyOf(tags);
        warnings = List.copyOf(warnings);
    }

    /** Parses the text between the {@code ---} lines. */
    public static FrontMatter parse(String text) throws PostFormatException {
        Node root = compose(text);
        List<BlogMessage> warnings = new ArrayList<>();
        if (root == null) {
            return new FrontMatter(null, null, null, List.of(), text.strip(), warnings, null);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new PostFormatException(BlogMessage.of(BlogMessage.Code.FRONT_MATTER_NOT_KEYS));
        }
        String[] lines = text.split("\n", -1);
        boolean[] managedLine = new boolean[lines.length];
        boolean hasDate = mapping.getValue().stream().anyMatch(t -> "date".equals(keyName(t)));
        String title = null;
        String dateText = null;
        String permalink = null;
        List<String> tags = List.of();
        for (NodeTuple entry : mapping.getValue()) {
            String key = keyName(entry);
            boolean managed = MANAGED.contains(key) || (DATE_TYPO.equals(key) && !hasDate);
            if (!managed) {
                continue;
            }
            markLines(entry, lines, managedLine);
            Node value = entry.getValueNode();
            switch (key) {
                case "title" -> title = scalar(value);
                case "permalink" -> permalink = scalar(value);
                case "tags" -> tags = tags(value);
                default -> {
                    dateText = scalar(value);
                    if (DATE_TYPO.equals(key)) {
                        warnings.add(BlogMessage.of(BlogMessage.Code.DATA_KEY_AS_DATE));
                    }
                }
            }
        }
        LocalDate date = dateText == null ? null : parseDate(dateText, warnings);
        return new FrontMatter(blankToNull(title), date, blankToNull(permalink), tags, keptText(lines, managedLine),
                warnings, date == null ? null : dateText.strip());
    }

    /** Building a Yaml is costly; one per thread, as Yaml is not thread-safe. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        return new Yaml(new SafeConstructor(options));
    });

    private static Node compose(String text) throws PostFormatException {
        try {
            return YAML.get().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? -1 : e.getProblemMark().getLine() + 2;
            throw new PostFormatException(line > 0
                    ? BlogMessage.of(BlogMessage.Code.FRONT_MATTER_BAD_YAML_AT, line, e.getProblem())
                    : BlogMessage.of(BlogMessage.Code.FRONT_MATTER_BAD_YAML, e.getProblem() + "."));
        } catch (YAMLException e) {
            throw new PostFormatException(BlogMessage.of(BlogMessage.Code.FRONT_MATTER_BAD_YAML, e.getMessage()));
        }
    }

    private static String keyName(NodeTuple entry) {
        return entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
    }

    /** Marks the lines of one entry, from its key to its value's last line that is not a comment or blank. */
    private static void markLines(NodeTuple entry, String[] lines, boolean[] marked) {
        int first = entry.getKeyNode().getStartMark().getLine();
        var end = entry.getValueNode().getEndMark();
        int last = end.getColumn() == 0 ? end.getLine() - 1 : end.getLine();
        last = Math.min(last, lines.length - 1);
        while (last > first && (lines[last].isBlank() || lines[last].stripLeading().startsWith("#"))) {
            last--;
        }
        for (int i = first; i <= last; i++) {
            marked[i] = true;
        }
    }

    private static String keptText(String[] lines, boolean[] managedLine) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!managedLine[i]) {
                kept.add(lines[i]);
            }
        }
        while (!kept.isEmpty() && kept.get(0).isBlank()) {
            kept.remove(0);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
            kept.remove(kept.size() - 1);
        }
        return kept.isEmpty() ? "" : String.join("\n", kept) + "\n";
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** Jekyll takes a list, or a string split at spaces. */
    private static List<String> tags(Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(FrontMatter::scalar)
                    .filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        }
        String text = scalar(node);
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }

    /** {@code 2024-01-18}, with an optional time; a two-digit year is taken as 20YY, with a warning. */
    static LocalDate parseDate(String text, List<BlogMessage> warnings) {
        Matcher matcher = DATE.matcher(text.strip());
        if (!matcher.matches()) {
            warnings.add(BlogMessage.of(BlogMessage.Code.NOT_A_DATE, text));
            return null;
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(1).length() == 2) {
            year += 2000;
            warnings.add(BlogMessage.of(BlogMessage.Code.TWO_DIGIT_YEAR, text, year));
        }
        try {
            return LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            warnings.add(BlogMessage.of(BlogMessage.Code.NO_SUCH_DATE, text));
            return null;
        }
    }

    /**
     * The moment a post's date stands for, as Jekyll reads it: {@code YYYY-MM-DD}, with an optional time
     * ({@code HH:MM[:SS]}) and zone ({@code +0800}, {@code +08:00}, {@code Z}); without a zone, {@code zone}; without
     * a time, the start of the day. Null when the text is no such date.
     */
    public static java.time.Instant instant(String dateText, LocalDate date, java.time.ZoneId zone) {
        if (date == null) {
            return null;
        }
        Matcher matcher = DATE_TIME.matcher(dateText == null ? "" : dateText.strip());
        java.time.LocalTime time = java.time.LocalTime.MIDNIGHT;
        java.time.ZoneId at = zone;
        if (matcher.matches()) {
            if (matcher.group(1) != null) {
                time = java.time.LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3)));
            }
            if (matcher.group(4) != null) {
                String offset = matcher.group(4);
                at = offset.equals("Z") ? java.time.ZoneOffset.UTC
                        : java.time.ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
            }
        }
        try {
            return date.atTime(time).atZone(at).toInstant();
        } catch (java.time.DateTimeException e) {
            return date.atStartOfDay(zone).toInstant();
        }
    }

    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{2,4}-\\d{1,2}-\\d{1,2}(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
