package org.papernotes.ui.attachments;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.papernotes.model.ByteSize;
import org.papernotes.model.PaperIdentity;
import org.papernotes.ui.common.Dialogs;
import org.papernotes.ui.common.Messages;

/**
 * "Create a paper for this PDF?": the title, authors, DOI and arXiv id the PDF gave, editable, and whether to copy
 * the PDF into the library (the setting's choice first). Create stores the paper with its PDF; Cancel stores
 * nothing. When the library already has that paper, the PDF can be attached to it instead. The dialog stays open
 * while the paper is stored, and says so if that fails.
 */
final class NewPaperFromPdfDialog {

    /** What the user chose. */
    enum Choice { CREATED, ATTACH_TO_EXISTING, CANCELLED }

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private NewPaperFromPdfDialog() {
    }

    /** Shows the dialog for a view model that has read its PDF; {@code onCreated} runs once the paper is stored. */
    static Choice show(Window owner, Messages messages, NewPaperFromPdfViewModel viewModel,
                       java.util.function.Consumer<org.papernotes.model.Paper> onCreated) {
        ButtonType create = new ButtonType(messages.get("newPdf.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType attachExisting = new ButtonType(messages.get("newPdf.attachExisting"), ButtonBar.ButtonData.OTHER);
        Dialog<ButtonType> dialog = Dialogs.localize(new Dialog<>(), messages);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("newPdf.title"));
        long size = size(viewModel);
        dialog.setHeaderText(messages.format("newPdf.header", viewModel.pdf().getFileName(),
                size >= 0 ? ByteSize.format(size) : "?"));
        dialog.getDialogPane().setId("new-paper-pdf");
        dialog.getDialogPane().setMinWidth(560);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        PaperIdentity existing = viewModel.existingProperty().get();
        if (existing != null) {
            dialog.getDialogPane().getButtonTypes().add(1, attachExisting);
        }
        dialog.getDialogPane().setContent(content(messages, viewModel));

        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.setId("new-paper-pdf-create");
        createButton.disableProperty().bind(Bindings.not(viewModel.validProperty()));
        // While the paper is being stored, it will be: nothing may say otherwise (Cancel, attach, Esc, close).
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(viewModel.busyProperty());
        if (existing != null) {
            dialog.getDialogPane().lookupButton(attachExisting).disableProperty().bind(viewModel.busyProperty());
        }
        dialog.setOnCloseRequest(event -> {
            if (viewModel.busyProperty().get()) {
                event.consume();
            }
        });
        // Stored first: the dialog closes only once the paper is there, and stays with the reason if it is not.
        createButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.create(paper -> {
                onCreated.accept(paper);
                dialog.setResult(create);
                dialog.close();
            });
        });
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == create) {
            return Choice.CREATED;
        }
        return answer.isPresent() && answer.get() == attachExisting ? Choice.ATTACH_TO_EXISTING : Choice.CANCELLED;
    }

    private static Node content(Messages messages, NewPaperFromPdfViewModel viewModel) {
        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().addAll(labels, values);
        TextField title = field("new-paper-pdf-title", viewModel.titleProperty(), null);
        TextField authors = field("new-paper-pdf-authors", viewModel.authorsProperty(), null);
        authors.setPromptText(messages.get("newPdf.authors.prompt"));
        TextField doi = field("new-paper-pdf-doi", viewModel.doiProperty(), viewModel.doiValidProperty());
        doi.setPromptText("10.1000/xyz123");
        TextField arxiv = field("new-paper-pdf-arxiv", viewModel.arxivIdProperty(), viewModel.arxivIdValidProperty());
        arxiv.setPromptText("1706.03762");
        row(fields, 0, messages.get("newPdf.field.title"), title);
        row(fields, 1, messages.get("newPdf.field.authors"), authors);
        row(fields, 2, messages.get("newPdf.field.doi"), doi);
        row(fields, 3, messages.get("newPdf.field.arxiv"), arxiv);

        Label found = new Label(viewModel.titleFromFileNameProperty().get() ? messages.get("newPdf.fromFileName")
                : messages.get("newPdf.fromPdf"));
        found.setId("new-paper-pdf-found");
        found.setWrapText(true);
        found.getStyleClass().add("text-muted");
        CheckBox copy = new CheckBox(messages.get("newPdf.copy"));
        copy.setId("new-paper-pdf-copy");
        copy.selectedProperty().bindBidirectional(viewModel.copyProperty());
        VBox content = new VBox(10, found, fields, copy);
        PaperIdentity existing = viewModel.existingProperty().get();
        if (existing != null) {
            Label duplicate = new Label(messages.format("newPdf.existing", existing.title()));
            duplicate.setId("new-paper-pdf-existing");
            duplicate.setWrapText(true);
            duplicate.getStyleClass().add("warning");
            content.getChildren().add(1, duplicate);
        }
        Label problem = new Label();
        problem.setId("new-paper-pdf-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        content.getChildren().add(problem);
        content.setPadding(new Insets(4, 0, 0, 0));
        return content;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, ObservableBooleanValue valid) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        if (valid != null) {
            // AtlantaFX marks invalid fields with the :danger pseudo class.
            field.pseudoClassStateChanged(DANGER, !valid.get());
            valid.addListener((o, was, now) -> field.pseudoClassStateChanged(DANGER, !now));
        }
        return field;
    }

    private static void row(GridPane grid, int row, String text, TextField field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        grid.addRow(row, label, field);
    }

    private static long size(NewPaperFromPdfViewModel viewModel) {
        try {
            return java.nio.file.Files.size(viewModel.pdf());
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
