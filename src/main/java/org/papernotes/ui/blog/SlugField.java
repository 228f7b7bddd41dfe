package org.papernotes.ui.blog;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.papernotes.ui.common.Messages;

/**
 * The slug field of the paper header and the line that says what is wrong with a typed slug. Enter or
 * leaving the field stores it; Esc puts the stored one back.
 */
public final class SlugField {

    private final TextField field = new TextField();
    private final Label problem = new Label();

    public SlugField(SlugViewModel viewModel, Messages messages) {
        field.setId("slug-field");
        field.setPrefColumnCount(14);
        field.textProperty().bindBidirectional(viewModel.textProperty());
        field.promptTextProperty().bind(viewModel.suggestionProperty());
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                viewModel.publishedProperty().get() ? "slug.tooltip.published" : "slug.tooltip"),
                viewModel.publishedProperty()));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(380);
        field.setTooltip(tooltip);
        field.setOnAction(e -> viewModel.commit());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                viewModel.commit();
            }
        });
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && viewModel.problemProperty().get() != null) {
                viewModel.revert();
                e.consume();
            }
        });

        problem.setId("slug-error");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> viewModel.problemProperty().get() == null ? ""
                : BlogReasons.text(messages, viewModel.problemProperty().get()), viewModel.problemProperty()));
        problem.visibleProperty().bind(viewModel.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        // AtlantaFX marks invalid fields with the :danger pseudo class.
        viewModel.problemProperty().addListener((o, old, now) -> field.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), now != null));
    }

    public TextField field() {
        return field;
    }

    public Label problem() {
        return problem;
    }
}
