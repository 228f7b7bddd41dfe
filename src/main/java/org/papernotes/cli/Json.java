package org.papernotes.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import org.papernotes.model.Paper;
import org.papernotes.model.PaperSummary;

/** The JSON shapes of {@code --json} output; field names are part of the command line's contract. */
final class Json {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private Json() {
    }

    static String write(JsonElement element) {
        return GSON.toJson(element);
    }

    static JsonObject summary(PaperSummary paper) {
        JsonObject json = new JsonObject();
        json.addProperty("id", paper.id());
        json.addProperty("title", paper.title());
        json.add("authors", strings(paper.authors()));
        json.add("year", paper.year() == null ? JsonNull.INSTANCE : new JsonPrimitive(paper.year()));
        json.addProperty("venue", paper.venue());
        json.addProperty("status", paper.status().key());
        json.addProperty("rating", paper.rating());
        json.add("tags", strings(paper.tags()));
        json.addProperty("updated", paper.updatedAt().toString());
        return json;
    }

    static JsonObject paper(Paper paper) {
        JsonObject json = new JsonObject();
        json.addProperty("id", paper.id());
        json.addProperty("title", paper.title());
        json.add("authors", strings(paper.authors()));
        json.addProperty("venue", paper.venue());
        json.add("year", paper.year() == null ? JsonNull.INSTANCE : new JsonPrimitive(paper.year()));
        json.addProperty("doi", paper.doi());
        json.addProperty("arxiv", paper.arxivId());
        json.addProperty("url", paper.url());
        json.addProperty("pdf", paper.pdfPath());
        json.addProperty("citationKey", paper.citationKey());
        json.addProperty("entryType", paper.entryType());
        json.addProperty("abstract", paper.abstractText());
        JsonObject fields = new JsonObject();
        paper.bibFields().forEach(fields::addProperty);
        json.add("bibFields", fields);
        json.addProperty("status", paper.status().key());
        json.addProperty("rating", paper.rating());
        json.add("tags", strings(paper.tags()));
        json.addProperty("created", paper.createdAt().toString());
        json.addProperty("updated", paper.updatedAt().toString());
        json.addProperty("note", paper.note());
        if (!paper.blog().isEmpty()) {
            JsonObject blog = new JsonObject();
            blog.addProperty("slug", paper.blog().slug());
            blog.addProperty("date", paper.blog().postDate() == null ? null : paper.blog().postDate().toString());
            blog.addProperty("permalink", paper.blog().permalink());
            blog.addProperty("path", paper.blog().lastExportPath());
            json.add("blog", blog);
        }
        return json;
    }

    static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
