package org.papernotes.ui.publish;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.papernotes.blog.ExportReport;
import org.papernotes.git.ChangedFile;
import org.papernotes.git.CheckoutConfig;
import org.papernotes.git.GitMessage;
import org.papernotes.git.PublishResult;
import org.papernotes.ui.blog.BlogReasons;
import org.papernotes.ui.common.Messages;
import org.papernotes.workflow.Publish;

/**
 * "Publish to blog…": the blog checkout and its state (branch, upstream, author), the papers whose posts will be
 * committed, the user's other changes (listed, left alone), the message; then the steps of the publish, and the
 * result with the commit id and a link to the post on the site, or the one reason it stopped.
 */
public final class PublishDialog {

    private final Messages messages;
    private final PublishViewModel viewModel;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final Consumer<String> openLink;

    public PublishDialog(Window owner, Messages messages, PublishViewModel viewModel, Consumer<String> openLink) {
        this.messages = messages;
        this.viewModel = viewModel;
        this.openLink = openLink;
        root.setId("publish-dialog");
        root.getStyleClass().add("blog-dialog");
        root.setPadding(new Insets(14));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("publish.title"));
        Scene scene = new Scene(root, 780, 580);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot().getStyleClass().contains("dark")) {
                root.getStyleClass().add("dark");
            }
        }
        stage.setScene(scene);

        root.setTop(new VBox(8, folderRow(), stateLabel(), aheadLabel(), problemLabel()));
        root.setCenter(center());
        root.setBottom(buttons());
        stage.setOnShown(e -> viewModel.load());
    }

    public PublishViewModel viewModel() {
        return viewModel;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private HBox folderRow() {
        Label label = new Label(messages.get("publish.folder"));
        TextField path = new TextField();
        path.setId("publish-folder-field");
        path.setEditable(false);
        path.setPromptText(messages.get("export.folder.prompt"));
        path.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.folderProperty().get() == null ? "" : viewModel.folderProperty().get().toString(),
                viewModel.folderProperty()));
        label.setLabelFor(path);
        label.setMinWidth(Label.USE_PREF_SIZE);
        Button choose = new Button(messages.get("export.folder.choose"));
        choose.setId("publish-choose-folder");
        choose.disableProperty().bind(running());
        choose.setOnAction(e -> chooseFolder());
        HBox row = new HBox(8, label, path, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(path, Priority.ALWAYS);
        return row;
    }

    private Label stateLabel() {
        Label state = new Label();
        state.setId("publish-state");
        state.setWrapText(true);
        state.getStyleClass().add("muted");
        state.textProperty().bind(Bindings.createStringBinding(() -> {
            Publish.Readiness ready = viewModel.readinessProperty().get();
            if (viewModel.phaseProperty().get() == PublishViewModel.Phase.CHECKING) {
                return messages.get("publish.checking");
            }
            if (ready == null) {
                return "";
            }
            CheckoutConfig config = ready.config();
            return messages.format("publish.state", config.branch(), config.upstreamName(), ready.status().ahead(),
                    ready.status().behind(), config.userName(), config.userEmail());
        }, viewModel.readinessProperty(), viewModel.phaseProperty()));
        return state;
    }

    /** The user's own commits not yet pushed go out with the publish: said before, not after. */
    private Label aheadLabel() {
        Label ahead = new Label();
        ahead.setId("publish-ahead");
        ahead.setWrapText(true);
        ahead.getStyleClass().add("warning");
        ahead.textProperty().bind(Bindings.createStringBinding(() -> {
            Publish.Readiness ready = viewModel.readinessProperty().get();
            return ready == null || ready.status().ahead() == 0 || !viewModel.pushProperty().get() ? ""
                    : messages.format("publish.ahead", ready.status().ahead(), ready.config().upstreamName());
        }, viewModel.readinessProperty(), viewModel.pushProperty()));
        Labeledish.hideWhenEmpty(ahead);
        return ahead;
    }

    private Label problemLabel() {
        Label problem = new Label();
        problem.setId("publish-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            GitMessage reason = viewModel.problemProperty().get();
            if (reason != null) {
                String text = GitReasons.text(messages, reason);
                if (reason.code() == GitMessage.Code.NOT_A_REPOSITORY) {
                    return text + " " + messages.get("publish.exportOnly");
                }
                ExportReport report = viewModel.exportReportProperty().get();
                boolean waiting = report != null && report.written() > 0
                        && reason.code() != GitMessage.Code.CHECKOUT_NOT_UPDATED;
                return waiting ? text + " " + messages.format("publish.writtenNotPublished", report.written()) : text;
            }
            if (!viewModel.errorProperty().get().isEmpty()) {
                return messages.format("publish.failed", viewModel.errorProperty().get());
            }
            return viewModel.folderProperty().get() == null && viewModel.phaseProperty().get() == PublishViewModel.Phase.BLOCKED
                    ? messages.get("export.problem.notChosen") : "";
        }, viewModel.problemProperty(), viewModel.errorProperty(), viewModel.folderProperty(), viewModel.phaseProperty(),
                viewModel.exportReportProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private VBox center() {
        Label papersLabel = new Label(messages.format("publish.papers", viewModel.papers().size()));
        ListView<PublishViewModel.Item> papers = new ListView<>(viewModel.papers());
        papers.setId("publish-papers");
        papers.setPrefHeight(120);
        Label papersHint = new Label(messages.get("publish.papersHint"));
        papersHint.getStyleClass().add("muted");
        papersHint.setWrapText(true);
        papersHint.setMinHeight(Region.USE_PREF_SIZE); // the lists give way, not the sentences

        Label othersLabel = new Label();
        othersLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("publish.otherChanges", viewModel.otherChanges().size()), viewModel.otherChanges()));
        ListView<ChangedFile> others = new ListView<>(viewModel.otherChanges());
        others.setId("publish-other-changes");
        others.setPrefHeight(100);
        others.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ChangedFile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.format("publish.change",
                        messages.get("publish.change." + item.kind().name().toLowerCase(Locale.ROOT)), item.path(),
                        item.staged() ? messages.get("publish.change.staged") : ""));
            }
        });
        others.setPlaceholder(new Label(messages.get("publish.noOtherChanges")));

        TextField message = new TextField();
        message.setId("publish-message");
        message.setPromptText(messages.get("publish.message.prompt"));
        message.textProperty().bindBidirectional(viewModel.messageProperty());
        message.disableProperty().bind(running());
        Label messageLabel = new Label(messages.get("publish.message"));
        messageLabel.setLabelFor(message);
        messageLabel.setMnemonicParsing(true);
        messageLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox messageRow = new HBox(8, messageLabel, message);
        messageRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);

        CheckBox push = new CheckBox();
        push.setId("publish-push");
        push.textProperty().bind(Bindings.createStringBinding(() -> {
            Publish.Readiness ready = viewModel.readinessProperty().get();
            return messages.format("publish.push", ready == null ? "" : ready.config().upstreamName());
        }, viewModel.readinessProperty()));
        push.selectedProperty().bindBidirectional(viewModel.pushProperty());
        push.disableProperty().bind(running());

        VBox center = new VBox(8, papersLabel, papers, papersHint, othersLabel, others, messageRow, push, result());
        center.setPadding(new Insets(10, 0, 0, 0));
        VBox.setVgrow(others, Priority.SOMETIMES);
        return center;
    }

    private VBox result() {
        Label summary = new Label();
        summary.setId("publish-result");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> {
            Publish.Outcome outcome = viewModel.outcomeProperty().get();
            return outcome == null ? "" : summary(outcome.result(), viewModel.exportReportProperty().get());
        }, viewModel.outcomeProperty(), viewModel.exportReportProperty()));
        Label export = new Label();
        export.setId("publish-export-summary");
        export.setWrapText(true);
        export.getStyleClass().add("muted");
        export.textProperty().bind(Bindings.createStringBinding(() -> {
            ExportReport report = viewModel.exportReportProperty().get();
            return report == null ? "" : messages.format("publish.exported", report.written(), report.unchanged(),
                    report.skipped(), report.failed());
        }, viewModel.exportReportProperty()));
        Hyperlink address = new Hyperlink();
        address.setId("publish-address");
        address.textProperty().bind(Bindings.createStringBinding(() -> {
            Publish.Outcome outcome = viewModel.outcomeProperty().get();
            return outcome == null || outcome.address().isEmpty() || !outcome.result().pushed() ? ""
                    : messages.format("publish.address", outcome.address().get());
        }, viewModel.outcomeProperty()));
        address.setWrapText(true);
        address.setOnAction(e -> viewModel.outcomeProperty().get().address().ifPresent(openLink));
        for (javafx.scene.Node node : new javafx.scene.Node[] {summary, export, address}) {
            Labeledish.hideWhenEmpty(node);
        }
        return new VBox(4, summary, export, notPublished(), address);
    }

    /** The posts the export left out (a file PaperNotes did not write, or one edited outside since), each with why. */
    private VBox notPublished() {
        ListView<ExportReport.Entry> entries = new ListView<>();
        entries.setId("publish-not-published");
        entries.setPrefHeight(86);
        entries.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ExportReport.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : BlogReasons.exportLine(messages, entry));
            }
        });
        Label hint = new Label();
        hint.setId("publish-not-published-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("warning");
        VBox box = new VBox(4, hint, entries);
        viewModel.exportReportProperty().addListener((o, old, report) -> {
            List<ExportReport.Entry> left = report == null ? List.of() : report.entries().stream()
                    .filter(e -> e.outcome() == ExportReport.Outcome.SKIPPED || e.outcome() == ExportReport.Outcome.FAILED)
                    .toList();
            entries.getItems().setAll(left);
            boolean skipped = left.stream().anyMatch(e -> e.outcome() == ExportReport.Outcome.SKIPPED);
            hint.setText(left.isEmpty() ? "" : messages.format(skipped ? "publish.skipped" : "publish.failedPosts",
                    left.size()));
        });
        box.visibleProperty().bind(Bindings.isNotEmpty(entries.getItems()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private String summary(PublishResult result, ExportReport report) {
        if (result.nothingToPublish()) {
            // "the blog already has these posts" is only true when none was left out
            boolean leftOut = report != null && report.skipped() + report.failed() > 0;
            return messages.get(leftOut ? "publish.nothingPublished" : "publish.nothing");
        }
        String id = result.commit().get().shortId();
        String text = result.pushed() ? messages.format("publish.done", id, result.committedPaths().size())
                : messages.format("publish.doneLocal", id, result.committedPaths().size());
        if (result.integration() != null) {
            text += " " + messages.get(result.integration() == CheckoutConfig.Integration.REBASE ? "publish.rebased"
                    : "publish.merged");
        }
        if (result.earlierCommits() > 0) {
            text += " " + messages.format("publish.earlier", result.earlierCommits());
        }
        return text;
    }

    private HBox buttons() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(running().or(viewModel.phaseProperty().isEqualTo(PublishViewModel.Phase.CHECKING)));
        progress.managedProperty().bind(progress.visibleProperty());
        Label step = new Label();
        step.setId("publish-step");
        step.getStyleClass().add("muted");
        step.textProperty().bind(Bindings.createStringBinding(() -> {
            var now = viewModel.stepProperty().get();
            return !running().get() || now == null ? "" : messages.get("publish.step." + now.name().toLowerCase(Locale.ROOT));
        }, viewModel.stepProperty(), viewModel.phaseProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button close = new Button(messages.get("blog.close"));
        close.setId("publish-close");
        close.setCancelButton(true);
        close.disableProperty().bind(running());
        close.setOnAction(e -> stage.close());
        stage.setOnCloseRequest(e -> {
            if (running().get()) {
                e.consume(); // a push half done is not cancelled from here
            }
        });
        Button publish = new Button(messages.get("publish.run"));
        publish.setId("publish-run");
        publish.setDefaultButton(true);
        publish.getStyleClass().add("accent");
        publish.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            PublishViewModel.Phase now = viewModel.phaseProperty().get();
            boolean retry = now == PublishViewModel.Phase.FAILED && viewModel.readinessProperty().get() != null;
            return (now != PublishViewModel.Phase.READY && !retry) || viewModel.papers().isEmpty();
        }, viewModel.phaseProperty(), viewModel.readinessProperty(), viewModel.papers()));
        publish.setOnAction(e -> viewModel.publish());
        HBox buttons = new HBox(10, progress, step, gap, close, publish);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(12, 0, 0, 0));
        return buttons;
    }

    private BooleanBinding running() {
        return viewModel.phaseProperty().isEqualTo(PublishViewModel.Phase.RUNNING);
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

    /** Labels and links that take no room while they say nothing. */
    private static final class Labeledish {
        static void hideWhenEmpty(javafx.scene.Node node) {
            if (node instanceof javafx.scene.control.Labeled labeled) {
                labeled.setMinHeight(Region.USE_PREF_SIZE);
                labeled.visibleProperty().bind(labeled.textProperty().isNotEmpty());
                labeled.managedProperty().bind(labeled.visibleProperty());
            }
        }
    }
}
