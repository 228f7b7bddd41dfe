package org.papernotes.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.papernotes.bibliography.Cancellation;
import org.papernotes.bibliography.CitationKeyPattern;
import org.papernotes.model.Paper;
import org.papernotes.store.Library;
import org.papernotes.workflow.AddPapers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add papers by DOI, arXiv id or URL (looked up online), from .bib files, or from PDFs.",
            "A paper the library has already (same DOI, arXiv id or title) is reported, not added again.",
            "Lookups go to doi.org and export.arxiv.org, or to the library's lookup.doiUrl and lookup.arxivUrl "
                + "(see 'papernotes config'), or to $PAPERNOTES_DOI_URL and $PAPERNOTES_ARXIV_URL, which come first."})
final class AddCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @ParentCommand
    PaperNotesCli cli;

    @Parameters(paramLabel = "DOI|ARXIV-ID|URL|FILE.bib|FILE.pdf", arity = "1..*",
            description = "What to add, e.g. 10.1145/3366423.3380142, 1706.03762, https://arxiv.org/abs/2305.18290, refs.bib, paper.pdf.")
    List<String> inputs;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AddPapers.Outcome outcome;
        try (Library opened = library.open()) {
            AddPapers add = new AddPapers(opened, Lookups.forLibrary(opened, cli.environment()), CitationKeyPattern.of(CitationKeyPattern.DEFAULT));
            outcome = add.add(inputs, new Cancellation(), notice -> err.println("papernotes: " + notice));
        }
        if (json) {
            out.println(Json.write(json(outcome)));
        } else {
            for (Paper paper : outcome.added()) {
                out.printf("added %d [%s] %s%n", paper.id(), paper.citationKey(), paper.title());
            }
            for (AddPapers.Candidate existing : outcome.existing()) {
                long id = existing.existing().orElseThrow().id();
                out.printf("exists %s: %s%n", id == 0 ? "(earlier in this list)" : String.valueOf(id),
                        existing.paper().title());
            }
            for (AddPapers.Candidate incomplete : outcome.incomplete()) {
                err.println("papernotes: " + incomplete.source() + ": " + incomplete.note());
            }
            for (AddPapers.Problem problem : outcome.problems()) {
                err.println("papernotes: " + problem.source() + ": " + problem.message());
            }
        }
        return outcome.problems().isEmpty() ? 0 : PaperNotesCli.FAILURE;
    }

    private static JsonObject json(AddPapers.Outcome outcome) {
        JsonObject json = new JsonObject();
        JsonArray added = new JsonArray();
        outcome.added().forEach(paper -> added.add(Json.paper(paper)));
        json.add("added", added);
        JsonArray existing = new JsonArray();
        for (AddPapers.Candidate candidate : outcome.existing()) {
            JsonObject item = new JsonObject();
            item.addProperty("source", candidate.source());
            item.addProperty("title", candidate.paper().title());
            long id = candidate.existing().orElseThrow().id();
            if (id != 0) {
                item.addProperty("id", id);
            }
            existing.add(item);
        }
        json.add("existing", existing);
        JsonArray notes = new JsonArray();
        for (AddPapers.Candidate candidate : outcome.incomplete()) {
            JsonObject item = new JsonObject();
            item.addProperty("source", candidate.source());
            item.addProperty("note", candidate.note());
            notes.add(item);
        }
        json.add("incomplete", notes);
        JsonArray problems = new JsonArray();
        for (AddPapers.Problem problem : outcome.problems()) {
            JsonObject item = new JsonObject();
            item.addProperty("source", problem.source());
            item.addProperty("message", problem.message());
            problems.add(item);
        }
        json.add("problems", problems);
        return json;
    }
}
