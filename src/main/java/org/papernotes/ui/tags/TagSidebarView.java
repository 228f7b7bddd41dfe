package org.papernotes.ui.tags;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.papernotes.ui.common.Dialogs;
import org.papernotes.ui.common.LazyTooltip;
import org.papernotes.ui.common.Messages;

/**
 * The left column: "All papers", "Untagged", the reading statuses and the tags with their counts.
 * Ctrl/Shift-click selects several (tags narrow together); tags have a context menu to rename, merge
 * and delete them.
 */
public final class TagSidebarView extends VBox {

    private final TagSidebarViewModel viewModel;
    private final Messages messages;
    private final ListView<SidebarItem> list = new ListView<>();
    private final Delegate delegate;
    private boolean syncing;
    /** The new name of a tag just renamed here, until its line is shown. */
    private String revealAfterRename;
    private boolean replacingItems;
    private ContextMenu tagMenu;
    private SidebarItem menuItem;

    /** The tag operations, which the window routes through its view model (pending edits are saved first). */
    public interface Delegate {
        void rename(String from, String to);

        void merge(List<String> sources, String target);

        void delete(String tag);
    }

    public TagSidebarView(TagSidebarViewModel viewModel, Messages messages, Delegate delegate) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.delegate = delegate;
        getStyleClass().add("tag-sidebar");
        setId("tag-sidebar");
        list.setId("sidebar-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Registered before the list's own listeners: while the lines are replaced (a refresh), the list drops its
        // selection of lines that changed (a renamed tag, a new count). That is not the user choosing, so it is not
        // passed on; the view model's selection, which follows renames, is shown again afterwards.
        viewModel.items().addListener((ListChangeListener<SidebarItem>) c -> {
            replacingItems = true;
            Platform.runLater(() -> {
                replacingItems = false;
                syncSelection();
            });
        });
        list.setItems(viewModel.items());
        list.setCellFactory(v -> new ItemCell());
        LazyTooltip.install(list, messages.get("sidebar.tooltip"));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().add(list);
        // Keyboard users: F2 renames the selected tag, Delete deletes it.
        list.setOnKeyPressed(e -> {
            SidebarItem focused = list.getFocusModel().getFocusedItem();
            if (focused == null || focused.kind() != SidebarItem.Kind.TAG) {
                return;
            }
            if (e.getCode() == KeyCode.F2) {
                rename(focused.name());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete(focused);
                e.consume();
            }
        });

        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SidebarItem>) c -> {
            if (!syncing && !replacingItems) {
                viewModel.select(List.copyOf(list.getSelectionModel().getSelectedItems()));
                // The selection model may not be changed while it reports a change.
                Platform.runLater(this::syncSelection);
            }
        });
        viewModel.selection().addListener((ListChangeListener<SidebarItem>) c -> Platform.runLater(this::syncSelection));
    }

    public ListView<SidebarItem> list() {
        return list;
    }

    /** Shows the view model's selection; "All papers" when nothing narrows the list. */
    private void syncSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            List<SidebarItem> wanted = viewModel.selection();
            var model = list.getSelectionModel();
            List<Integer> indexes = new java.util.ArrayList<>();
            for (int i = 0; i < list.getItems().size(); i++) {
                SidebarItem item = list.getItems().get(i);
                boolean all = wanted.isEmpty() && item.kind() == SidebarItem.Kind.ALL;
                if (all || wanted.stream().anyMatch(item::sameLine)) {
                    indexes.add(i);
                }
            }
            if (!indexes.equals(model.getSelectedIndices())) {
                model.clearSelection();
                indexes.forEach(model::select);
            }
            revealRenamed();
        } finally {
            syncing = false;
        }
    }

    /**
     * A renamed tag's line moves to its new name's place, often out of view, which looked as if the filter had gone:
     * once the line is there, it is scrolled into view and has the focus (F2 goes on working on it).
     */
    private void revealRenamed() {
        if (revealAfterRename == null) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            SidebarItem item = list.getItems().get(i);
            if (item.kind() == SidebarItem.Kind.TAG && item.name().equals(revealAfterRename)) {
                revealAfterRename = null;
                list.getFocusModel().focus(i);
                if (!fullyShown(i)) {
                    list.scrollTo(i);
                }
                return;
            }
        }
    }

    private boolean fullyShown(int index) {
        if (list.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null) {
            // the first and last cells may be cut by the list's edges
            return index > flow.getFirstVisibleCell().getIndex() && index < flow.getLastVisibleCell().getIndex();
        }
        return false;
    }

    private void rename(String tag) {
        TextInputDialog dialog = Dialogs.localize(new TextInputDialog(tag), messages);
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("tag.rename.title"));
        dialog.setHeaderText(messages.format("tag.rename.header", tag));
        dialog.setContentText(messages.get("tag.rename.label"));
        dialog.getEditor().setId("rename-tag-field");
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty() && !name.equals(tag))
                .ifPresent(name -> {
                    revealAfterRename = name.strip();
                    delegate.rename(tag, name);
                });
    }

    private void merge(String tag) {
        List<String> selectedTags = list.getSelectionModel().getSelectedItems().stream()
                .filter(i -> i.kind() == SidebarItem.Kind.TAG).map(SidebarItem::name).toList();
        if (selectedTags.size() > 1 && selectedTags.contains(tag)) {
            TextInputDialog dialog = Dialogs.localize(new TextInputDialog(tag), messages);
            dialog.initOwner(getScene().getWindow());
            dialog.setTitle(messages.get("tag.merge.title"));
            dialog.setHeaderText(messages.format("tag.merge.manyHeader", String.join(", ", selectedTags)));
            dialog.setContentText(messages.get("tag.merge.label"));
            dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty())
                    .ifPresent(name -> delegate.merge(selectedTags, name));
            return;
        }
        List<String> others = viewModel.tagNames().stream().filter(name -> !name.equals(tag)).toList();
        if (others.isEmpty()) {
            return;
        }
        ChoiceDialog<String> dialog = Dialogs.localize(new ChoiceDialog<>(others.get(0), others), messages);
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("tag.merge.title"));
        dialog.setHeaderText(messages.format("tag.merge.header", tag));
        dialog.setContentText(messages.get("tag.merge.label"));
        dialog.showAndWait().ifPresent(target -> delegate.merge(List.of(tag), target));
    }

    private void delete(SidebarItem item) {
        Alert confirm = Dialogs.localize(new Alert(Alert.AlertType.CONFIRMATION,
                messages.format("tag.delete.body", item.name(), item.count()), ButtonType.OK, ButtonType.CANCEL), messages);
        confirm.initOwner(getScene().getWindow());
        confirm.setTitle(messages.get("tag.delete.title"));
        confirm.setHeaderText(messages.format("tag.delete.header", item.name()));
        Optional<ButtonType> answer = confirm.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            delegate.delete(item.name());
        }
    }

    /** One menu for all tag lines (a menu per cell would slow the sidebar's first display). */
    private ContextMenu tagMenu() {
        if (tagMenu == null) {
            MenuItem renameItem = new MenuItem(messages.get("tag.menu.rename"));
            renameItem.setId("tag-rename");
            renameItem.setOnAction(e -> rename(menuItem.name()));
            MenuItem mergeItem = new MenuItem(messages.get("tag.menu.merge"));
            mergeItem.setId("tag-merge");
            mergeItem.setOnAction(e -> merge(menuItem.name()));
            MenuItem deleteItem = new MenuItem(messages.get("tag.menu.delete"));
            deleteItem.setId("tag-delete");
            deleteItem.setOnAction(e -> delete(menuItem));
            tagMenu = new ContextMenu(renameItem, mergeItem, deleteItem);
        }
        return tagMenu;
    }

    private final class ItemCell extends ListCell<SidebarItem> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box;

        ItemCell() {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            count.getStyleClass().add("count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            // A long name is cut with an ellipsis (its tooltip has it whole); the count always shows. The cell asks for
            // no width of its own, so that the list never scrolls sideways.
            name.setMinWidth(0);
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            box = new HBox(6, name, gap, count);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            setPrefWidth(0);
            // The tooltip is made when the pointer first rests on a cut name (tooltips per cell slow the first display).
            addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
                if (getItem() != null && getItem().kind() == SidebarItem.Kind.TAG && isCut()) {
                    if (getTooltip() == null) {
                        setTooltip(new Tooltip());
                    }
                    getTooltip().setText(getItem().name());
                } else {
                    setTooltip(null);
                }
            });
            // The shared menu acts on the line it was opened on.
            addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
                if (getItem() != null && getItem().kind() == SidebarItem.Kind.TAG) {
                    menuItem = getItem();
                    setContextMenu(tagMenu());
                }
            });
        }

        @Override
        protected void updateItem(SidebarItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("sidebar-header", "sidebar-tag", "sidebar-entry");
            setContextMenu(null);
            setDisable(false);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            setText(null);
            name.setText(label(item));
            count.setText(item.isHeader() ? "" : Integer.toString(item.count()));
            if (item.isHeader()) {
                getStyleClass().add("sidebar-header");
                // Headers only label the groups below them.
                setDisable(true);
            } else {
                getStyleClass().add(item.kind() == SidebarItem.Kind.TAG ? "sidebar-tag" : "sidebar-entry");
            }
            setGraphic(box);
        }

        /** Whether the name is shown cut (it does not fit beside the count). */
        boolean isCut() {
            return name.prefWidth(-1) > name.getWidth() + 0.5;
        }

        private String label(SidebarItem item) {
            return switch (item.kind()) {
                case ALL -> messages.get("sidebar.all");
                case UNTAGGED -> messages.get("sidebar.untagged");
                case STATUS_HEADER -> messages.get("sidebar.statusHeader");
                case TAGS_HEADER -> messages.get("sidebar.tagsHeader");
                case STATUS -> messages.get("status." + item.status().key());
                case TAG -> item.name();
            };
        }
    }
}
