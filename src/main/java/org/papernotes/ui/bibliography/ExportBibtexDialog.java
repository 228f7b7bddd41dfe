package org.papernotes.ui.bibliography;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.papernotes.ui.common.Messages;

/**
 * "Export BibTeX…": which papers (the selection, a tag, the whole library), UTF-8 or LaTeX escapes, the file (typed
 * or chosen), then Export and what it wrote.
 */
public final class ExportBibtexDialog {

    private final ExportBibtexViewModel viewModel;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final TextField path = new TextField();
    /** The file the save dialog chose (it asked about replacing it already). */
    private Path chosenInDialog;

    public ExportBibtexDialog(Window owner, Messages messages, ExportBibtexViewModel viewModel) {
        this.viewModel = viewModel;
        this.messages = messages;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("bibtex.title"));

        Label which = heading("bibtex.which");
        ToggleGroup scopes = new ToggleGroup();
        RadioButton selection = choice(scopes, "bibtex-scope-selection", messages.format("bibtex.scope.selection",
                viewModel.selected().size()), ExportBibtexViewModel.Scope.SELECTION);
        selection.setDisable(viewModel.selected().isEmpty());
        RadioButton tag = choice(scopes, "bibtex-scope-tag", messages.get("bibtex.scope.tag"), ExportBibtexViewModel.Scope.TAG);
        tag.setDisable(viewModel.tags().isEmpty());
        ComboBox<String> tags = new ComboBox<>();
        tags.setId("bibtex-tag");
        tags.getItems().setAll(viewModel.tags());
        tags.valueProperty().bindBidirectional(viewModel.tagProperty());
        tags.disableProperty().bind(tag.selectedProperty().not());
        HBox tagRow = new HBox(8, tag, tags);
        tagRow.setAlignment(Pos.CENTER_LEFT);
        RadioButton library = choice(scopes, "bibtex-scope-library", messages.get("bibtex.scope.library"),
                ExportBibtexViewModel.Scope.LIBRARY);
        scopes.selectToggle(viewModel.scopeProperty().get() == ExportBibtexViewModel.Scope.SELECTION ? selection : library);
        scopes.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.scopeProperty().set((ExportBibtexViewModel.Scope) now.getUserData());
            }
        });

        Label encoding = heading("bibtex.encoding");
        ToggleGroup charsets = new ToggleGroup();
        RadioButton utf8 = new RadioButton(messages.format("bibtex.utf8"));
        utf8.setId("bibtex-utf8");
        utf8.setToggleGroup(charsets);
        RadioButton latex = new RadioButton(messages.format("bibtex.latex"));
        latex.setId("bibtex-latex");
        latex.setToggleGroup(charsets);
        utf8.setWrapText(true); // the Chinese text is longer than the dialog is wide
        latex.setWrapText(true);
        (viewModel.latexEscapesProperty().get() ? latex : utf8).setSelected(true);
        latex.selectedProperty().addListener((o, was, now) -> viewModel.latexEscapesProperty().set(now));

        Label fileLabel = heading("bibtex.file");
        path.setId("bibtex-file");
        path.setPromptText(messages.get("bibtex.file.prompt"));
        path.textProperty().addListener((o, old, text) -> viewModel.fileProperty().set(parse(text)));
        Button choose = new Button(messages.get("bibtex.choose"));
        choose.setId("bibtex-choose");
        choose.setOnAction(e -> chooseFile());
        HBox fileRow = new HBox(8, path, choose);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(path, Priority.ALWAYS);

        Label outcome = new Label();
        outcome.setId("bibtex-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(Bindings.createStringBinding(this::outcomeText, viewModel.writtenProperty(),
                viewModel.errorProperty()));
        viewModel.errorProperty().addListener((o, old, error) -> {
            outcome.getStyleClass().removeAll("danger", "success");
            outcome.getStyleClass().add(error == null ? "success" : "danger");
        });
        viewModel.writtenProperty().addListener((o, old, written) -> {
            if (written != null) {
                outcome.getStyleClass().removeAll("danger", "success");
                outcome.getStyleClass().add("success");
            }
        });

        Button close = new Button(messages.get("bibtex.close"));
        close.setId("bibtex-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Button export = new Button(messages.get("bibtex.export"));
        export.setId("bibtex-export");
        export.getStyleClass().add("accent");
        export.setDefaultButton(true);
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> !viewModel.canExport(),
                viewModel.fileProperty(), viewModel.scopeProperty(), viewModel.tagProperty(), viewModel.runningProperty()));
        export.setOnAction(e -> {
            Path file = viewModel.fileProperty().get();
            if (file != null && java.nio.file.Files.exists(file) && !file.equals(chosenInDialog) && !replace(file)) {
                return;
            }
            viewModel.export();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, gap, close, export);

        VBox root = new VBox(8, which, selection, tagRow, library, encoding, utf8, latex, fileLabel, fileRow, outcome,
                buttons);
        root.setId("bibtex-dialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);
        VBox.setMargin(encoding, new Insets(8, 0, 0, 0));
        VBox.setMargin(fileLabel, new Insets(8, 0, 0, 0));
        VBox.setMargin(buttons, new Insets(10, 0, 0, 0));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    public Stage stage() {
        return stage;
    }

    public ExportBibtexViewModel viewModel() {
        return viewModel;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private String outcomeText() {
        ExportBibtexViewModel.Failure failure = viewModel.errorProperty().get();
        if (failure != null) {
            return switch (failure.kind()) {
                case NO_FOLDER -> messages.format("bibtex.error.noFolder", String.valueOf(failure.file()));
                case DENIED -> messages.format("bibtex.error.denied", String.valueOf(failure.file()));
                case OTHER -> messages.format("bibtex.error.other", String.valueOf(failure.file()), failure.detail());
            };
        }
        ExportBibtexViewModel.Written written = viewModel.writtenProperty().get();
        if (written == null) {
            return "";
        }
        String text = messages.format("bibtex.written", written.papers(), written.file().toString());
        return written.keysMade() == 0 ? text : text + " " + messages.format("bibtex.keysMade", written.keysMade());
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private RadioButton choice(ToggleGroup group, String id, String text, ExportBibtexViewModel.Scope scope) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(scope);
        return button;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("bibtex.choose.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("bibtex.choose.filter"), "*.bib"));
        chooser.setInitialFileName("references.bib");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            chosenInDialog = file.toPath();
            path.setText(file.toPath().toString());
        }
    }

    /** Asks before a typed file name replaces a file. */
    private boolean replace(Path file) {
        javafx.scene.control.Alert ask = org.papernotes.ui.common.Dialogs.localize(new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, messages.format("bibtex.replace.body", file.toString()),
                javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL), messages);
        ask.initOwner(stage);
        ask.setTitle(messages.get("bibtex.title"));
        ask.setHeaderText(messages.format("bibtex.replace.header", String.valueOf(file.getFileName())));
        ask.getDialogPane().setId("bibtex-replace");
        return ask.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).isPresent();
    }

    private static Path parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("~/")) {
            trimmed = System.getProperty("user.home") + trimmed.substring(1);
        }
        try {
            return Path.of(trimmed);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
