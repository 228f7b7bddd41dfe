package org.papernotes.store.search;

import java.util.ArrayList;
import java.util.List;
import org.papernotes.model.PaperFilter;
import org.papernotes.model.ReadingStatus;

/**
 * The SQL conditions of a query's filters and of the sidebar's {@link PaperFilter}, with their arguments
 * (always bound, never spliced into the SQL).
 * <p>
 * Every condition is a membership test of the paper id in a subquery ({@code id IN (SELECT …)}). SQLite runs
 * such a subquery once into a temporary index, so testing each of tens of thousands of full-text matches
 * costs a lookup; the correlated form ({@code EXISTS (… WHERE pt.paper_id = p.id)}) was 7 times slower with a
 * rare tag and a common word on 100,000 notes. Included status and year conditions share one subquery, which
 * the indexes on {@code papers(status)} and {@code papers(year)} serve.
 */
final class FilterConditions {

    private static final String WITH_TAG = "SELECT pt.paper_id FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id "
            + "WHERE t.name = ?";
    private static final String WITH_AUTHOR = "SELECT a.paper_id FROM authors a WHERE a.name LIKE ? ESCAPE '\\'";
    /** Keys beginning with the value, ignoring case (keys are ASCII, which LIKE compares so). */
    private static final String WITH_KEY = "SELECT id FROM papers WHERE citation_key LIKE ? ESCAPE '\\'";

    private final List<String> subqueries = new ArrayList<>();
    private final List<Boolean> negated = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();
    /** Included status and year conditions, run as one subquery on papers (indexed on both). */
    private final List<String> paperConditions = new ArrayList<>();
    private final List<Object> paperArgs = new ArrayList<>();

    FilterConditions(SearchQuery query, PaperFilter filter) {
        for (SearchQuery.Filter f : query.filters()) {
            add(f);
        }
        PaperFilter sidebar = filter == null ? PaperFilter.ALL : filter;
        for (String tag : sidebar.allTags()) {
            add(WITH_TAG, false, tag.strip());
        }
        if (sidebar.untaggedOnly()) {
            add("SELECT paper_id FROM paper_tags", true);
        }
        if (!sidebar.statuses().isEmpty()) {
            List<String> keys = sidebar.statuses().stream().map(ReadingStatus::key).sorted().toList();
            paperConditions.add("status IN (" + String.join(", ", keys.stream().map(k -> "?").toList()) + ")");
            paperArgs.addAll(keys);
        }
        if (!paperConditions.isEmpty()) {
            add("SELECT id FROM papers WHERE " + String.join(" AND ", paperConditions), false, paperArgs.toArray());
        }
    }

    private void add(SearchQuery.Filter filter) {
        boolean not = filter.excluded();
        switch (filter.field()) {
            case TAG -> add(WITH_TAG, not, filter.value());
            case AUTHOR -> add(WITH_AUTHOR, not, "%" + likeEscaped(filter.value()) + "%");
            case KEY -> add(WITH_KEY, not, likeEscaped(filter.value()) + "%");
            case STATUS -> paperCondition("status = ?", not, filter.value());
            default -> {
                // A paper without a year is in no year's set, so an excluded year keeps it.
                int[] years = SearchQuery.yearRange(filter.value());
                paperCondition("year BETWEEN ? AND ?", not, years[0], years[1]);
            }
        }
    }

    private static String likeEscaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void paperCondition(String condition, boolean not, Object... values) {
        if (not) {
            add("SELECT id FROM papers WHERE " + condition, true, values);
        } else {
            paperConditions.add(condition);
            paperArgs.addAll(List.of(values));
        }
    }

    private void add(String subquery, boolean not, Object... values) {
        subqueries.add(subquery);
        negated.add(not);
        args.addAll(List.of(values));
    }

    /**
     * The conditions on {@code idColumn}, each preceded by " AND ", or the empty string. Write the column as
     * {@code +search_index.rowid} to keep SQLite from handing the ids to FTS5 one lookup at a time.
     */
    String andClause(String idColumn) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < subqueries.size(); i++) {
            sql.append(" AND ").append(idColumn).append(negated.get(i) ? " NOT IN (" : " IN (")
                    .append(subqueries.get(i)).append(')');
        }
        return sql.toString();
    }

    List<Object> args() {
        return args;
    }
}
