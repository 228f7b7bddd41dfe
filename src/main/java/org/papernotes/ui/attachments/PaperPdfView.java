package org.papernotes.ui.attachments;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import org.papernotes.model.ByteSize;
import org.papernotes.model.PaperPdf;
import org.papernotes.ui.common.LazyTooltip;
import org.papernotes.ui.common.Messages;

/**
 * The header's line for the paper's PDF: its name and size (a click opens it), where it is kept, and a menu to
 * replace, copy into the library or remove it; with none, an "Attach PDF…" button. A linked file that moved is
 * said here, with "Locate…", instead of in a dialog.
 */
public final class PaperPdfView extends HBox {

    private final PaperPdfViewModel viewModel;
    private final Messages messages;
    private final Runnable choose;
    private final Hyperlink name = new Hyperlink();
    private final Label where = new Label();
    private final Label problem = new Label();
    private final Button attach;
    private final MenuButton more;

    /** @param choose asks for a PDF file and attaches it (the attach dialog) */
    public PaperPdfView(PaperPdfViewModel viewModel, Messages messages, Runnable choose) {
        super(6);
        this.viewModel = viewModel;
        this.messages = messages;
        this.choose = choose;
        setId("pdf-view");
        getStyleClass().add("pdf-view");
        setAlignment(Pos.CENTER_LEFT);

        name.setId("pdf-name");
        name.setOnAction(e -> viewModel.open());
        where.setId("pdf-where");
        where.getStyleClass().add("pdf-where");
        problem.setId("pdf-problem");
        problem.getStyleClass().add("pdf-problem");
        problem.setWrapText(true);

        attach = new Button(messages.get("pdf.attach"));
        attach.setId("pdf-attach");
        attach.getStyleClass().add("flat");
        attach.setOnAction(e -> choose.run());
        LazyTooltip.install(attach, messages.get("pdf.attach.tooltip"));

        MenuItem replace = new MenuItem(messages.get("pdf.replace"));
        replace.setId("pdf-replace");
        replace.setOnAction(e -> choose.run());
        MenuItem copy = new MenuItem(messages.get("pdf.copyIntoLibrary"));
        copy.setId("pdf-copy");
        copy.setOnAction(e -> viewModel.copyIntoLibrary());
        copy.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.getPdf() == null
                || viewModel.getPdf().isInLibrary() || viewModel.missingProperty().get(),
                viewModel.pdfProperty(), viewModel.missingProperty()));
        MenuItem remove = new MenuItem(messages.get("pdf.remove"));
        remove.setId("pdf-remove");
        remove.setOnAction(e -> viewModel.remove());
        more = new MenuButton("\u22ef", null, replace, copy, remove);
        more.setId("pdf-more");
        more.getStyleClass().addAll("flat", "small");
        LazyTooltip.install(more, messages.get("pdf.more.tooltip"));

        viewModel.pdfProperty().addListener((o, old, now) -> update());
        viewModel.missingProperty().addListener((o, old, now) -> update());
        viewModel.problemProperty().addListener((o, old, now) -> update());
        update();
    }

    private void update() {
        PaperPdf pdf = viewModel.getPdf();
        String trouble = viewModel.problemProperty().get();
        getChildren().clear();
        if (pdf == null) {
            getChildren().add(attach);
        } else {
            name.setText(pdf.name() + (pdf.size() >= 0 ? "  (" + ByteSize.format(pdf.size()) + ")" : ""));
            name.setDisable(viewModel.missingProperty().get());
            if (viewModel.missingProperty().get()) {
                where.setText(messages.format("pdf.missing", pdf.path()));
                where.getStyleClass().add("pdf-missing");
                Button locate = new Button(messages.get("pdf.locate"));
                locate.setId("pdf-locate");
                locate.getStyleClass().addAll("flat", "small");
                locate.setOnAction(e -> choose.run());
                getChildren().addAll(name, where, locate, more);
            } else {
                where.getStyleClass().remove("pdf-missing");
                where.setText(pdf.isInLibrary() ? messages.get("pdf.inLibrary") : messages.get("pdf.linked"));
                getChildren().addAll(name, where, more);
                if (!pdf.isInLibrary()) {
                    LazyTooltip.install(where, pdf.path());
                }
            }
        }
        if (!trouble.isEmpty()) {
            problem.setText(trouble);
            getChildren().add(problem);
        }
    }
}
