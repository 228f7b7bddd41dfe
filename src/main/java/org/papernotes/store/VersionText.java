package org.papernotes.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.papernotes.model.Paper;
import org.papernotes.model.ReadingStatus;

/**
 * A paper's versioned state as one text: its fields as one line of JSON, then its note, exactly. Deltas between
 * versions are taken on this text, so a changed field costs a few bytes like a changed word. Fields a later schema
 * adds go into {@link #fields} and {@link #apply}; a version taken before a field existed leaves it as it is.
 */
final class VersionText {

    static final String NOTE = "note";
    // Nulls are written, so that restoring a version clears a field set since.
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private VersionText() {
    }

    static String of(Paper paper) {
        return GSON.toJson(fields(paper)) + "\n" + paper.note();
    }

    private static JsonObject fields(Paper paper) {
        JsonObject fields = new JsonObject();
        fields.addProperty("title", paper.title());
        fields.add("authors", array(paper.authors()));
        fields.addProperty("venue", paper.venue());
        fields.addProperty("year", paper.year());
        fields.addProperty("doi", paper.doi());
        fields.addProperty("arxiv", paper.arxivId());
        fields.addProperty("url", paper.url());
        fields.addProperty("pdf", paper.pdfPath());
        fields.addProperty("citationKey", paper.citationKey());
        fields.addProperty("status", paper.status().key());
        fields.addProperty("rating", paper.rating());
        fields.add("tags", array(paper.tags()));
        fields.addProperty("abstract", paper.abstractText());
        fields.addProperty("entryType", paper.entryType());
        if (!paper.bibFields().isEmpty()) { // left out when empty, so versions kept before schema 3 compare equal
            JsonObject bib = new JsonObject();
            paper.bibFields().forEach(bib::addProperty);
            fields.add("bibFields", bib);
        }
        return fields;
    }

    static String note(String text) {
        return text.substring(text.indexOf('\n') + 1);
    }

    /** {@code onto} with the fields and note of the version {@code text}. */
    static Paper apply(String text, Paper onto) {
        JsonObject fields = JsonParser.parseString(text.substring(0, text.indexOf('\n'))).getAsJsonObject();
        Paper paper = onto.withNote(note(text));
        if (fields.has("title")) {
            paper = paper.withTitle(fields.get("title").getAsString());
        }
        if (fields.has("authors")) {
            paper = paper.withAuthors(strings(fields.get("authors")));
        }
        if (fields.has("venue")) {
            paper = paper.withVenue(string(fields, "venue"));
        }
        if (fields.has("year")) {
            paper = paper.withYear(fields.get("year").isJsonNull() ? null : fields.get("year").getAsInt());
        }
        paper = paper.withLinks(fields.has("doi") ? string(fields, "doi") : paper.doi(),
                fields.has("arxiv") ? string(fields, "arxiv") : paper.arxivId(),
                fields.has("url") ? string(fields, "url") : paper.url());
        if (fields.has("pdf")) {
            paper = paper.withPdfPath(string(fields, "pdf"));
        }
        if (fields.has("citationKey")) {
            paper = paper.withCitationKey(string(fields, "citationKey"));
        }
        if (fields.has("status")) {
            paper = paper.withStatus(ReadingStatus.parse(fields.get("status").getAsString()).orElse(paper.status()));
        }
        if (fields.has("rating")) {
            paper = paper.withRating(fields.get("rating").getAsInt());
        }
        if (fields.has("tags")) {
            paper = paper.withTags(strings(fields.get("tags")));
        }
        if (fields.has("abstract")) {
            paper = paper.withAbstract(string(fields, "abstract"));
        }
        if (fields.has("entryType")) {
            paper = paper.withEntryType(string(fields, "entryType"));
        }
        java.util.Map<String, String> bib = new java.util.LinkedHashMap<>();
        if (fields.has("bibFields")) {
            fields.getAsJsonObject("bibFields").entrySet()
                    .forEach(entry -> bib.put(entry.getKey(), entry.getValue().getAsString()));
        }
        paper = paper.withBibFields(bib);
        return paper;
    }

    /**
     * What changed from one version text to the next: the names of the fields that differ ("note" last), and the
     * characters of the note added and removed (the changed middle of each).
     */
    record Changes(List<String> fields, int charsAdded, int charsRemoved) {
    }

    /** The changes from {@code before} (null: nothing before) to {@code after}. */
    static Changes changes(String before, String after) {
        if (before == null) {
            return new Changes(List.of(), note(after).length(), 0);
        }
        List<String> changed = new ArrayList<>();
        JsonObject a = JsonParser.parseString(before.substring(0, before.indexOf('\n'))).getAsJsonObject();
        JsonObject b = JsonParser.parseString(after.substring(0, after.indexOf('\n'))).getAsJsonObject();
        for (String key : b.keySet()) {
            // A field versions of an older schema did not have reads as empty, not as changed.
            JsonElement was = a.has(key) ? a.get(key) : com.google.gson.JsonNull.INSTANCE;
            if (!Objects.equals(was, b.get(key))) {
                changed.add(key);
            }
        }
        String oldNote = note(before);
        String newNote = note(after);
        if (!oldNote.equals(newNote)) {
            changed.add(NOTE);
        }
        int prefix = 0;
        int most = Math.min(oldNote.length(), newNote.length());
        while (prefix < most && oldNote.charAt(prefix) == newNote.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < most - prefix
                && oldNote.charAt(oldNote.length() - 1 - suffix) == newNote.charAt(newNote.length() - 1 - suffix)) {
            suffix++;
        }
        return new Changes(changed, newNote.length() - prefix - suffix, oldNote.length() - prefix - suffix);
    }

    private static String string(JsonObject fields, String key) {
        JsonElement value = fields.get(key);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static JsonArray array(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonElement element) {
        List<String> result = new ArrayList<>();
        element.getAsJsonArray().forEach(e -> result.add(e.getAsString()));
        return result;
    }
}
