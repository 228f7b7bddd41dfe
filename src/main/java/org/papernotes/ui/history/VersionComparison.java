package org.papernotes.ui.history;

import com.github.difflib.text.DiffRow;
import java.util.List;

/**
 * Two states of a paper side by side, line by line: {@code left} and {@code right} name them (a version number, or
 * null: on the left, nothing before the first version; on the right, the paper as it is now).
 */
public record VersionComparison(Integer left, Integer right, List<DiffRow> rows) {

    public VersionComparison {
        rows = List.copyOf(rows);
    }

    /** How many rows differ (added, removed or changed lines). */
    public long changedRows() {
        return rows.stream().filter(row -> row.getTag() != DiffRow.Tag.EQUAL).count();
    }
}
