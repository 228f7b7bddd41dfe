package org.papernotes.ui.blog;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.papernotes.blog.ExportReport;
import org.papernotes.ui.common.Messages;

/**
 * "Export to blog…": the blog folder (with a folder chooser), which papers, the exact text of a paper's post
 * file, then the export with its progress and a summary, post by post.
 */
public final class ExportDialog extends BlogDialog {

    private final ExportViewModel viewModel;
    private final VBox top;
    private Label mathRow;

    public ExportDialog(Window owner, Messages messages, ExportViewModel viewModel) {
        super(owner, messages, viewModel, "export-dialog");
        this.viewModel = viewModel;
        stage.setTitle(messages.get("export.title"));
        viewModel.setOverwriteQuestion(new OverwriteAlert(stage, messages));

        Label problem = problemLabel("export-folder-problem");
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String folderProblem = switch (viewModel.folderProblemProperty().get()) {
                case NONE -> "";
                case NOT_CHOSEN -> messages.get("export.problem.notChosen");
                case MISSING -> messages.format("export.problem.missing", String.valueOf(viewModel.folderProperty().get()));
                case NOT_A_FOLDER -> messages.format("export.problem.notFolder", String.valueOf(viewModel.folderProperty().get()));
                case NOT_WRITABLE -> messages.format("export.problem.notWritable", String.valueOf(viewModel.postsFolder()));
            };
            return folderProblem.isEmpty() && !viewModel.errorProperty().get().isEmpty()
                    ? messages.format("export.failed", errorText()) : folderProblem;
        }, viewModel.folderProblemProperty(), viewModel.errorProperty(), viewModel.errorReasonProperty(),
                viewModel.folderProperty()));
        top = new VBox(8, folderRow(), suggestionRow(), folderHint(), mathRow(), problem, scopeRow(), paperCardRow(),
                fixMathPane());
        top.setPadding(new javafx.geometry.Insets(0, 0, 10, 0));
        root.setTop(top);

        StackPane center = new StackPane(previewPane(), reportPane());
        root.setCenter(center);

        primary.setId("export-run");
        primary.setText(messages.get("export.run"));
        primary.disableProperty().bind(viewModel.runningProperty().or(viewModel.folderProperty().isNull())
                .or(Bindings.isEmpty(viewModel.papers())));
        primary.setOnAction(e -> viewModel.export());
        stage.setOnShown(e -> viewModel.load());
    }

    public ExportViewModel viewModel() {
        return viewModel;
    }

    /** Shows another feature's line about the chosen folder (its git state) under the blog's math line. */
    public void addFolderState(javafx.scene.Node state) {
        top.getChildren().add(top.getChildren().indexOf(mathRow) + 1, state);
    }

    private HBox folderRow() {
        Label label = new Label(messages.get("export.folder"));
        TextField path = new TextField();
        path.setId("blog-folder-field");
        path.setPromptText(messages.get("export.folder.prompt"));
        path.textProperty().bindBidirectional(viewModel.folderTextProperty());
        path.disableProperty().bind(viewModel.runningProperty());
        label.setLabelFor(path);
        label.setMnemonicParsing(true);
        Button choose = new Button(messages.get("export.folder.choose"));
        choose.setId("choose-blog-folder");
        choose.disableProperty().bind(viewModel.runningProperty());
        choose.setOnAction(e -> chooseFolder());
        HBox row = new HBox(8, label, path, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(path, Priority.ALWAYS);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return row;
    }

    private Label folderHint() {
        Label hint = new Label();
        hint.setId("posts-folder-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        hint.textProperty().bind(Bindings.createStringBinding(() -> viewModel.postsFolder() == null
                        ? messages.get("export.folder.none")
                        : messages.format("export.folder.hint", viewModel.postsFolder().toString()),
                viewModel.folderProperty()));
        return hint;
    }

    /** At a first export: the folder the posts were imported from, offered, not chosen. */
    private HBox suggestionRow() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> viewModel.suggestedFolderProperty().get() == null ? ""
                : messages.format("export.folder.suggested", viewModel.suggestedFolderProperty().get().toString()),
                viewModel.suggestedFolderProperty()));
        Button use = new Button(messages.get("export.folder.useSuggested"));
        use.setId("use-import-folder");
        use.setOnAction(e -> viewModel.useSuggestedFolder());
        HBox row = new HBox(8, text, use);
        row.setId("export-folder-suggestion");
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        row.visibleProperty().bind(viewModel.suggestedFolderProperty().isNotNull().and(viewModel.folderProperty().isNull()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** The blog's MathJax set-up, in words: what is math there. */
    private Label mathRow() {
        Label math = new Label();
        mathRow = math;
        math.setId("export-blog-math");
        math.setWrapText(true);
        math.textProperty().bind(Bindings.createStringBinding(() -> {
            var setup = viewModel.blogMathProperty().get();
            String text = messages.get("export.math." + setup.kind().name());
            return setup.file() == null ? text : text + " " + messages.format("export.math.file", setup.file());
        }, viewModel.blogMathProperty()));
        return math;
    }

    /** The posts exported unchanged whose math this blog cannot show, and the explicit choice to fix them. */
    private VBox fixMathPane() {
        Label explanation = new Label();
        explanation.setWrapText(true);
        explanation.textProperty().bind(Bindings.createStringBinding(() -> messages.format("export.fix.explanation",
                viewModel.needingFix().size()), viewModel.needingFix()));
        ListView<ExportViewModel.MathFix> posts = new ListView<>(viewModel.needingFix());
        posts.setId("export-math-fixes");
        posts.setPrefHeight(90);
        posts.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ExportViewModel.MathFix fix, boolean empty) {
                super.updateItem(fix, empty);
                setText(empty || fix == null ? null : messages.format("export.fix.entry", fix.title(), fix.file(), fix.formulas()));
            }
        });
        posts.getSelectionModel().selectedItemProperty().addListener((o, old, fix) -> {
            if (fix != null) {
                viewModel.papers().stream().filter(item -> item.id() == fix.id()).findFirst()
                        .ifPresent(item -> viewModel.previewedProperty().set(item));
            }
        });
        javafx.scene.control.CheckBox fix = new javafx.scene.control.CheckBox(messages.get("export.fix.choice"));
        fix.setId("export-fix-math");
        fix.selectedProperty().bindBidirectional(viewModel.fixMathProperty());
        fix.disableProperty().bind(viewModel.runningProperty());
        VBox pane = new VBox(6, explanation, posts, fix);
        pane.setId("export-fix-pane");
        pane.visibleProperty().bind(Bindings.isNotEmpty(viewModel.needingFix()).or(viewModel.fixMathProperty()));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("export.folder.chooserTitle"));
        Path current = viewModel.folderProperty().get();
        if (current != null && Files.isDirectory(current)) {
            chooser.setInitialDirectory(current.toFile());
        }
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            viewModel.folderProperty().set(chosen.toPath());
        }
    }

    private HBox scopeRow() {
        HBox row = new HBox(16);
        row.setAlignment(Pos.CENTER_LEFT);
        int shown = viewModel.shown().size();
        if (viewModel.selected().isEmpty() || shown <= viewModel.selected().size()) {
            Label what = new Label(messages.format("export.scope.only", viewModel.papers().size()));
            what.setId("export-scope");
            row.getChildren().add(what);
            return row;
        }
        ToggleGroup group = new ToggleGroup();
        RadioButton selected = new RadioButton(viewModel.selected().size() == 1
                ? messages.format("export.scope.selected", viewModel.selected().get(0).title())
                : messages.format("export.scope.selectedMany", viewModel.selected().size()));
        selected.setId("scope-selected");
        selected.setToggleGroup(group);
        RadioButton all = new RadioButton(messages.format("export.scope.all", shown));
        all.setId("scope-all");
        all.setToggleGroup(group);
        (viewModel.allShownProperty().get() ? all : selected).setSelected(true);
        group.selectedToggleProperty().addListener((o, old, now) -> viewModel.allShownProperty().set(now == all));
        viewModel.allShownProperty().addListener((o, old, now) -> (now ? all : selected).setSelected(true));
        selected.disableProperty().bind(viewModel.runningProperty());
        all.disableProperty().bind(viewModel.runningProperty());
        selected.setMaxWidth(420);
        row.getChildren().addAll(selected, all);
        return row;
    }

    private VBox previewPane() {
        ListView<ExportViewModel.Item> papers = new ListView<>(viewModel.papers());
        papers.setId("export-papers");
        papers.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null) {
                viewModel.previewedProperty().set(item);
            }
        });
        viewModel.previewedProperty().addListener((o, old, item) -> papers.getSelectionModel().select(item));
        papers.getSelectionModel().select(viewModel.previewedProperty().get());
        papers.setMinWidth(160);

        TextArea preview = new TextArea();
        preview.setId("post-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        preview.getStyleClass().add("post-preview");
        preview.setStyle("-fx-font-family: monospace;");
        preview.textProperty().bind(viewModel.previewProperty());

        TextArea changes = new TextArea();
        changes.setId("post-changes");
        changes.setEditable(false);
        changes.setWrapText(false);
        changes.setStyle("-fx-font-family: monospace;");
        changes.textProperty().bind(Bindings.createStringBinding(() -> viewModel.previewChangesProperty().get().isEmpty()
                ? messages.get("export.changes.none") : viewModel.previewChangesProperty().get(),
                viewModel.previewChangesProperty()));
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab(messages.get("export.tab.post"), preview),
                new javafx.scene.control.Tab(messages.get("export.tab.changes"), changes));
        tabs.setId("export-preview-tabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane split = new SplitPane(tabs);
        Runnable showList = () -> {
            boolean several = viewModel.papers().size() > 1;
            if (several && !split.getItems().contains(papers)) {
                split.getItems().add(0, papers);
                split.setDividerPositions(0.28);
            } else if (!several) {
                split.getItems().remove(papers);
            }
        };
        viewModel.papers().addListener((javafx.collections.ListChangeListener<ExportViewModel.Item>) c -> showList.run());
        showList.run();

        Label caption = new Label(messages.get("export.preview"));
        caption.setLabelFor(preview);
        caption.setMnemonicParsing(true);
        caption.getStyleClass().add("field-label");
        VBox pane = new VBox(6, caption, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        pane.visibleProperty().bind(viewModel.reportProperty().isNull());
        return pane;
    }

    private VBox reportPane() {
        Label summary = new Label();
        summary.setId("export-summary");
        summary.getStyleClass().add("title-4");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            ExportReport report = viewModel.reportProperty().get();
            if (report == null) {
                return "";
            }
            String counts = messages.format("export.summary", report.written(), report.unchanged(), report.skipped(),
                    report.failed());
            String images = BlogReasons.imagesSummary(messages, report);
            counts = images.isEmpty() ? counts : counts + " " + images;
            return report.cancelled() ? counts + " " + messages.get("blog.cancelled") : counts;
        }, viewModel.reportProperty()));
        Label folder = new Label();
        folder.setId("export-report-folder");
        folder.getStyleClass().add("muted");
        folder.textProperty().bind(Bindings.createStringBinding(() -> viewModel.reportProperty().get() == null ? ""
                : messages.format("export.report.folder", viewModel.reportProperty().get().postsFolder().toString()),
                viewModel.reportProperty()));

        ListView<ExportReport.Entry> entries = new ListView<>();
        entries.setId("export-report");
        entries.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ExportReport.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setStyle(null);
                if (empty || entry == null) {
                    setText(null);
                    return;
                }
                ExportReport report = viewModel.reportProperty().get();
                setText(BlogReasons.exportLine(messages, entry)
                        + (report == null ? "" : BlogReasons.imageLines(messages, report, entry.paperId())));
                if (entry.outcome() == ExportReport.Outcome.FAILED) {
                    setStyle(DANGER_TEXT);
                } else if (entry.outcome() == ExportReport.Outcome.SKIPPED) {
                    setStyle(WARNING_TEXT);
                }
            }
        });
        viewModel.reportProperty().addListener((o, old, report) ->
                entries.getItems().setAll(report == null ? java.util.List.of() : report.entries()));
        VBox pane = new VBox(6, summary, folder, entries);
        VBox.setVgrow(entries, Priority.ALWAYS);
        pane.visibleProperty().bind(viewModel.reportProperty().isNotNull());
        return pane;
    }

    /** Which posts start with a short card of the paper (title, authors, venue, year, links); #14. */
    private HBox paperCardRow() {
        Label label = new Label(messages.get("export.card"));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.ComboBox<org.papernotes.workflow.PaperCard.Choice> choice =
                new javafx.scene.control.ComboBox<>();
        choice.setId("export-paper-card");
        choice.getItems().setAll(org.papernotes.workflow.PaperCard.Choice.values());
        choice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.papernotes.workflow.PaperCard.Choice value) {
                return value == null ? "" : messages.get("export.card." + value.name());
            }

            @Override
            public org.papernotes.workflow.PaperCard.Choice fromString(String text) {
                return null;
            }
        });
        choice.valueProperty().bindBidirectional(viewModel.paperCardProperty());
        HBox row = new HBox(8, label, choice);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
