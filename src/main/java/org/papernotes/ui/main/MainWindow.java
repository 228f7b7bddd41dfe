package org.papernotes.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.BorderPane;
import org.fxmisc.richtext.GenericStyledArea;
import org.papernotes.Version;
import org.papernotes.ui.actions.ActionMenus;
import org.papernotes.ui.actions.AppAction;
import org.papernotes.ui.actions.SelectionText;
import org.papernotes.ui.attachments.AttachmentControls;
import org.papernotes.ui.blog.BlogActions;
import org.papernotes.ui.blog.SlugField;
import org.papernotes.ui.common.AppPreferences;
import org.papernotes.ui.common.Dialogs;
import org.papernotes.ui.common.Messages;
import org.papernotes.model.VersionReason;
import org.papernotes.ui.backup.BackupDialogs;
import org.papernotes.ui.detail.LoadedNote;
import org.papernotes.ui.history.HistoryViewModel;
import org.papernotes.ui.history.HistoryWindow;
import org.papernotes.ui.trash.TrashWindow;
import org.papernotes.ui.detail.PaperHeaderView;
import org.papernotes.ui.detail.PaperView;
import org.papernotes.ui.editor.NotePane;
import org.papernotes.ui.editor.ViewMode;
import org.papernotes.ui.papers.PaperListView;
import org.papernotes.ui.status.StatusBarView;
import org.papernotes.ui.tags.TagSidebarView;

/**
 * The main window's content: menu bar, tag sidebar, paper list, the open paper and the status bar, with
 * every action described once ({@link AppAction}) and reachable from the menu and by keyboard.
 */
public final class MainWindow {

    private static final String SPLIT_KEY = "split.";
    /** The note pane's editor|preview divider: one position for the window, whichever paper is open. */
    private static final String NOTE_SPLIT_KEY = "note.split";

    /** What the window asks of the application around it. */
    public interface Host {
        void openLink(String address);

        boolean isDark();

        void setDark(boolean dark);

        Locale locale();

        void switchLanguage(Locale locale);

        /** Lets the user pick a library file; {@code create} asks for a new file name. */
        void chooseLibrary(boolean create);

        /** Opens the library {@code file} in place of this one (a salvaged library). */
        void openLibrary(java.nio.file.Path file);

        /** Puts the backup {@code backup} in the place of this library (after asking) and opens it. */
        void restoreBackup(java.nio.file.Path backup);

        void quit();
    }

    private final MainViewModel viewModel;
    private final Messages messages;
    private final AppPreferences preferences;
    private final Executor noteBackground;
    private final Host host;
    private final ObjectProperty<ViewMode> viewMode = new SimpleObjectProperty<>(ViewMode.SPLIT);
    /** Whether the paper header shows only its title line; remembered. */
    private final javafx.beans.property.BooleanProperty headerCollapsed = new javafx.beans.property.SimpleBooleanProperty();
    private final List<AppAction> actions = new ArrayList<>();
    private final BorderPane root = new BorderPane();
    private final SplitPane split = new SplitPane();
    private PaperListView listView;
    private PaperView paperView;
    private TagSidebarView sidebarView;
    private ViewMode lastPreviewMode = ViewMode.SPLIT;
    private BlogActions blogActions;
    private AttachmentControls attachments;
    private HistoryWindow historyWindow;
    private TrashWindow trashWindow;
    private BackupDialogs backupDialogs;
    private org.papernotes.ui.publish.PublishActions publishActions;
    private org.papernotes.ui.bibliography.BibliographyControls bibliography;

    public MainWindow(MainViewModel viewModel, Messages messages, AppPreferences preferences, Executor noteBackground,
                      Host host) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.preferences = preferences;
        this.noteBackground = noteBackground;
        this.host = host;
        preferences.viewMode().ifPresent(name -> {
            try {
                viewMode.set(ViewMode.valueOf(name));
            } catch (IllegalArgumentException e) {
                // an older or unknown value: keep the default
            }
        });
        headerCollapsed.set(preferences.headerCollapsed());
        headerCollapsed.addListener((o, old, now) -> preferences.setHeaderCollapsed(now));
        viewMode.addListener((o, old, mode) -> {
            preferences.setViewMode(mode.name());
            if (mode != ViewMode.EDITOR) {
                lastPreviewMode = mode;
            }
        });
        build();
    }

    public Parent root() {
        return root;
    }

    public List<AppAction> actions() {
        return List.copyOf(actions);
    }

    public PaperListView listView() {
        return listView;
    }

    public PaperView paperView() {
        return paperView;
    }

    public TagSidebarView sidebarView() {
        return sidebarView;
    }

    public BlogActions blogActions() {
        return blogActions;
    }

    public org.papernotes.ui.bibliography.BibliographyControls bibliography() {
        return bibliography;
    }

    public org.papernotes.ui.publish.PublishActions publishActions() {
        return publishActions;
    }

    public ObjectProperty<ViewMode> viewModeProperty() {
        return viewMode;
    }

    /** Adds to {@code scene} the shortcuts beyond the menu items' own (for example Ctrl+K besides Ctrl+F). */
    public Scene install(Scene scene) {
        ActionMenus.registerExtraShortcuts(scene, actions);
        return scene;
    }

    /** Stops the note pane's background rendering (the window is going away or being rebuilt). */
    public void dispose() {
        if (paperView.notePane() != null) {
            paperView.notePane().dispose();
        }
        if (historyWindow != null) {
            historyWindow.stage().close();
        }
        if (trashWindow != null) {
            trashWindow.stage().close();
        }
    }

    /** Remembers the split positions: the window's and the note pane's editor|preview divider. */
    public void rememberLayout() {
        double[] positions = split.getDividerPositions();
        for (int i = 0; i < positions.length; i++) {
            preferences.putNumber(SPLIT_KEY + i, positions[i]);
        }
        if (paperView.notePane() != null) {
            preferences.putNumber(NOTE_SPLIT_KEY, paperView.notePane().getSplitPosition());
        }
        preferences.flush();
    }

    private void build() {
        root.getStyleClass().add("main-window");
        attachments = new AttachmentControls(viewModel.attachments(), messages, preferences, host::openLink,
                () -> root.getScene().getWindow());
        sidebarView = new TagSidebarView(viewModel.sidebar(), messages, new TagSidebarView.Delegate() {
            @Override
            public void rename(String from, String to) {
                viewModel.renameTag(from, to);
            }

            @Override
            public void merge(List<String> sources, String target) {
                viewModel.mergeTags(sources, target);
            }

            @Override
            public void delete(String tag) {
                viewModel.deleteTag(tag);
            }
        });
        listView = new PaperListView(viewModel.list(), messages, this::deletePaper);
        bibliography = new org.papernotes.ui.bibliography.BibliographyControls(viewModel.bibliography(), messages,
                preferences, () -> root.getScene().getWindow(), viewModel::openPaper, viewModel.list().selectedIds(),
                viewModel.sidebar().tagNames());
        bibliography.acceptPasteAndDrops(listView.table());
        ObservableBooleanValue libraryEmpty = Bindings.createBooleanBinding(
                () -> viewModel.list().loadedOnceProperty().get() && viewModel.list().libraryCountProperty().get() == 0,
                viewModel.list().loadedOnceProperty(), viewModel.list().libraryCountProperty());
        paperView = new PaperView(viewModel.paper(),
                this::createHeader, this::createNotePane, libraryEmpty, messages, this::newPaper);
        attachments.acceptDrops(paperView, listView.table());
        attachments.onPaperMade(viewModel::showAddedPaper);
        blogActions = new BlogActions(viewModel.blog(), messages, () -> root.getScene().getWindow(),
                viewModel.list().selectedIds(), listView.table().getItems());
        publishActions = new org.papernotes.ui.publish.PublishActions(viewModel.publish(), messages,
                () -> root.getScene().getWindow(), host::openLink);
        blogActions.setOnExportDialog(dialog -> dialog.addFolderState(publishActions.checkoutState(
                dialog.viewModel().folderProperty(), dialog.viewModel().reportProperty())));
        paperView.addWelcomeAction("welcome-import", messages.get("welcome.importBlog"), blogActions::importPosts);

        // Enter in the list goes on to the note of the selected paper.
        listView.table().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && paperView.notePane() != null
                    && viewModel.paper().getPaper() != null) {
                paperView.notePane().editor().requestFocus();
                e.consume();
            }
        });
        split.getItems().setAll(sidebarView, listView, paperView);
        split.setId("main-split");
        SplitPane.setResizableWithParent(sidebarView, false);
        double[] defaults = {0.15, 0.50}; // the note gets the most room: it is what the user works in
        for (int i = 0; i < defaults.length; i++) {
            split.setDividerPosition(i, preferences.number(SPLIT_KEY + i, defaults[i]));
        }

        defineActions();
        root.setTop(menuBar());
        root.setCenter(split);
        StatusBarView statusBar = new StatusBarView(viewModel, messages);
        statusBar.addItems(new org.papernotes.ui.publish.BlogStateView(viewModel.publish().state(), messages,
                host::openLink));
        // The blog's git state is read after start-up, never during it (it walks the checkout's files).
        viewModel.publish().state().refreshLater();
        root.setBottom(statusBar);

        viewModel.errorCountProperty().addListener((o, old, count) -> showError(viewModel.errorProperty().get()));
        sidebarView.getChildren().add(trashEntry());
        // Another program changed the note being edited: both texts are kept; say so and show the difference.
        viewModel.paper().conflictProperty().addListener((o, old, conflict) -> {
            if (conflict != null && root.getScene() != null && root.getScene().getWindow() != null
                    && viewModel.paper().getPaper() != null && viewModel.paper().getPaper().id() == conflict.paperId()) {
                history().show(conflict.otherVersion(), messages.format("history.conflict", conflict.otherVersion()));
            }
        });
        viewModel.damageProperty().addListener((o, old, reason) -> {
            if (reason != null) {
                javafx.application.Platform.runLater(() -> backupDialogs().damaged(reason, host::restoreBackup,
                        host::openLibrary));
            }
        });
    }

    /** The sidebar's last line: the Trash, with its count; it opens the Trash window. */
    private javafx.scene.control.Button trashEntry() {
        javafx.scene.control.Button entry = new javafx.scene.control.Button();
        entry.setId("sidebar-trash");
        entry.getStyleClass().addAll("flat", "sidebar-trash");
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        entry.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("sidebar.trash", viewModel.trash().countProperty().get()),
                viewModel.trash().countProperty()));
        entry.setOnAction(e -> trash().show());
        return entry;
    }

    private HistoryWindow history() {
        if (historyWindow == null) {
            historyWindow = new HistoryWindow(new HistoryViewModel(viewModel.library(), viewModel.executors(),
                    viewModel.paper(), messages, viewModel::showFailure), messages, root.getScene().getWindow(), css());
        }
        return historyWindow;
    }

    private TrashWindow trash() {
        if (trashWindow == null) {
            trashWindow = new TrashWindow(viewModel.trash(), messages, root.getScene().getWindow(), css());
        }
        return trashWindow;
    }

    private BackupDialogs backupDialogs() {
        if (backupDialogs == null) {
            backupDialogs = new BackupDialogs(viewModel.backups(), messages, root.getScene().getWindow());
        }
        return backupDialogs;
    }

    /** The main window's style sheets, for the windows it opens. */
    private String css() {
        return root.getScene() == null || root.getScene().getStylesheets().isEmpty() ? null
                : root.getScene().getStylesheets().get(0);
    }

    /** The History window, once opened; null before (for tests). */
    public HistoryWindow historyWindow() {
        return historyWindow;
    }

    /** The Trash window, once opened; null before (for tests). */
    public TrashWindow trashWindow() {
        return trashWindow;
    }

    private PaperHeaderView createHeader() {
        PaperHeaderView header = new PaperHeaderView(viewModel.paper(), viewModel.sidebar().tagNames(), messages,
                host::openLink, headerCollapsed);
        SlugField slug = new SlugField(viewModel.blog().slug(), messages);
        header.addSlugField(slug.field(), slug.problem());
        header.addPdfRow(attachments.pdfView());
        header.addPublishedRow(new org.papernotes.ui.publish.PublishedInLine(viewModel.publish().state(), messages,
                host::openLink));
        bibliography.install(header);
        return header;
    }

    private NotePane createNotePane() {
        NotePane pane = new NotePane(noteBackground, NotePane.DEFAULT_PAUSE, messages.locale());
        pane.viewModeProperty().set(viewMode.get());
        pane.setSplitPosition(preferences.number(NOTE_SPLIT_KEY, NotePane.DEFAULT_SPLIT_POSITION));
        pane.viewModeProperty().bindBidirectional(viewMode);
        pane.darkProperty().set(host.isDark());
        pane.setLinkOpener(bibliography.linkOpener(host::openLink));
        bibliography.install(pane);
        viewModel.blog().previewMath().setUnshownTitle(messages.get("preview.math.unshown"));
        pane.previewMathProperty().bind(viewModel.blog().previewMath().previewMathProperty());
        attachments.install(pane);
        pane.setBeforeReplaceAll(() -> viewModel.paper().keepVersion(VersionReason.BEFORE_REPLACE_ALL));
        return pane;
    }

    // ---- actions

    private void defineActions() {
        var noPaper = viewModel.paper().paperProperty().isNull();
        var noSelection = viewModel.list().selectedIdProperty().isNull();
        actions.add(AppAction.of("new", "action.new", this::newPaper, "Shortcut+N"));
        actions.addAll(bibliography.actions());
        var selected = viewModel.list().selectedIds();
        actions.add(AppAction.of("duplicate", "action.duplicate",
                () -> viewModel.duplicate(messages.get("paper.copySuffix")), "Shortcut+D").disabledWhen(noSelection)
                .textFrom(SelectionText.of(messages, "action.duplicate", "action.duplicateSeveral", selected)));
        actions.add(AppAction.of("delete", "action.delete", this::deletePaper, "Shortcut+Delete").disabledWhen(noSelection)
                .textFrom(SelectionText.of(messages, "action.delete", "action.deleteSeveral", selected)));
        // Saving is automatic; Ctrl+S is where a user reaches when the status bar says a save failed.
        actions.add(AppAction.of("retry-save", "action.retrySave", () -> viewModel.paper().retryNow(), "Shortcut+S")
                .disabledWhen(viewModel.paper().retryingProperty().not()));
        actions.add(AppAction.of("open-library", "action.openLibrary", () -> host.chooseLibrary(false), "Shortcut+O"));
        actions.add(AppAction.of("new-library", "action.newLibrary", () -> host.chooseLibrary(true)));
        actions.add(AppAction.of("quit", "action.quit", host::quit, "Shortcut+Q"));
        actions.add(AppAction.of("undo", "action.undo", this::undo, "Shortcut+Z"));
        actions.add(AppAction.of("redo", "action.redo", this::redo, "Shortcut+Shift+Z", "Shortcut+Y"));
        actions.add(AppAction.of("search", "action.search", () -> listView.focusSearch(), "Shortcut+F", "Shortcut+K"));
        actions.add(AppAction.of("find-replace", "action.findReplace", this::findReplace, "Shortcut+H").disabledWhen(noPaper));
        actions.add(AppAction.of("next", "action.next", () -> listView.move(1), "Alt+Down", "Shortcut+Down"));
        actions.add(AppAction.of("previous", "action.previous", () -> listView.move(-1), "Alt+Up", "Shortcut+Up"));
        actions.add(AppAction.of("mode-editor", "action.modeEditor", () -> viewMode.set(ViewMode.EDITOR), "Shortcut+1"));
        actions.add(AppAction.of("mode-split", "action.modeSplit", () -> viewMode.set(ViewMode.SPLIT), "Shortcut+2"));
        actions.add(AppAction.of("mode-preview", "action.modePreview", () -> viewMode.set(ViewMode.PREVIEW), "Shortcut+3"));
        actions.add(AppAction.of("toggle-preview", "action.togglePreview", this::togglePreview, "Shortcut+P"));
        actions.add(AppAction.of("about", "action.about", this::about));
        actions.add(AppAction.of("shortcuts", "action.shortcuts", this::showShortcuts, "F1"));
        actions.add(AppAction.of("export-blog", "action.exportBlog", () -> blogActions.export(), "Shortcut+E")
                .disabledWhen(Bindings.isEmpty(listView.table().getItems())));
        actions.add(AppAction.of("import-blog", "action.importBlog", () -> blogActions.importPosts()));
        actions.addAll(attachments.actions());
        actions.add(AppAction.of("history", "action.history", () -> history().show(null, null), "Shortcut+Shift+H")
                .disabledWhen(noPaper));
        actions.add(AppAction.of("trash", "action.trash", () -> trash().show()));
        actions.add(AppAction.of("backup-now", "action.backupNow", () -> backupDialogs().backUpNow()));
        actions.add(AppAction.of("restore-backup", "action.restoreBackup",
                () -> backupDialogs().chooseBackup(host::restoreBackup)));
        actions.add(AppAction.of("backup-folder", "action.backupFolder", () -> new org.papernotes.ui.backup
                .BackupFolderDialog(viewModel.backups(), messages, root.getScene().getWindow()).show()));
        actions.add(AppAction.of("publish-blog", "action.publishBlog", this::publishToBlog, "Shortcut+Shift+E")
                .disabledWhen(Bindings.isEmpty(listView.table().getItems())));
        boolean jekyll = org.papernotes.workflow.JekyllPreview.installed();
        actions.add(AppAction.of("preview-jekyll", "action.previewJekyll", () -> publishActions.previewOnJekyll(
                        viewModel.paper().getPaper()))
                .disabledWhen(jekyll ? noPaper : Bindings.createBooleanBinding(() -> false))
                .textFrom(Bindings.createStringBinding(() -> messages.get(jekyll ? "action.previewJekyll"
                        : "action.previewJekyllMissing"))));
    }

    private AppAction action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private MenuBar menuBar() {
        Menu file = menu("menu.file", item("new"), item("add-papers"), item("new-paper-from-pdf"), item("duplicate"),
                item("delete"), item("open-pdf"), item("retry-save"),
                new SeparatorMenuItem(), item("export-blog"), item("publish-blog"), item("preview-jekyll"),
                item("import-blog"), item("export-bibtex"), new SeparatorMenuItem(), item("backup-now"),
                item("restore-backup"), item("backup-folder"),
                new SeparatorMenuItem(),
                menu("menu.library", item("open-library"), item("new-library")), new SeparatorMenuItem(), item("quit"));
        Menu edit = menu("menu.edit", item("undo"), item("redo"), new SeparatorMenuItem(), item("find-replace"),
                item("search"));
        ToggleGroup modes = new ToggleGroup();
        RadioMenuItem editorOnly = ActionMenus.choice(action("mode-editor"), messages, modes, viewMode.isEqualTo(ViewMode.EDITOR));
        RadioMenuItem splitMode = ActionMenus.choice(action("mode-split"), messages, modes, viewMode.isEqualTo(ViewMode.SPLIT));
        RadioMenuItem previewOnly = ActionMenus.choice(action("mode-preview"), messages, modes, viewMode.isEqualTo(ViewMode.PREVIEW));
        CheckMenuItem dark = new CheckMenuItem(messages.get("menu.darkTheme"));
        dark.setId("menu-dark");
        dark.setSelected(host.isDark());
        dark.setOnAction(e -> {
            host.setDark(dark.isSelected());
            if (paperView.notePane() != null) {
                paperView.notePane().darkProperty().set(dark.isSelected());
            }
        });
        Menu language = menu("menu.language");
        ToggleGroup languages = new ToggleGroup();
        for (Locale locale : Messages.SUPPORTED) {
            RadioMenuItem item = new RadioMenuItem(messages.get("language." + locale.toLanguageTag()));
            item.setId("menu-language-" + locale.toLanguageTag());
            item.setToggleGroup(languages);
            item.setSelected(locale.equals(host.locale()));
            item.setOnAction(e -> {
                if (!locale.equals(host.locale())) {
                    host.switchLanguage(locale);
                }
            });
            language.getItems().add(item);
        }
        Menu view = menu("menu.view", editorOnly, splitMode, previewOnly, item("toggle-preview"), new SeparatorMenuItem(),
                bibliography.keyColumnItem(listView), dark, attachments.remoteImagesItem(), language, new SeparatorMenuItem(), item("history"), item("trash"));
        Menu insert = menu("menu.insert", item("insert-image"), item("attach-pdf"));
        Menu go = menu("menu.go", item("next"), item("previous"));
        Menu help = menu("menu.help", item("shortcuts"), new SeparatorMenuItem(), item("about"));
        MenuBar bar = new MenuBar(file, edit, insert, view, go, help);
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu menu(String key, javafx.scene.control.MenuItem... items) {
        Menu menu = new Menu(messages.get(key));
        menu.setId(key.replace('.', '-'));
        menu.getItems().addAll(items);
        return menu;
    }

    private javafx.scene.control.MenuItem item(String id) {
        return ActionMenus.item(action(id), messages);
    }

    // ---- handlers

    private void newPaper() {
        viewModel.newPaper(messages.get("paper.untitled"));
        // Once the new paper is open (all its fields set), its title is ready to be typed over.
        var loads = viewModel.paper().noteLoadedProperty();
        loads.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends LoadedNote> o, LoadedNote old, LoadedNote now) {
                loads.removeListener(this);
                javafx.application.Platform.runLater(() -> {
                    PaperHeaderView header = paperView.header();
                    if (header != null) {
                        header.titleField().requestFocus();
                        header.titleField().selectAll();
                    }
                });
            }
        });
    }

    /** Publish the selected papers (or, with none selected, all papers shown), as export does. */
    private void publishToBlog() {
        java.util.Set<Long> selected = new java.util.HashSet<>(viewModel.list().selectedIds());
        List<org.papernotes.ui.publish.PublishViewModel.Item> shown = listView.table().getItems().stream()
                .map(row -> new org.papernotes.ui.publish.PublishViewModel.Item(row.id(), row.paper().title())).toList();
        List<org.papernotes.ui.publish.PublishViewModel.Item> chosen = shown.stream()
                .filter(item -> selected.contains(item.id())).toList();
        publishActions.publish(chosen.isEmpty() ? shown : chosen);
    }

    private void deletePaper() {
        viewModel.delete();
    }

    private void findReplace() {
        NotePane pane = paperView.notePane();
        if (pane != null) {
            pane.showFindReplace();
        }
    }

    private void togglePreview() {
        viewMode.set(viewMode.get() == ViewMode.EDITOR ? lastPreviewMode : ViewMode.EDITOR);
    }

    /** Undo in the focused text; outside text, undo the last delete. */
    private void undo() {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl text) {
            text.undo();
        } else if (focus instanceof GenericStyledArea<?, ?, ?> area) {
            area.undo();
        } else if (viewModel.list().lastDeletedProperty().get() != null) {
            viewModel.undoDelete();
        }
    }

    private void redo() {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl text) {
            text.redo();
        } else if (focus instanceof GenericStyledArea<?, ?, ?> area) {
            area.redo();
        }
    }

    private void showShortcuts() {
        org.papernotes.ui.help.KeyboardShortcutsWindow.show(root.getScene().getWindow(), actions, messages);
    }

    private void about() {
        Alert about = Dialogs.localize(new Alert(Alert.AlertType.INFORMATION, messages.format("about.body", Version.get())),
                messages);
        about.initOwner(root.getScene().getWindow());
        about.setTitle(messages.get("action.about"));
        about.setHeaderText(messages.get("app.name"));
        about.show();
    }

    private void showError(String message) {
        if (root.getScene() == null || root.getScene().getWindow() == null || !root.getScene().getWindow().isShowing()) {
            return;
        }
        Alert alert = Dialogs.localize(new Alert(Alert.AlertType.ERROR, message), messages);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("error.header"));
        alert.show();
    }
}
