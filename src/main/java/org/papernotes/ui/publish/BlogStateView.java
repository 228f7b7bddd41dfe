package org.papernotes.ui.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.papernotes.git.CheckoutStatus;
import org.papernotes.git.CommitInfo;
import org.papernotes.ui.common.Messages;

/**
 * The blog's git state in the status bar: "Blog: main ↑1 ↓0 · 2 uncommitted · published abc1234, 3 h ago" (the
 * commit id a link to the post on the site), and "published in abc1234" for the open paper's post.
 */
public final class BlogStateView extends HBox {

    public BlogStateView(BlogStateViewModel state, Messages messages, Consumer<String> openLink) {
        super(6);
        setId("blog-state");
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label published = new Label();
        published.setId("paper-published-in");
        published.getStyleClass().add("muted");
        published.setMinWidth(Label.USE_PREF_SIZE);
        published.textProperty().bind(Bindings.createStringBinding(() -> {
            CommitInfo commit = state.openPaperCommitProperty().get();
            return commit == null ? "" : messages.format("blogState.publishedIn", commit.shortId());
        }, state.openPaperCommitProperty()));
        published.visibleProperty().bind(published.textProperty().isNotEmpty());
        published.managedProperty().bind(published.visibleProperty());

        Label summary = new Label();
        summary.setId("blog-git-state");
        summary.getStyleClass().add("muted");
        summary.setMinWidth(Label.USE_PREF_SIZE);
        summary.textProperty().bind(Bindings.createStringBinding(() -> text(state.statusProperty().get(), messages),
                state.statusProperty()));

        Hyperlink last = new Hyperlink();
        last.setId("blog-last-publish");
        last.setMinWidth(Hyperlink.USE_PREF_SIZE);
        last.textProperty().bind(Bindings.createStringBinding(() -> {
            CheckoutStatus status = state.statusProperty().get();
            return status == null || status.lastPublish().isEmpty() ? ""
                    : messages.format("blogState.lastPublish", status.lastPublish().get().shortId(),
                    ago(status.lastPublish().get().time(), messages));
        }, state.statusProperty()));
        last.disableProperty().bind(state.lastPublishAddressProperty().isEmpty());
        last.setOnAction(e -> openLink.accept(state.lastPublishAddressProperty().get()));
        last.visibleProperty().bind(last.textProperty().isNotEmpty());
        last.managedProperty().bind(last.visibleProperty());
        state.lastPublishAddressProperty().addListener((o, old, now) ->
                last.setTooltip(now.isEmpty() ? null : new javafx.scene.control.Tooltip(now)));

        getChildren().addAll(published, summary, last);
    }

    static String text(CheckoutStatus status, Messages messages) {
        if (status == null) {
            return "";
        }
        if (status.detached()) {
            return messages.get("blogState.detached");
        }
        String text = messages.format("blogState.branch", status.branch());
        if (status.upstream() != null) {
            text += " " + messages.format("blogState.aheadBehind", status.ahead(), status.behind());
        }
        int changes = status.uncommitted().size();
        if (changes > 0) {
            text += " \u00b7 " + messages.format("blogState.uncommitted", changes);
        }
        return text;
    }

    static String ago(Instant time, Messages messages) {
        Duration since = Duration.between(time, Instant.now());
        if (since.toMinutes() < 1) {
            return messages.get("blogState.justNow");
        }
        if (since.toHours() < 1) {
            return messages.format("blogState.minutesAgo", since.toMinutes());
        }
        if (since.toDays() < 1) {
            return messages.format("blogState.hoursAgo", since.toHours());
        }
        return messages.format("blogState.daysAgo", since.toDays());
    }
}
