package org.papernotes.ui.papers;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.shape.Rectangle;
import org.papernotes.model.PaperSummary;
import org.papernotes.model.ReadingStatus;
import org.papernotes.ui.common.Messages;

/**
 * The middle column: the search box, the undo offer after a delete, the sortable table of papers, and below it
 * how many are selected when there are several. The table selects one or several rows (Shift/Ctrl-click,
 * Shift+arrows, Ctrl+A); the selection goes both ways between the table and the view model, whose lead
 * ({@link PaperListViewModel#selectedIdProperty()}) is the table's focused row.
 */
public final class PaperListView extends VBox {

    private final PaperListViewModel viewModel;
    private final Messages messages;
    private final TextField searchField = new TextField();
    private final TableView<PaperListEntry> table = new TableView<>();
    private final HBox undoBar = new HBox(8);
    private final Label selectionCount = new Label();
    private static final DateTimeFormatter TIME_TODAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    /** Whether the user asked for the citation key column (off by default; the window remembers it). */
    private final javafx.beans.property.BooleanProperty keyColumnShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "keyColumnShown");
    /** True while the view model's selection is put into the table (its events are not sent back). */
    private boolean syncing;
    /** True while the table's selection is handed to the view model (nothing needs putting back). */
    private boolean pushing;

    public PaperListView(PaperListViewModel viewModel, Messages messages, Runnable onDelete) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("paper-list");
        setId("paper-list");

        searchField.setId("search-field");
        searchField.setPromptText(messages.get("search.prompt"));
        searchField.textProperty().bindBidirectional(viewModel.queryProperty());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                focusTable();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                e.consume();
            }
        });
        HBox searchBox = new HBox(searchField);
        HBox.setHgrow(searchField, Priority.ALWAYS);
        searchBox.setPadding(new Insets(8));

        buildUndoBar();
        buildTable();
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown()) {
                onDelete.run();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        buildSelectionCount();
        getChildren().addAll(searchBox, undoBar, table, selectionCount);
    }

    public TextField searchField() {
        return searchField;
    }

    public TableView<PaperListEntry> table() {
        return table;
    }

    // 'keyColumnShown' property: the citation key column is wanted (it still gives way in a narrow list)
    public javafx.beans.property.BooleanProperty keyColumnShownProperty() {
        return keyColumnShown;
    }

    /** Focuses the search box with its text selected, ready to type over. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public void focusTable() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** Selects the next (+1) or previous (-1) paper in the order the table shows. */
    public void move(int step) {
        if (table.getItems().isEmpty()) {
            return;
        }
        int at = table.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? 0 : Math.max(0, Math.min(table.getItems().size() - 1, at + step));
        table.getSelectionModel().clearAndSelect(next);
        table.scrollTo(Math.max(0, next - 3));
    }

    /**
     * The offer to undo a delete, under the search box while {@link PaperListViewModel#undoOfferedProperty()} holds.
     * Its text is bound, so that a window rebuilt (another language) shows it at once.
     */
    private void buildUndoBar() {
        Label text = new Label();
        text.setId("undo-text");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            List<org.papernotes.model.Paper> papers = viewModel.lastDeletedProperty().get();
            if (papers == null || papers.isEmpty()) {
                return "";
            }
            return papers.size() == 1 ? messages.format("undo.deleted", papers.get(0).title())
                    : messages.format("undo.deletedMany", papers.size());
        }, viewModel.lastDeletedProperty()));
        Button undo = new Button(messages.get("action.undo"));
        undo.setId("undo-delete");
        undo.setOnAction(e -> viewModel.undoDelete());
        Button dismiss = new Button("\u2715");
        dismiss.setId("undo-dismiss");
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(e -> viewModel.dismissUndoOffer());
        undoBar.getChildren().addAll(text, undo, dismiss);
        undoBar.setId("undo-bar");
        undoBar.setAlignment(Pos.CENTER_LEFT);
        undoBar.setPadding(new Insets(6, 8, 6, 12));
        undoBar.getStyleClass().add("undo-bar");
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        undoBar.visibleProperty().bind(viewModel.undoOfferedProperty().and(viewModel.lastDeletedProperty().isNotNull()));
    }

    /** "3 selected" under the table, only while more than one paper is selected. */
    private void buildSelectionCount() {
        selectionCount.setId("selection-count");
        selectionCount.getStyleClass().add("muted");
        selectionCount.setPadding(new Insets(4, 8, 4, 12));
        var count = javafx.beans.binding.Bindings.size(viewModel.selectedIds());
        selectionCount.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> count.get() > 1 ? messages.format("list.selectedCount", count.get()) : "", count));
        selectionCount.visibleProperty().bind(count.greaterThan(1));
        selectionCount.managedProperty().bind(selectionCount.visibleProperty());
    }

    private void buildTable() {
        table.setId("paper-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        SortedList<PaperListEntry> sorted = new SortedList<>(viewModel.entries());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        TableColumn<PaperListEntry, PaperListEntry> title = new TableColumn<>(messages.get("column.title"));
        title.setId("column-title");
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        title.setComparator(Comparator.comparing(e -> e.paper().title(), String.CASE_INSENSITIVE_ORDER));
        title.setCellFactory(c -> new TitleCell());
        title.setPrefWidth(240);
        title.setMinWidth(100);

        TableColumn<PaperListEntry, String> authors = column("column.authors", 110,
                p -> String.join(", ", p.authors()));
        authors.setMinWidth(60);
        TableColumn<PaperListEntry, Integer> year = new TableColumn<>(messages.get("column.year"));
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().paper().year()));
        year.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        year.setPrefWidth(52);
        year.setMinWidth(56);
        year.getStyleClass().add("numeric");
        TableColumn<PaperListEntry, String> venue = column("column.venue", 80,
                p -> p.venue() == null ? "" : p.venue());
        venue.setMinWidth(56);
        TableColumn<PaperListEntry, ReadingStatus> status = new TableColumn<>(messages.get("column.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().paper().status()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ReadingStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("status." + item.key()));
            }
        });
        status.setPrefWidth(70);
        status.setMinWidth(76);
        TableColumn<PaperListEntry, Instant> updated = new TableColumn<>(messages.get("column.updated"));
        updated.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().paper().updatedAt()));
        updated.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : updatedText(item));
            }
        });
        // "HH:mm" today, "yyyy-MM-dd" before: the column can stay narrow so all six fit beside the note.
        updated.setPrefWidth(90);
        updated.setMinWidth(84);
        TableColumn<PaperListEntry, String> key = column("column.key", 110,
                p -> p.citationKey() == null ? "" : p.citationKey());
        key.setId("column-key");
        key.setMinWidth(60);
        key.setVisible(false);
        table.getColumns().setAll(List.of(title, authors, year, key, venue, status, updated));
        table.setColumnResizePolicy(new TitleTakesSlack(title));
        // In a narrow list the columns that matter least give way to the title: venue first, then updated, status,
        // and the key (asked for, so kept longest).
        List<TableColumn<PaperListEntry, ?>> givingWay = List.of(venue, updated, status, key, authors);
        java.util.function.Predicate<TableColumn<PaperListEntry, ?>> wanted = c -> c != key || keyColumnShown.get();
        table.widthProperty().addListener((o, old, width) -> showColumnsThatFit(width.doubleValue(), title, givingWay,
                wanted));
        keyColumnShown.addListener((o, old, shown) -> showColumnsThatFit(table.getWidth(), title, givingWay, wanted));

        Label empty = new Label();
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder-text");
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.loadingProperty().get() ? messages.get("list.loading")
                        : viewModel.queryProperty().get().isBlank() ? messages.get("list.empty")
                        : messages.format("list.noMatches", viewModel.queryProperty().get().strip()),
                viewModel.loadingProperty(), viewModel.queryProperty()));
        table.setPlaceholder(new StackPane(empty));

        table.getSelectionModel().selectedItemProperty().addListener((o, old, entry) -> pushSelection());
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<PaperListEntry>) c -> pushSelection());
        viewModel.selectedIdProperty().addListener((o, old, id) -> showSelection());
        viewModel.selectedIds().addListener((javafx.collections.ListChangeListener<Long>) c -> showSelection());
        // Rows are replaced on reload; put the selection back on the same papers.
        viewModel.entries().addListener((javafx.collections.ListChangeListener<PaperListEntry>) c -> showSelection());
    }

    /** The title's narrowest before other columns give way to it. */
    private static final double TITLE_ROOM = 140;

    /**
     * Hides, in order, the columns of {@code givingWay} that would leave the title less than its room; a column not
     * {@code wanted} (the key column the user did not ask for) is never shown.
     */
    private static void showColumnsThatFit(double width, TableColumn<PaperListEntry, ?> title,
                                           List<TableColumn<PaperListEntry, ?>> givingWay,
                                           java.util.function.Predicate<TableColumn<PaperListEntry, ?>> wanted) {
        double needed = TITLE_ROOM + 18; // and the vertical scroll bar
        for (TableColumn<PaperListEntry, ?> column : title.getTableView().getColumns()) {
            if (column != title && wanted.test(column)) {
                needed += column.getPrefWidth();
            }
        }
        for (TableColumn<PaperListEntry, ?> column : givingWay) {
            if (!wanted.test(column)) {
                column.setVisible(false);
                continue;
            }
            boolean fits = width >= needed;
            column.setVisible(fits);
            if (!fits) {
                needed -= column.getPrefWidth();
            }
        }
    }

    /** The table's selection into the view model; the focused (last selected) row leads. */
    private void pushSelection() {
        PaperListEntry lead = table.getSelectionModel().getSelectedItem();
        if (syncing || lead == null) {
            return;
        }
        List<Long> ids = table.getSelectionModel().getSelectedItems().stream()
                .filter(java.util.Objects::nonNull).map(PaperListEntry::id).toList();
        pushing = true;
        try {
            viewModel.select(ids, lead.id());
        } finally {
            pushing = false;
        }
    }

    /** The view model's selection into the table, unless the table already shows it. */
    private void showSelection() {
        if (pushing) {
            return;
        }
        Long lead = viewModel.selectedIdProperty().get();
        syncing = true;
        try {
            if (lead == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            PaperListEntry selected = table.getSelectionModel().getSelectedItem();
            java.util.Set<Long> wanted = new java.util.HashSet<>(viewModel.selectedIds());
            wanted.add(lead);
            if (selected != null && selected.id() == lead && wanted.size() == table.getSelectionModel().getSelectedItems().size()
                    && table.getSelectionModel().getSelectedItems().stream().allMatch(e -> e != null && wanted.contains(e.id()))) {
                return;
            }
            int leadIndex = -1;
            List<Integer> others = new java.util.ArrayList<>();
            for (int i = 0; i < table.getItems().size(); i++) {
                long id = table.getItems().get(i).id();
                if (id == lead) {
                    leadIndex = i;
                } else if (wanted.contains(id)) {
                    others.add(i);
                }
            }
            if (leadIndex < 0) {
                return;
            }
            if (others.isEmpty()) {
                table.getSelectionModel().clearAndSelect(leadIndex);
            } else {
                // The lead is selected last, so that it is the table's selected (focused) row.
                int[] rest = others.stream().skip(1).mapToInt(Integer::intValue).toArray();
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().selectIndices(others.get(0), rest);
                table.getSelectionModel().select(leadIndex);
            }
            scrollIntoView(leadIndex);
        } finally {
            syncing = false;
        }
    }

    private void scrollIntoView(int index) {
        var skin = (javafx.scene.control.skin.TableViewSkin<?>) table.getSkin();
        if (skin == null) {
            table.scrollTo(index);
            return;
        }
        var flow = skin.getChildren().stream()
                .filter(n -> n instanceof javafx.scene.control.skin.VirtualFlow<?>)
                .map(n -> (javafx.scene.control.skin.VirtualFlow<?>) n).findFirst();
        if (flow.isEmpty()) {
            table.scrollTo(index);
            return;
        }
        var first = flow.get().getFirstVisibleCell();
        var last = flow.get().getLastVisibleCell();
        if (first == null || last == null || index < first.getIndex() || index > last.getIndex()) {
            table.scrollTo(Math.max(0, index - 3));
        }
    }

    private TableColumn<PaperListEntry, String> column(String key, double width,
                                                       java.util.function.Function<PaperSummary, String> value) {
        TableColumn<PaperListEntry, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().paper())));
        column.setComparator(String.CASE_INSENSITIVE_ORDER);
        column.setPrefWidth(width);
        return column;
    }

    /** The title, and when searching, one line of the snippet with the matched words marked. */
    private final class TitleCell extends TableCell<PaperListEntry, PaperListEntry> {
        private final Label title = new Label();
        private final SnippetLine snippet = new SnippetLine();
        private final VBox box = new VBox(2, title, snippet);
        // Made on first use: a tooltip per cell would slow the first display of the table.
        private javafx.scene.control.Tooltip tooltip;

        TitleCell() {
            title.getStyleClass().add("paper-title");
            title.setMinWidth(0);
            box.setMinWidth(0);
            box.setPrefWidth(0);
        }

        @Override
        protected void updateItem(PaperListEntry item, boolean empty) {
            super.updateItem(item, empty);
            setTooltip(null);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            if (item.snippet().isEmpty()) {
                setGraphic(null);
                setText(item.paper().title());
                return;
            }
            setText(null);
            title.setText(item.paper().title());
            snippet.show(item.snippet());
            if (tooltip == null) {
                tooltip = new javafx.scene.control.Tooltip();
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(480);
            }
            tooltip.setText(snippet.shownText());
            setTooltip(tooltip);
            setGraphic(box);
        }
    }

    /** Time for today's edits, the date otherwise: short enough for the column, unambiguous in both languages. */
    static String updatedText(java.time.Instant when) {
        var local = when.atZone(ZoneId.systemDefault());
        return local.toLocalDate().equals(java.time.LocalDate.now()) ? TIME_TODAY.format(local) : DATE.format(local);
    }
}
