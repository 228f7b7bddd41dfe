package org.papernotes.ui.papers;

import java.util.List;
import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * The paper list's column widths: the columns fill the table (no horizontal scroll bar), the other columns keep the
 * widths they have, and the title column takes whatever is left, growing and shrinking with the pane. Dragging a
 * column's border moves the difference to or from the title.
 */
final class TitleTakesSlack extends ConstrainedColumnResizeBase
        implements Callback<TableView.ResizeFeatures, Boolean> {

    private final TableColumn<?, ?> title;

    TitleTakesSlack(TableColumn<?, ?> title) {
        this.title = title;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Boolean call(TableView.ResizeFeatures features) {
        TableView<?> table = features.getTable();
        List<? extends TableColumn<?, ?>> columns = table.getVisibleLeafColumns();
        if (!columns.contains(title)) {
            return false;
        }
        TableColumn<?, ?> dragged = features.getColumn();
        double delta = features.getDelta() == null ? 0 : features.getDelta();
        if (dragged != null && dragged != title) {
            double wanted = clamp(dragged, dragged.getWidth() + delta);
            features.setColumnWidth((TableColumn) dragged, wanted);
        } else if (dragged == title) {
            // The title's right border was dragged: the column after it gives or takes the difference.
            int next = columns.indexOf(title) + 1;
            if (next < columns.size()) {
                TableColumn<?, ?> neighbour = columns.get(next);
                features.setColumnWidth((TableColumn) neighbour, clamp(neighbour, neighbour.getWidth() - delta));
            }
        }
        double others = 0;
        for (TableColumn<?, ?> column : columns) {
            if (column != title) {
                double width = clamp(column, column.getWidth() > 0 ? column.getWidth() : column.getPrefWidth());
                features.setColumnWidth((TableColumn) column, width);
                others += width;
            }
        }
        double left = features.getContentWidth() - others;
        if (left < title.getMinWidth()) {
            // Too narrow for all at their widths: the others give up room, down to their minimum widths.
            double shortfall = title.getMinWidth() - left;
            for (TableColumn<?, ?> column : columns) {
                if (column != title && shortfall > 0) {
                    double give = Math.min(shortfall, column.getWidth() - column.getMinWidth());
                    if (give > 0) {
                        features.setColumnWidth((TableColumn) column, column.getWidth() - give);
                        shortfall -= give;
                        left += give;
                    }
                }
            }
        }
        features.setColumnWidth((TableColumn) title, Math.max(title.getMinWidth(), left));
        return true;
    }

    private static double clamp(TableColumn<?, ?> column, double width) {
        return Math.max(column.getMinWidth(), Math.min(column.getMaxWidth(), width));
    }
}
