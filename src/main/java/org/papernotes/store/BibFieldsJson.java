package org.papernotes.store;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/** A paper's other BibTeX fields as stored: one JSON object of name → text, in order (column bib_fields). */
final class BibFieldsJson {

    private static final System.Logger LOG = System.getLogger(BibFieldsJson.class.getName());
    private static final Gson GSON = new Gson();
    private static final Type MAP = new TypeToken<LinkedHashMap<String, String>>() { }.getType();

    private BibFieldsJson() {
    }

    static String write(Map<String, String> fields) {
        return fields == null || fields.isEmpty() ? null : GSON.toJson(fields, MAP);
    }

    /** The fields; none for an empty column, and none (logged) for a column that is not such an object. */
    static Map<String, String> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> fields = GSON.fromJson(json, MAP);
            return fields == null ? Map.of() : fields;
        } catch (JsonParseException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring unreadable bib_fields: {0}", e.getMessage());
            return Map.of();
        }
    }
}
