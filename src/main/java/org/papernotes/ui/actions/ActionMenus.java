package org.papernotes.ui.actions;

import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import org.papernotes.ui.common.Messages;

/** Builds menu items and scene shortcuts from {@link AppAction}s. */
public final class ActionMenus {

    private ActionMenus() {
    }

    public static MenuItem item(AppAction action, Messages messages) {
        MenuItem item = new MenuItem(messages.get(action.textKey()));
        item.setId("menu-" + action.id());
        if (action.text() != null) {
            item.textProperty().bind(action.text());
        }
        if (!action.accelerators().isEmpty()) {
            item.setAccelerator(action.accelerators().get(0));
        }
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(action.disabled());
        return item;
    }

    /** A menu item that is one of a group of choices, checked while {@code selected} holds. */
    public static javafx.scene.control.RadioMenuItem choice(AppAction action, Messages messages,
                                                            javafx.scene.control.ToggleGroup group,
                                                            javafx.beans.value.ObservableBooleanValue selected) {
        javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(messages.get(action.textKey()));
        item.setId("menu-" + action.id());
        item.setToggleGroup(group);
        if (!action.accelerators().isEmpty()) {
            item.setAccelerator(action.accelerators().get(0));
        }
        item.setSelected(selected.get());
        selected.addListener((o, old, now) -> item.setSelected(now));
        item.setOnAction(e -> {
            action.run();
            item.setSelected(selected.get());
        });
        return item;
    }

    /** The shortcuts beyond the first, which a menu item cannot show, go to the scene. */
    public static void registerExtraShortcuts(Scene scene, Iterable<AppAction> actions) {
        for (AppAction action : actions) {
            for (int i = 1; i < action.accelerators().size(); i++) {
                scene.getAccelerators().put(action.accelerators().get(i), action::run);
            }
        }
    }
}
