package org.papernotes.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCombination;
import org.papernotes.ui.actions.AppAction;
import org.papernotes.ui.common.Messages;

/**
 * The keys of the window, in one list: every action that has a shortcut (from the same {@link AppAction}s that the
 * menus are built from, so the list cannot drift from what works), then the keys that belong to one place (the list,
 * the search box, the sidebar, the tag field, the find bar). The README's keyboard table is this list in English.
 */
public final class KeyboardShortcuts {

    /** Keys that are not menu actions: message keys of what they do and of the keys, in the order shown. */
    private static final List<String> PLACE_KEYS = List.of(
            "keys.listDelete", "keys.listSelect", "keys.listEnter", "keys.listPaste",
            "keys.searchResults", "keys.searchClear",
            "keys.sidebarTag", "keys.tagAdd", "keys.tagRemove", "keys.findSteps");

    /** One line: what is done, and the keys that do it. */
    public record Row(String action, String keys) {
    }

    private KeyboardShortcuts() {
    }

    public static List<Row> rows(List<AppAction> actions, Messages messages) {
        List<Row> rows = new ArrayList<>();
        for (AppAction action : actions) {
            if (action.accelerators().isEmpty()) {
                continue;
            }
            // A menu item's text may lean on its menu (Insert → Image…); the list says what the keys do on their own.
            String text = messages.bundle().containsKey("keys.action." + action.id())
                    ? messages.get("keys.action." + action.id()) : messages.get(action.textKey());
            if (text.endsWith("\u2026")) {
                text = text.substring(0, text.length() - 1);
            }
            String keys = action.accelerators().stream().map(KeyCombination::getDisplayText)
                    .collect(Collectors.joining(messages.get("keys.or")));
            if (messages.bundle().containsKey("keys.note." + action.id())) {
                keys += " " + messages.get("keys.note." + action.id());
            }
            rows.add(new Row(text, keys));
        }
        for (String key : PLACE_KEYS) {
            rows.add(new Row(messages.get(key), messages.get(key + ".keys")));
        }
        return rows;
    }
}
