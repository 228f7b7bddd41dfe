package org.papernotes.ui.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.papernotes.git.CheckoutStatus;
import org.papernotes.ui.common.Messages;

/**
 * The blog's git state in one line: "Blog: main ↑1 ↓0 · 2 uncommitted · last publish abc1234, 3 h ago" (the commit
 * id a link to the post on the site). In the status bar, for the blog the library publishes to, and in the export
 * dialog, for the folder chosen there.
 */
public final class BlogStateView extends HBox {

    /** The status bar's line. */
    public BlogStateView(BlogStateViewModel state, Messages messages, Consumer<String> openLink) {
        this(state.statusProperty(), state.lastPublishAddressProperty(), messages, openLink);
        setId("blog-state");
    }

    BlogStateView(ObservableValue<CheckoutStatus> state, ObservableStringValue address, Messages messages,
                  Consumer<String> openLink) {
        super(6);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("blog-git-state");
        summary.getStyleClass().add("muted");
        summary.setMinWidth(Label.USE_PREF_SIZE);
        summary.textProperty().bind(Bindings.createStringBinding(() -> text(state.getValue(), messages), state));
        // Made once there is a state to explain (a tooltip costs start-up time; the state comes seconds later).
        state.addListener((o, old, now) -> {
            String text = explanation(now, messages);
            summary.setTooltip(text.isEmpty() ? null : new Tooltip(text));
        });

        Hyperlink last = new Hyperlink();
        last.setId("blog-last-publish");
        last.setMinWidth(Hyperlink.USE_PREF_SIZE);
        last.textProperty().bind(Bindings.createStringBinding(() -> {
            CheckoutStatus status = state.getValue();
            return status == null || status.lastPublish().isEmpty() ? ""
                    : messages.format("blogState.lastPublish", status.lastPublish().get().shortId(),
                    ago(status.lastPublish().get().time(), messages));
        }, state));
        last.disableProperty().bind(Bindings.createBooleanBinding(() -> address.get().isEmpty(), address));
        last.setOnAction(e -> openLink.accept(address.get()));
        last.visibleProperty().bind(last.textProperty().isNotEmpty());
        last.managedProperty().bind(last.visibleProperty());
        address.addListener((o, old, now) -> last.setTooltip(now.isEmpty() ? null : new Tooltip(now)));

        getChildren().addAll(summary, last);
    }

    /** The summary's words spelled out (the arrows are terse). */
    static String explanation(CheckoutStatus status, Messages messages) {
        if (status == null || status.detached()) {
            return "";
        }
        String text = status.upstream() == null ? messages.format("blogState.explainedNoUpstream", status.branch())
                : messages.format("blogState.explained", status.branch(), status.upstream(), status.ahead(),
                status.behind());
        return text + " " + messages.format("blogState.explainedUncommitted", status.uncommitted().size());
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
