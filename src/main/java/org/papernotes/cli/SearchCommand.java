package org.papernotes.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.SearchHit;
import org.papernotes.model.SnippetPart;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

// No -h or -V: "-hello" must reach the query as a word to exclude, not be read as -h with "ello".
@Command(name = "search", versionProvider = PaperNotesCli.VersionProvider.class,
        description = {"Search the notes, titles, tags, authors and venues; best matches first.",
                "QUERY: words (all must match; a word also finds longer words it begins), \"phrases\", "
                        + "-excluded, tag:NAME, status:read, year:2024 or year:2020-2024, author:Name. "
                        + "Chinese, Japanese and Korean text is found by any part of one or more characters."},
        footer = {"", "Examples:", "  papernotes search 遗忘", "  papernotes search 'DPO 偏好 -reward year:2024'",
                "  papernotes search '\"machine unlearning\" tag:privacy' --json"})
final class SearchCommand implements Callable<Integer> {

    /** Marks around a hit in the text output; the JSON output gives the parts instead. */
    static final String HIT_START = "«";
    static final String HIT_END = "»";

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Option(names = "--help", usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--version", versionHelp = true, description = "Print version information and exit.")
    boolean version;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query; several arguments are joined with spaces.")
    List<String> query = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON: the paper's fields, score and snippet parts.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandFailure("--limit must be at least 1.");
        }
        String text = String.join(" ", query);
        if (text.isBlank()) {
            throw new CommandFailure("The query is empty; see 'papernotes search --help'.");
        }
        List<SearchHit> hits;
        try (Library opened = library.open()) {
            hits = opened.searchIndex().search(text, PaperFilter.ALL, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonArray array = new JsonArray();
            hits.forEach(hit -> array.add(json(hit)));
            out.println(Json.write(array));
            return 0;
        }
        if (hits.isEmpty()) {
            spec.commandLine().getErr().println("No papers match " + text);
        }
        for (SearchHit hit : hits) {
            out.println(ListCommand.line(hit.paper()));
            if (!hit.snippet().isEmpty()) {
                out.println("       " + marked(hit.snippet()));
            }
        }
        return 0;
    }

    static String marked(List<SnippetPart> snippet) {
        StringBuilder text = new StringBuilder();
        for (SnippetPart part : snippet) {
            text.append(part.hit() ? HIT_START + part.text() + HIT_END : part.text());
        }
        return text.toString();
    }

    private static JsonObject json(SearchHit hit) {
        JsonObject object = Json.summary(hit.paper());
        object.addProperty("score", hit.score());
        JsonArray parts = new JsonArray();
        for (SnippetPart part : hit.snippet()) {
            JsonObject json = new JsonObject();
            json.addProperty("text", part.text());
            json.addProperty("hit", part.hit());
            parts.add(json);
        }
        object.add("snippet", parts);
        return object;
    }
}
