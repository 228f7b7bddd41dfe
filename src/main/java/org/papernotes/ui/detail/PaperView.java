package org.papernotes.ui.detail;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.editor.NotePane;

/**
 * The right column: the open paper's header above its note, or, with no paper open, a welcome for an
 * empty library or a hint to pick a paper. The header and the note pane (with its WebView) are made when the
 * first paper opens, so that the window opens fast.
 */
public final class PaperView extends StackPane {

    private final PaperViewModel viewModel;
    private final Supplier<PaperHeaderView> headerFactory;
    private final Supplier<NotePane> notePaneFactory;
    private final BorderPane content = new BorderPane();
    private final VBox welcome;
    private PaperHeaderView header;
    private NotePane notePane;

    public PaperView(PaperViewModel viewModel, Supplier<PaperHeaderView> headerFactory,
                     Supplier<NotePane> notePaneFactory, ObservableBooleanValue libraryEmpty, Messages messages,
                     Runnable newPaper) {
        this.viewModel = viewModel;
        this.headerFactory = headerFactory;
        this.notePaneFactory = notePaneFactory;
        setId("paper-view");
        content.visibleProperty().bind(viewModel.paperProperty().isNotNull());

        welcome = placeholder("welcome", messages.get("welcome.title"), messages.get("welcome.body"));
        Button create = new Button(messages.get("welcome.newPaper"));
        create.setId("welcome-new");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> newPaper.run());
        welcome.getChildren().add(create);
        welcome.visibleProperty().bind(Bindings.and(viewModel.paperProperty().isNull(), libraryEmpty));

        VBox pick = placeholder("pick-paper", messages.get("pick.title"), messages.get("pick.body"));
        pick.visibleProperty().bind(Bindings.and(viewModel.paperProperty().isNull(),
                Bindings.createBooleanBinding(() -> !libraryEmpty.get(), libraryEmpty)));
        getChildren().addAll(pick, welcome, content);

        viewModel.noteLoadedProperty().addListener((o, old, loaded) -> showNote(loaded));
        if (viewModel.noteLoadedProperty().get() != null) {
            showNote(viewModel.noteLoadedProperty().get());
        }
    }

    /** Adds a button under the welcome's "New paper" (another way to fill an empty library). */
    public Button addWelcomeAction(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        welcome.getChildren().add(button);
        return button;
    }

    /** The note pane, once a paper was opened; null before. */
    public NotePane notePane() {
        return notePane;
    }

    /** The metadata header, once a paper was opened; null before. */
    public PaperHeaderView header() {
        return header;
    }

    /** Makes the header and the note pane now. */
    public NotePane ensureNotePane() {
        if (header == null) {
            header = headerFactory.get();
            content.setTop(header);
        }
        if (notePane == null) {
            notePane = notePaneFactory.get();
            notePane.setId("note-pane");
            notePane.textProperty().addListener((o, old, text) -> viewModel.noteEdited(text));
            content.setCenter(notePane);
        }
        return notePane;
    }

    private void showNote(LoadedNote loaded) {
        if (loaded != null) {
            ensureNotePane().load(loaded.text());
        }
    }

    private static VBox placeholder(String id, String title, String body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        Label text = new Label(body);
        text.setWrapText(true);
        text.getStyleClass().add("placeholder-text");
        VBox box = new VBox(14, heading, text);
        box.setId(id);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(460);
        box.setPadding(new Insets(24));
        box.managedProperty().bind(box.visibleProperty());
        StackPane.setAlignment(box, Pos.CENTER);
        return box;
    }
}
