package org.papernotes.ui.status;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import java.util.List;
import org.papernotes.model.Paper;
import org.papernotes.ui.common.LazyTooltip;
import org.papernotes.ui.common.Messages;
import org.papernotes.ui.detail.SaveState;
import org.papernotes.ui.main.MainViewModel;

/**
 * The bottom line: save state (with, while a failed save waits for its retry, the seconds left and "Retry now"),
 * words and characters of the note, last export, library path.
 */
public final class StatusBarView extends HBox {

    private final Region gap = new Region();

    public StatusBarView(MainViewModel viewModel, Messages messages) {
        super(10);
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));

        var paper = viewModel.paper();
        Label save = new Label();
        save.setId("save-state");
        save.textProperty().bind(Bindings.createStringBinding(() -> {
            if (paper.getPaper() == null) {
                return "";
            }
            SaveState state = paper.saveStateProperty().get();
            if (state != SaveState.ERROR) {
                return messages.get("save." + state.name().toLowerCase(java.util.Locale.ROOT));
            }
            String reason = paper.saveErrorProperty().get();
            if (!paper.retryingProperty().get()) {
                return messages.format("save.error", reason);
            }
            int seconds = paper.retryInSecondsProperty().get();
            String sentence = withoutFinalStop(reason);
            return seconds > 0 ? messages.format("save.retryingIn", sentence, seconds)
                    : messages.format("save.retrying", sentence);
        }, paper.saveStateProperty(), paper.saveErrorProperty(), paper.retryingProperty(), paper.retryInSecondsProperty(),
                paper.paperProperty()));
        paper.saveStateProperty().addListener((o, old, state) -> {
            save.getStyleClass().removeAll("danger", "muted");
            save.getStyleClass().add(state == SaveState.ERROR ? "danger" : "muted");
            save.setMinWidth(state == SaveState.ERROR ? 0 : Region.USE_PREF_SIZE);
        });
        save.getStyleClass().add("muted");
        // A failed save's reason is what the user must read whole: it wraps onto a second line rather than be cut.
        // "Saved" and the counts are never cut: the long export path and the library path give way first.
        save.setWrapText(true);
        save.setMinWidth(Region.USE_PREF_SIZE);

        Hyperlink retry = new Hyperlink(messages.get("save.retryNow"));
        retry.setId("retry-save");
        retry.setOnAction(e -> paper.retryNow());
        retry.visibleProperty().bind(paper.retryingProperty().and(paper.saveStateProperty().isEqualTo(SaveState.ERROR)));
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setMinWidth(Region.USE_PREF_SIZE);

        Label counts = new Label();
        counts.setId("note-counts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        counts.textProperty().bind(Bindings.createStringBinding(() -> paper.getPaper() == null ? ""
                        : messages.format("status.counts", viewModel.wordsProperty().get(), viewModel.charactersProperty().get()),
                viewModel.wordsProperty(), viewModel.charactersProperty(), paper.paperProperty()));

        Label export = new Label();
        export.setId("last-export");
        export.setMinWidth(0);
        var post = viewModel.blog().postStatus().statusProperty();
        export.textProperty().bind(Bindings.createStringBinding(() -> {
            if (paper.getPaper() == null) {
                return "";
            }
            return switch (post.get().kind()) {
                case EXPORTED -> messages.format("status.lastExport", post.get().path());
                case IMPORTED -> messages.format("status.importedFrom", post.get().path());
                case NONE -> messages.get("status.notExported");
            };
        }, paper.paperProperty(), post));

        HBox.setHgrow(gap, Priority.ALWAYS);
        Label library = new Label(messages.format("status.library", viewModel.libraryPath().toString()));
        library.setId("library-path");
        LazyTooltip.install(library, viewModel.libraryPath().toString());
        library.setMinWidth(0);
        library.getStyleClass().add("muted");

        Label error = new Label();
        error.setId("status-error");
        error.getStyleClass().add("danger");
        error.setMinWidth(0);
        viewModel.errorCountProperty().addListener((o, old, n) -> error.setText(viewModel.errorProperty().get()));

        var paperOpen = paper.paperProperty().isNotNull();
        // While a save fails, its reason and Retry now have the line to themselves, so that neither is cut.
        var saving = paper.saveStateProperty().isNotEqualTo(SaveState.ERROR);
        for (Label other : List.of(counts, export, library)) {
            // nothing to say (no paper open): no room taken either, so the blog's state starts at the left
            var shown = saving.and(other.textProperty().isNotEmpty());
            other.visibleProperty().bind(shown);
            other.managedProperty().bind(shown);
        }
        save.managedProperty().bind(save.textProperty().isNotEmpty());
        var paperOpenAndSaving = paperOpen.and(saving);
        getChildren().addAll(save, retry, separator(paperOpenAndSaving), counts, separator(paperOpenAndSaving), export,
                error, failedLink(viewModel, messages), gap, library);
    }

    /** "Could not open … : no web browser found", with the link to copy; shown while a link failed. */
    private static HBox failedLink(MainViewModel viewModel, Messages messages) {
        Label text = new Label();
        text.setId("link-failed");
        text.getStyleClass().add("danger");
        text.setMinWidth(0);
        Hyperlink copy = new Hyperlink(messages.get("status.copyLink"));
        copy.setId("copy-link");
        Hyperlink dismiss = new Hyperlink("\u2715");
        dismiss.setId("dismiss-link");
        dismiss.setOnAction(e -> viewModel.dismissFailedLink());
        HBox box = new HBox(4, text, copy, dismiss);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(0);
        var failed = viewModel.failedLinkProperty();
        text.textProperty().bind(Bindings.createStringBinding(() -> failed.get() == null ? ""
                : messages.format("status.linkFailed", failed.get().address(), withoutFinalStop(failed.get().reason())),
                failed));
        failed.addListener((o, old, now) -> copy.setText(messages.get("status.copyLink")));
        copy.setOnAction(e -> {
            if (failed.get() != null) {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(failed.get().address());
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                copy.setText(messages.get("status.linkCopied"));
            }
        });
        box.visibleProperty().bind(failed.isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Adds another feature's state (the blog's git state) after the note's, before the library path. */
    public void addItems(javafx.scene.Node... items) {
        getChildren().addAll(getChildren().indexOf(gap), java.util.List.of(items));
    }

    /** The reason without its full stop, as the message puts one after it. */
    private static String withoutFinalStop(String reason) {
        return reason.endsWith(".") || reason.endsWith("\u3002") ? reason.substring(0, reason.length() - 1) : reason;
    }

    private static Separator separator(javafx.beans.value.ObservableBooleanValue shown) {
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.visibleProperty().bind(shown);
        separator.managedProperty().bind(shown);
        separator.setPadding(new Insets(0, 2, 0, 2));
        return separator;
    }
}
