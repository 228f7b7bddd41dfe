package org.papernotes.ui.common;

import java.util.Objects;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip made when the pointer first reaches its node. A {@link Tooltip} is a popup window: making the first one
 * costs tens of milliseconds, too much to spend on start-up for a hint most sessions never show.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    /** Shows {@code text} as the node's tooltip, from the first time the pointer enters the node. */
    public static void install(Node node, String text) {
        Objects.requireNonNull(text, "text");
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                // Installed now, the tooltip's own handlers see the moves that follow and show it after its delay.
                Tooltip.install(node, new Tooltip(text));
            }
        });
    }
}
