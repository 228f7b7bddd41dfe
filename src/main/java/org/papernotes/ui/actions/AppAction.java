package org.papernotes.ui.actions;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;

/**
 * One user action: its text (a message key), shortcuts, handler and when it is disabled. Menu items and
 * shortcuts are all built from these, so the menu shows exactly the keys that work.
 *
 * @param textKey      message key of the menu text
 * @param accelerators the first is shown in the menu; the others work too (for example Ctrl+F and Ctrl+K)
 * @param text         the menu text when it changes with the state (for example "Delete 3 papers"); null: the
 *                     text of {@code textKey}
 */
public record AppAction(String id, String textKey, List<KeyCombination> accelerators, Runnable handler,
                        ObservableBooleanValue disabled, ObservableStringValue text) {

    public AppAction {
        accelerators = List.copyOf(accelerators);
        disabled = disabled == null ? Bindings.createBooleanBinding(() -> false) : disabled;
    }

    public static AppAction of(String id, String textKey, Runnable handler, String... accelerators) {
        return new AppAction(id, textKey, List.of(accelerators).stream().map(KeyCombination::keyCombination).toList(),
                handler, null, null);
    }

    public AppAction disabledWhen(ObservableBooleanValue condition) {
        return new AppAction(id, textKey, accelerators, handler, condition, text);
    }

    /** The same action with a menu text that follows {@code changingText}. */
    public AppAction textFrom(ObservableStringValue changingText) {
        return new AppAction(id, textKey, accelerators, handler, disabled, changingText);
    }

    /** Runs the handler unless the action is disabled. */
    public void run() {
        if (!disabled.get()) {
            handler.run();
        }
    }
}
