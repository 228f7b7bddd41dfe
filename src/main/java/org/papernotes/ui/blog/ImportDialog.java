package org.papernotes.ui.blog;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.papernotes.blog.ImportReport;
import org.papernotes.ui.common.Messages;

/**
 * "Import blog posts…": a {@code _posts} folder, a blog checkout or single post files; the import with its
 * progress; then a report file by file: imported, updated, unchanged, or failed with the reason, and what was
 * read generously (warnings).
 */
public final class ImportDialog extends BlogDialog {

    private final ImportViewModel viewModel;

    public ImportDialog(Window owner, Messages messages, ImportViewModel viewModel) {
        super(owner, messages, viewModel, "import-dialog");
        this.viewModel = viewModel;
        stage.setTitle(messages.get("import.title"));

        Label explanation = new Label(messages.get("import.explanation"));
        explanation.setWrapText(true);
        Button folder = new Button(messages.get("import.chooseFolder"));
        folder.setId("choose-import-folder");
        folder.setOnAction(e -> chooseFolder());
        Button files = new Button(messages.get("import.chooseFiles"));
        files.setId("choose-import-files");
        files.setOnAction(e -> chooseFiles());
        folder.disableProperty().bind(viewModel.runningProperty());
        files.disableProperty().bind(viewModel.runningProperty());
        HBox choose = new HBox(8, folder, files);
        choose.setAlignment(Pos.CENTER_LEFT);
        Label failed = problemLabel("import-problem");
        failed.textProperty().bind(Bindings.createStringBinding(() -> viewModel.errorProperty().get().isEmpty() ? ""
                : messages.format("import.failed", errorText()), viewModel.errorProperty(), viewModel.errorReasonProperty()));
        VBox top = new VBox(10, explanation, choose, failed);
        top.setPadding(new javafx.geometry.Insets(0, 0, 10, 0));
        root.setTop(top);

        root.setCenter(new StackPane(pathsPane(), reportPane()));

        primary.setId("import-run");
        primary.setText(messages.get("import.run"));
        primary.disableProperty().bind(viewModel.runningProperty().or(Bindings.isEmpty(viewModel.paths())));
        primary.setOnAction(e -> viewModel.importPosts());
    }

    public ImportViewModel viewModel() {
        return viewModel;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("import.chooseFolder.title"));
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            viewModel.paths().setAll(chosen.toPath());
        }
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.chooseFiles.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("import.filter"), "*.md", "*.markdown"),
                new FileChooser.ExtensionFilter(messages.get("library.filterAll"), "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(stage);
        if (chosen != null && !chosen.isEmpty()) {
            viewModel.paths().setAll(chosen.stream().map(File::toPath).toList());
        }
    }

    private VBox pathsPane() {
        Label caption = new Label(messages.get("import.chosen"));
        caption.getStyleClass().add("field-label");
        ListView<Path> paths = new ListView<>(viewModel.paths());
        paths.setId("import-paths");
        Label empty = new Label(messages.get("import.nothingChosen"));
        empty.getStyleClass().add("placeholder-text");
        paths.setPlaceholder(empty);
        caption.setLabelFor(paths);
        VBox pane = new VBox(6, caption, paths);
        VBox.setVgrow(paths, Priority.ALWAYS);
        pane.visibleProperty().bind(viewModel.reportProperty().isNull());
        return pane;
    }

    private VBox reportPane() {
        Label summary = new Label();
        summary.setId("import-summary");
        summary.getStyleClass().add("title-4");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            ImportReport report = viewModel.reportProperty().get();
            if (report == null) {
                return "";
            }
            String counts = messages.format("import.summary", report.imported(), report.updated(), report.unchanged(),
                    report.failed());
            if (report.imagesImported() > 0) {
                counts += " " + messages.format("import.images.summary", report.imagesImported());
            }
            return report.cancelled() ? counts + " " + messages.get("blog.cancelled") : counts;
        }, viewModel.reportProperty()));
        ListView<ImportReport.Entry> entries = new ListView<>();
        entries.setId("import-report");
        entries.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ImportReport.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setStyle(null);
                if (empty || entry == null) {
                    setText(null);
                    return;
                }
                setText(BlogReasons.importLine(messages, entry));
                if (entry.outcome() == ImportReport.Outcome.FAILED) {
                    setStyle(DANGER_TEXT);
                } else if (!entry.warnings().isEmpty()) {
                    setStyle(WARNING_TEXT);
                }
            }
        });
        // Failures first: they are what needs attention.
        viewModel.reportProperty().addListener((o, old, report) -> entries.getItems().setAll(report == null ? List.of()
                : report.entries().stream().sorted(java.util.Comparator.comparing(
                        (ImportReport.Entry e) -> e.outcome() != ImportReport.Outcome.FAILED)).toList()));
        VBox pane = new VBox(6, summary, entries);
        VBox.setVgrow(entries, Priority.ALWAYS);
        pane.visibleProperty().bind(viewModel.reportProperty().isNotNull());
        return pane;
    }
}
