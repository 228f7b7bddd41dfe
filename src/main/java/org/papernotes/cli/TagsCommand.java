package org.papernotes.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.papernotes.model.TagCount;
import org.papernotes.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tags", mixinStandardHelpOptions = true, description = "List tags with the number of papers of each.")
final class TagsCommand implements Callable<Integer> {

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<TagCount> tags;
        try (Library opened = library.openExisting()) {
            tags = opened.tags().counts();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonArray array = new JsonArray();
            for (TagCount tag : tags) {
                JsonObject object = new JsonObject();
                object.addProperty("name", tag.name());
                object.addProperty("papers", tag.papers());
                array.add(object);
            }
            out.println(Json.write(array));
        } else {
            tags.forEach(tag -> out.printf("%5d  %s%n", tag.papers(), tag.name()));
        }
        return 0;
    }
}
