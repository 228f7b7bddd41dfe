package org.papernotes.ui.papers;

import java.util.List;
import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * The paper list's column widths: the columns fill the table (no horizontal scroll bar), every other column has the
 * width it asks for (its preferred width, or where the user dragged its border), and the title column takes whatever
 * is left, growing and shrinking with the pane. Only when the table is too narrow for that do the other columns give
 * up room, down to their minimum widths, and they get it back when the table widens again.
 */
@SuppressWarnings("rawtypes") // TableView.setColumnResizePolicy takes a Callback of the raw ResizeFeatures
final class TitleTakesSlack extends ConstrainedColumnResizeBase
        implements Callback<TableView.ResizeFeatures, Boolean> {

    private final TableColumn<?, ?> title;
    /** The width each other column asks for: its preferred width until the user drags its border. */
    private final java.util.Map<TableColumn<?, ?>, Double> wanted = new java.util.HashMap<>();

    TitleTakesSlack(TableColumn<?, ?> title) {
        this.title = title;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Boolean call(TableView.ResizeFeatures features) {
        TableView<?> table = features.getTable();
        List<? extends TableColumn<?, ?>> columns = table.getVisibleLeafColumns();
        if (!columns.contains(title)) {
            return false;
        }
        TableColumn<?, ?> dragged = features.getColumn();
        double delta = features.getDelta() == null ? 0 : features.getDelta();
        if (dragged == title) {
            // The title's right border was dragged: the column after it gives or takes the difference.
            int next = columns.indexOf(title) + 1;
            if (next < columns.size()) {
                TableColumn<?, ?> neighbour = columns.get(next);
                wanted.put(neighbour, clamp(neighbour, neighbour.getWidth() - delta));
            }
        } else if (dragged != null) {
            wanted.put(dragged, clamp(dragged, dragged.getWidth() + delta));
        }
        double others = 0;
        for (TableColumn<?, ?> column : columns) {
            if (column != title) {
                others += wantedWidth(column);
            }
        }
        // Too narrow for all at their widths: the others give up room (the last first), down to their minimums.
        double shortfall = Math.max(0, title.getMinWidth() - (features.getContentWidth() - others));
        double left = features.getContentWidth() - others;
        for (int i = columns.size() - 1; i >= 0; i--) {
            TableColumn<?, ?> column = columns.get(i);
            if (column == title) {
                continue;
            }
            double width = wantedWidth(column);
            double give = Math.min(shortfall, width - column.getMinWidth());
            if (give > 0) {
                width -= give;
                shortfall -= give;
                left += give;
            }
            features.setColumnWidth((TableColumn) column, width);
        }
        features.setColumnWidth((TableColumn) title, Math.max(title.getMinWidth(), left));
        return true;
    }

    private double wantedWidth(TableColumn<?, ?> column) {
        return wanted.computeIfAbsent(column, c -> clamp(c, c.getPrefWidth()));
    }

    private static double clamp(TableColumn<?, ?> column, double width) {
        return Math.max(column.getMinWidth(), Math.min(column.getMaxWidth(), width));
    }
}
