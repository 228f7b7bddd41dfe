package org.papernotes.ui.publish;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.papernotes.git.CommitInfo;
import org.papernotes.ui.common.Messages;

/**
 * The open paper's line in its header: "Published in abc1234 on 18 Jan 2024" (the time in its tooltip), and "View on the site" when the
 * blog's {@code _config.yml} gives its address. It takes no room while the paper's post was not published (from the
 * blog this library publishes to) or that is not known yet.
 */
public final class PublishedInLine extends HBox {

    public PublishedInLine(BlogStateViewModel state, Messages messages, Consumer<String> openLink) {
        super(8);
        setId("paper-published-line");
        setAlignment(Pos.CENTER_LEFT);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());

        Label published = new Label();
        published.setId("paper-published-in");
        published.setMinWidth(0);
        published.textProperty().bind(Bindings.createStringBinding(() -> {
            CommitInfo commit = state.openPaperCommitProperty().get();
            return commit == null ? "" : messages.format("header.publishedIn", commit.shortId(), day.format(commit.time()));
        }, state.openPaperCommitProperty()));
        // The time and the commit's subject where there is room for them: in its tooltip.
        state.openPaperCommitProperty().addListener((o, old, commit) -> published.setTooltip(commit == null ? null
                : new javafx.scene.control.Tooltip(time.format(commit.time()) + "\n" + commit.subject())));

        Hyperlink site = new Hyperlink(messages.get("header.publishedIn.open"));
        site.setId("paper-published-open");
        site.setMinWidth(Hyperlink.USE_PREF_SIZE);
        site.setOnAction(e -> openLink.accept(state.openPaperAddressProperty().get()));
        site.visibleProperty().bind(state.openPaperAddressProperty().isNotEmpty()
                .and(published.textProperty().isNotEmpty()));
        site.managedProperty().bind(site.visibleProperty());
        state.openPaperAddressProperty().addListener((o, old, now) ->
                site.setTooltip(now.isEmpty() ? null : new javafx.scene.control.Tooltip(now)));

        getChildren().addAll(published, site);
        visibleProperty().bind(published.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
