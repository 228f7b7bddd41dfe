package org.papernotes.store.search;

import java.util.ArrayList;
import java.util.List;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.ReadingStatus;

/**
 * The SQL conditions (on {@code papers p}) of a query's filters and of the sidebar's {@link PaperFilter},
 * with their arguments. Values are always bound, never spliced into the SQL.
 */
final class FilterConditions {

    private static final String HAS_TAG = "EXISTS (SELECT 1 FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
            + "WHERE pt.paper_id = p.id AND t.name = ?)";
    private static final String HAS_AUTHOR = "EXISTS (SELECT 1 FROM authors a WHERE a.paper_id = p.id "
            + "AND a.name LIKE ? ESCAPE '\\')";

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    FilterConditions(SearchQuery query, PaperFilter filter) {
        for (SearchQuery.Filter f : query.filters()) {
            add(f);
        }
        PaperFilter sidebar = filter == null ? PaperFilter.ALL : filter;
        for (String tag : sidebar.allTags()) {
            conditions.add(HAS_TAG);
            args.add(tag.strip());
        }
        if (sidebar.untaggedOnly()) {
            conditions.add("NOT EXISTS (SELECT 1 FROM paper_tags pt WHERE pt.paper_id = p.id)");
        }
        if (!sidebar.statuses().isEmpty()) {
            List<String> keys = sidebar.statuses().stream().map(ReadingStatus::key).sorted().toList();
            conditions.add("p.status IN (" + String.join(", ", keys.stream().map(k -> "?").toList()) + ")");
            args.addAll(keys);
        }
    }

    private void add(SearchQuery.Filter filter) {
        String condition;
        switch (filter.field()) {
            case TAG -> {
                condition = HAS_TAG;
                args.add(filter.value());
            }
            case AUTHOR -> {
                condition = HAS_AUTHOR;
                args.add("%" + filter.value().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
            case STATUS -> {
                condition = "p.status = ?";
                args.add(filter.value());
            }
            default -> {
                int[] years = SearchQuery.yearRange(filter.value());
                condition = "p.year BETWEEN ? AND ?";
                args.add(years[0]);
                args.add(years[1]);
            }
        }
        // A paper without a year is not "of another year": an excluded year keeps it.
        conditions.add(filter.excluded() ? "NOT coalesce(" + condition + ", 0)" : condition);
    }

    /** The conditions joined with AND, each preceded by " AND ", or the empty string. */
    String andClause() {
        StringBuilder sql = new StringBuilder();
        for (String condition : conditions) {
            sql.append(" AND ").append(condition);
        }
        return sql.toString();
    }

    List<Object> args() {
        return args;
    }
}
