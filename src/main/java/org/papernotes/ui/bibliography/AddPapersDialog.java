package org.papernotes.ui.bibliography;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.papernotes.model.PaperIdentity;
import org.papernotes.ui.common.Messages;
import org.papernotes.workflow.AddPapers;

/**
 * "Add papers from…": a field for DOIs, arXiv ids or URLs, BibTeX entries and file paths (typed, pasted, or files
 * dropped or chosen), Look up (Ctrl+Enter) with its progress and Cancel, then the papers found, each with a box to
 * add it or not and its fields to correct, a paper already in the library offered to open instead, and what gave
 * nothing and why. Add stores the chosen papers and opens the first.
 */
public final class AddPapersDialog {

    private final AddPapersViewModel viewModel;
    private final Messages messages;
    private final LongConsumer openPaper;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final TextArea input = new TextArea();
    private final ListView<FoundPaper> found = new ListView<>();
    private final GridPane details = new GridPane();
    /** Above the fields: the duplicate and what is known only, wrapped to the dialog's width. */
    private final VBox detailNotes = new VBox(4);
    /** The shown paper's year check marking its field; ended when another paper is shown. */
    private javafx.util.Subscription yearMark = javafx.util.Subscription.EMPTY;

    /** @param openPaper opens a paper of the library in the window (an added one, or an existing duplicate) */
    public AddPapersDialog(Window owner, Messages messages, AddPapersViewModel viewModel, LongConsumer openPaper) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.openPaper = openPaper;
        root.setId("add-papers-dialog");
        root.setPadding(new Insets(14));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("add.title"));
        Scene scene = new Scene(root, 760, 620);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> viewModel.cancel());

        root.setTop(inputPane());
        root.setCenter(resultsPane());
        root.setBottom(buttons());
        acceptDrops(scene);
        viewModel.addedProperty().addListener((o, old, added) -> {
            if (!added.isEmpty()) {
                stage.close();
                openPaper.accept(added.get(0).id());
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    public AddPapersViewModel viewModel() {
        return viewModel;
    }

    public void show() {
        stage.show();
        stage.toFront();
        input.requestFocus();
    }

    private VBox inputPane() {
        Label label = new Label(messages.get("add.input"));
        label.setWrapText(true);
        label.setLabelFor(input);
        input.setId("add-input");
        input.setPromptText(messages.format("add.input.prompt"));
        input.setPrefRowCount(4);
        input.setWrapText(false);
        input.textProperty().bindBidirectional(viewModel.inputProperty());
        input.disableProperty().bind(viewModel.stepProperty().isEqualTo(AddPapersViewModel.Step.ADDING));
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                viewModel.find();
                e.consume();
            }
        });
        Button choose = new Button(messages.get("add.choose"));
        choose.setId("add-choose");
        choose.setOnAction(e -> chooseFiles());
        Label hint = new Label(messages.get("add.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Button find = new Button(messages.get("add.find"));
        find.setId("add-find");
        find.disableProperty().bind(viewModel.stepProperty().isEqualTo(AddPapersViewModel.Step.FINDING)
                .or(viewModel.stepProperty().isEqualTo(AddPapersViewModel.Step.ADDING))
                .or(viewModel.inputProperty().isEmpty()));
        find.defaultButtonProperty().bind(viewModel.stepProperty().isNotEqualTo(AddPapersViewModel.Step.FOUND));
        find.setOnAction(e -> viewModel.find());
        choose.setMinWidth(Region.USE_PREF_SIZE); // the hint wraps; the buttons keep their words
        find.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, choose, hint, find);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(6, label, input, row, progressLine(), failureLine());
        pane.setPadding(new Insets(0, 0, 10, 0));
        return pane;
    }

    private HBox progressLine() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label text = new Label();
        text.setId("add-progress");
        text.textProperty().bind(Bindings.when(viewModel.waitingProperty()).then(messages.get("add.waiting"))
                .otherwise(messages.get("add.finding")));
        HBox line = new HBox(8, spinner, text);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(viewModel.stepProperty().isEqualTo(AddPapersViewModel.Step.FINDING)
                .or(viewModel.stepProperty().isEqualTo(AddPapersViewModel.Step.ADDING)));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private Label failureLine() {
        Label failure = new Label();
        failure.setId("add-failure");
        failure.getStyleClass().add("danger");
        failure.setWrapText(true);
        failure.textProperty().bind(Bindings.createStringBinding(() -> viewModel.failureProperty().get().isEmpty() ? ""
                : messages.format("add.failed", viewModel.failureProperty().get()), viewModel.failureProperty()));
        failure.visibleProperty().bind(failure.textProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        return failure;
    }

    private VBox resultsPane() {
        Label heading = new Label();
        heading.getStyleClass().add("title-4");
        heading.textProperty().bind(Bindings.createStringBinding(() -> messages.format("add.found",
                viewModel.found().size()), viewModel.found()));
        found.setId("add-found");
        found.setItems(viewModel.found());
        found.setCellFactory(list -> new FoundCell());
        found.setPrefHeight(170);
        VBox.setVgrow(found, Priority.ALWAYS);
        found.getSelectionModel().selectedItemProperty().addListener((o, old, paper) -> showDetails(paper));
        // Space ticks or unticks the paper in the list, as a click on its box does
        found.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            FoundPaper paper = found.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && paper != null && paper.isNew()) {
                paper.selectedProperty().set(!paper.selectedProperty().get());
                event.consume();
            }
        });
        viewModel.found().addListener((javafx.collections.ListChangeListener<FoundPaper>) c -> {
            if (!viewModel.found().isEmpty() && found.getSelectionModel().isEmpty()) {
                found.getSelectionModel().select(0);
            }
        });
        details.setId("add-details");
        details.setHgap(8);
        details.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(javafx.geometry.HPos.RIGHT);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        ColumnConstraints labels2 = new ColumnConstraints();
        labels2.setMinWidth(Region.USE_PREF_SIZE);
        labels2.setHalignment(javafx.geometry.HPos.RIGHT);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setPrefWidth(170);
        details.getColumnConstraints().setAll(labels, wide, labels2, narrow);
        VBox foundBox = new VBox(6, heading, found, detailNotes, details);
        foundBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.found()));
        foundBox.managedProperty().bind(foundBox.visibleProperty());
        VBox.setVgrow(foundBox, Priority.ALWAYS);

        Label notFound = new Label(messages.get("add.notFound"));
        notFound.getStyleClass().add("title-4");
        VBox problems = new VBox(2);
        problems.setId("add-problems");
        viewModel.problems().addListener((javafx.collections.ListChangeListener<AddPapers.Problem>) c -> {
            problems.getChildren().setAll(viewModel.problems().stream().map(problem -> {
                Label line = new Label(AddPapersText.problem(messages, problem));
                line.setWrapText(true);
                line.getStyleClass().add("danger");
                return (javafx.scene.Node) line;
            }).toList());
        });
        javafx.scene.control.ScrollPane problemScroll = new javafx.scene.control.ScrollPane(problems);
        problemScroll.setFitToWidth(true);
        problemScroll.setMaxHeight(110);
        problemScroll.getStyleClass().add("edge-to-edge");
        VBox problemBox = new VBox(4, notFound, problemScroll);
        problemBox.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
        problemBox.managedProperty().bind(problemBox.visibleProperty());
        return new VBox(10, foundBox, problemBox);
    }

    /** The fields of the paper chosen in the list, to correct before adding; a duplicate says which paper it is. */
    private void showDetails(FoundPaper paper) {
        yearMark.unsubscribe();
        details.getChildren().clear();
        detailNotes.getChildren().clear();
        if (paper == null) {
            return;
        }
        int row = 0;
        PaperIdentity existing = paper.existing();
        if (existing != null) {
            Label same = new Label(existing.id() == 0 ? messages.get("add.twice")
                    : messages.format("add.existing", existing.title()));
            same.setId("add-existing");
            same.setWrapText(true);
            same.getStyleClass().add("warning");
            HBox line = new HBox(8, same);
            line.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(same, Priority.ALWAYS);
            if (existing.id() != 0) {
                Button open = new Button(messages.get("add.openExisting"));
                open.setId("add-open-existing");
                open.setMinWidth(Region.USE_PREF_SIZE);
                open.setOnAction(e -> {
                    viewModel.cancel();
                    stage.close();
                    openPaper.accept(existing.id());
                });
                line.getChildren().add(open);
            }
            detailNotes.getChildren().add(line);
        }
        String note = AddPapersText.note(messages, paper);
        if (!note.isEmpty()) {
            Label noteLine = new Label(note);
            noteLine.setId("add-note");
            noteLine.setWrapText(true);
            noteLine.getStyleClass().add("warning");
            noteLine.setMinHeight(Region.USE_PREF_SIZE);
            detailNotes.getChildren().add(noteLine);
        }
        boolean editable = paper.isNew();
        details.add(label("add.field.title"), 0, row);
        details.add(field("add-title", paper.titleProperty(), editable), 1, row++, 3, 1);
        details.add(label("add.field.authors"), 0, row);
        details.add(field("add-authors", paper.authorsProperty(), editable), 1, row++, 3, 1);
        details.add(label("add.field.venue"), 0, row);
        details.add(field("add-venue", paper.venueProperty(), editable), 1, row);
        details.add(label("add.field.year"), 2, row);
        TextField year = field("add-year", paper.yearProperty(), editable);
        yearMark = paper.yearInvalidProperty().subscribe(invalid -> year.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), invalid));
        details.add(year, 3, row++);
        details.add(label("add.field.doi"), 0, row);
        details.add(field("add-doi", paper.doiProperty(), editable), 1, row);
        details.add(label("add.field.arxiv"), 2, row);
        details.add(field("add-arxiv", paper.arxivProperty(), editable), 3, row);
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private TextField field(String id, javafx.beans.property.StringProperty property, boolean editable) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setEditable(editable);
        field.setMinWidth(60);
        return field;
    }

    private HBox buttons() {
        Button close = new Button();
        close.setId("add-close");
        close.setCancelButton(true);
        close.textProperty().bind(Bindings.when(viewModel.stepProperty().isEqualTo(AddPapersViewModel.Step.FINDING))
                .then(messages.get("add.cancel")).otherwise(messages.get("add.close")));
        close.setOnAction(e -> {
            if (viewModel.stepProperty().get() == AddPapersViewModel.Step.FINDING) {
                viewModel.cancel();
            } else {
                stage.close();
            }
        });
        Button add = new Button();
        add.setId("add-run");
        add.getStyleClass().add("accent");
        add.textProperty().bind(Bindings.createStringBinding(() -> messages.format("add.run",
                viewModel.chosenCount().get()), viewModel.chosenCount()));
        add.disableProperty().bind(viewModel.addableProperty().not());
        add.defaultButtonProperty().bind(viewModel.stepProperty().isEqualTo(AddPapersViewModel.Step.FOUND));
        add.setOnAction(e -> viewModel.add());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(10, gap, close, add);
        row.setAlignment(Pos.CENTER_RIGHT);
        row.setPadding(new Insets(12, 0, 0, 0));
        return row;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("add.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("add.choose.filter"), "*.bib", "*.BIB", "*.pdf", "*.PDF"),
                new FileChooser.ExtensionFilter(messages.get("library.filterAll"), "*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            viewModel.addFiles(files.stream().map(File::toPath).toList());
            viewModel.find();
        }
    }

    /** Files dropped on the dialog join the input and are looked up. */
    private void acceptDrops(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles()) {
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                e.setDropCompleted(true);
                e.consume();
                javafx.application.Platform.runLater(() -> {
                    viewModel.addFiles(files);
                    viewModel.find();
                });
            }
        });
    }

    /** A found paper: its box, title, authors and year, and whether it is new, in the library, or incomplete. */
    private final class FoundCell extends ListCell<FoundPaper> {
        private final CheckBox add = new CheckBox();
        private final Label title = new Label();
        private final Label facts = new Label();
        private final Label state = new Label();
        private final VBox text = new VBox(1, title, facts, state);
        private final HBox box = new HBox(8, add, text);
        private FoundPaper bound;
        private final ChangeListener<String> refresh = (o, old, now) -> showText();

        FoundCell() {
            title.setStyle("-fx-font-weight: bold;");
            title.setMinWidth(0);
            facts.getStyleClass().add("text-muted");
            facts.setMinWidth(0);
            state.setMinWidth(0);
            text.setMinWidth(0);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(text, Priority.ALWAYS);
            add.getStyleClass().add("add-choice");
        }

        @Override
        protected void updateItem(FoundPaper paper, boolean empty) {
            super.updateItem(paper, empty);
            if (bound != null) {
                add.selectedProperty().unbindBidirectional(bound.selectedProperty());
                bound.titleProperty().removeListener(refresh);
                bound.authorsProperty().removeListener(refresh);
                bound.yearProperty().removeListener(refresh);
                bound = null;
            }
            if (empty || paper == null) {
                setGraphic(null);
                return;
            }
            bound = paper;
            add.selectedProperty().bindBidirectional(paper.selectedProperty());
            add.setDisable(!paper.isNew());
            paper.titleProperty().addListener(refresh);
            paper.authorsProperty().addListener(refresh);
            paper.yearProperty().addListener(refresh);
            showText();
            setGraphic(box);
        }

        private void showText() {
            FoundPaper paper = bound;
            title.setText(paper.titleProperty().get());
            String known = java.util.stream.Stream.of(paper.authorsProperty().get(), paper.yearProperty().get(),
                    paper.venueProperty().get()).filter(part -> !part.isBlank()).collect(
                    java.util.stream.Collectors.joining(" \u00b7 "));
            facts.setText(known);
            facts.setVisible(!known.isEmpty()); // no empty line for a paper known by its identifier only
            facts.setManaged(facts.isVisible());
            state.getStyleClass().removeAll("warning", "success");
            if (!paper.isNew()) {
                state.setText(paper.existing().id() == 0 ? messages.get("add.state.twice") : messages.get("add.state.existing"));
                state.getStyleClass().add("warning");
            } else if (paper.noteCode() != null) {
                state.setText(messages.get("add.state.incomplete"));
                state.getStyleClass().add("warning");
            } else {
                state.setText(messages.get("add.state.new"));
                state.getStyleClass().add("success");
            }
        }
    }
}
