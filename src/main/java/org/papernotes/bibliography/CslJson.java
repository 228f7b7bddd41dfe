package org.papernotes.bibliography;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.papernotes.model.Paper;

/**
 * CSL-JSON, as doi.org answers for Crossref and DataCite DOIs with {@code Accept:
 * application/vnd.citationstyles.csl+json}, turned into a paper.
 */
public final class CslJson {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("article-journal", "article"), Map.entry("article-magazine", "article"),
            Map.entry("article-newspaper", "article"), Map.entry("paper-conference", "inproceedings"),
            Map.entry("chapter", "incollection"), Map.entry("book", "book"), Map.entry("thesis", "phdthesis"),
            Map.entry("report", "techreport"), Map.entry("dataset", "misc"), Map.entry("posted-content", "misc"),
            Map.entry("article", "misc"), Map.entry("manuscript", "unpublished"), Map.entry("webpage", "misc"),
            Map.entry("post-weblog", "misc"), Map.entry("software", "misc"),
            // Crossref's own type names, which some answers carry
            Map.entry("journal-article", "article"), Map.entry("proceedings-article", "inproceedings"),
            Map.entry("book-chapter", "incollection"), Map.entry("dissertation", "phdthesis"));
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private CslJson() {
    }

    /**
     * The paper the CSL-JSON item describes.
     *
     * @throws IllegalArgumentException if the text is not a CSL-JSON item with a title
     */
    public static Paper paper(String json) {
        JsonObject item;
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (parsed.isJsonArray() && parsed.getAsJsonArray().size() > 0) {
                parsed = parsed.getAsJsonArray().get(0);
            }
            if (!parsed.isJsonObject()) {
                throw new IllegalArgumentException("The answer is not CSL-JSON (no item).");
            }
            item = parsed.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new IllegalArgumentException("The answer is not CSL-JSON: " + e.getMessage(), e);
        }
        String title = text(item, "title");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("The answer has no title.");
        }
        String subtitle = text(item, "subtitle");
        if (subtitle != null && !subtitle.isBlank() && !title.contains(subtitle)) {
            title = title + ": " + subtitle;
        }
        String cslType = text(item, "type");
        String type = TYPES.getOrDefault(cslType == null ? "" : cslType, "misc");
        Paper paper = Paper.titled(plain(title)).withEntryType(type).withAuthors(authors(item.get("author")));
        String venue = text(item, "container-title");
        if ((venue == null || venue.isBlank()) && ("posted-content".equals(cslType) || "article".equals(cslType))) {
            venue = firstInstitution(item);
        }
        if (venue != null && !venue.isBlank()) {
            paper = paper.withVenue(plain(venue));
        }
        int[] date = date(item);
        if (date.length > 0) {
            paper = paper.withYear(date[0]);
        }
        String doi = text(item, "DOI");
        String url = text(item, "URL");
        paper = paper.withLinks(doi, null, url);
        String abstractText = text(item, "abstract");
        if (abstractText != null && !abstractText.isBlank()) {
            paper = paper.withAbstract(plainAbstract(abstractText));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "volume", text(item, "volume"));
        put(fields, "number", text(item, "issue"));
        String pages = text(item, "page");
        put(fields, "pages", pages == null ? null : pages.replaceAll("(?<=\\d)\\s*[-–]\\s*(?=\\d)", "--"));
        if (date.length > 1 && date[1] >= 1 && date[1] <= 12) {
            put(fields, "month", MONTHS.get(date[1] - 1));
        }
        put(fields, "publisher", text(item, "publisher"));
        put(fields, "issn", text(item, "ISSN"));
        put(fields, "isbn", text(item, "ISBN"));
        return paper.withBibFields(fields);
    }

    private static List<String> authors(JsonElement element) {
        List<String> names = new ArrayList<>();
        if (element == null || !element.isJsonArray()) {
            return names;
        }
        for (JsonElement person : element.getAsJsonArray()) {
            if (!person.isJsonObject()) {
                continue;
            }
            JsonObject name = person.getAsJsonObject();
            String text = AuthorNames.fromCsl(text(name, "family"), text(name, "given"), text(name, "literal"),
                    text(name, "suffix"), text(name, "non-dropping-particle"));
            if (!text.isBlank()) {
                names.add(text);
            }
        }
        return names;
    }

    /** issued, else the print, online or posted date: [year, month?, day?]. */
    private static int[] date(JsonObject item) {
        for (String field : List.of("issued", "published-print", "published-online", "posted", "created")) {
            JsonElement date = item.get(field);
            if (date == null || !date.isJsonObject() || !date.getAsJsonObject().has("date-parts")) {
                continue;
            }
            JsonElement parts = date.getAsJsonObject().get("date-parts");
            if (!parts.isJsonArray() || parts.getAsJsonArray().isEmpty() || !parts.getAsJsonArray().get(0).isJsonArray()) {
                continue;
            }
            JsonArray first = parts.getAsJsonArray().get(0).getAsJsonArray();
            List<Integer> values = new ArrayList<>();
            for (JsonElement part : first) {
                try {
                    values.add(Integer.parseInt(part.getAsString().strip()));
                } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException e) {
                    break;
                }
            }
            if (!values.isEmpty() && values.get(0) > 0) {
                return values.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return new int[0];
    }

    private static String firstInstitution(JsonObject item) {
        JsonElement institution = item.get("institution");
        if (institution != null && institution.isJsonArray() && !institution.getAsJsonArray().isEmpty()
                && institution.getAsJsonArray().get(0).isJsonObject()) {
            return text(institution.getAsJsonArray().get(0).getAsJsonObject(), "name");
        }
        return null;
    }

    /** A string field, or the first of an array of strings (Crossref sends some as arrays). */
    private static String text(JsonObject object, String field) {
        JsonElement value = object.get(field);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonArray()) {
            JsonArray array = value.getAsJsonArray();
            return array.isEmpty() || !array.get(0).isJsonPrimitive() ? null : array.get(0).getAsString().strip();
        }
        return value.isJsonPrimitive() ? value.getAsString().strip() : null;
    }

    /** Crossref titles may carry HTML (Amines<sup>1</sup>): their text. */
    private static String plain(String text) {
        return text.contains("<") ? Jsoup.parse(text).text().strip() : text.replaceAll("\\s+", " ").strip();
    }

    /** Crossref abstracts are JATS XML: paragraphs as text, the heading "Abstract" left out. */
    private static String plainAbstract(String text) {
        if (!text.contains("<")) {
            return text.replaceAll("\\s+", " ").strip();
        }
        var document = Jsoup.parse(text);
        document.select("jats|title, title").forEach(element -> {
            if (element.text().strip().equalsIgnoreCase("abstract")) {
                element.remove();
            }
        });
        return document.text().strip();
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value.strip());
        }
    }
}
