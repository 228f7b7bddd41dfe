package org.papernotes.ui.common;

import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;

/**
 * Stock dialogs in the interface's language. JavaFX labels its stock buttons ({@link ButtonType#OK},
 * {@link ButtonType#CANCEL}, …) in the JVM's locale, so a window switched to Chinese on an English system
 * would still say "OK" and "Cancel". {@link #localize} relabels them from our bundles; the button types stay the
 * same objects, so {@code answer.get() == ButtonType.OK} still works.
 */
public final class Dialogs {

    private static final Map<ButtonType, String> KEYS = Map.of(
            ButtonType.OK, "dialog.button.ok",
            ButtonType.CANCEL, "dialog.button.cancel",
            ButtonType.YES, "dialog.button.yes",
            ButtonType.NO, "dialog.button.no",
            ButtonType.CLOSE, "dialog.button.close",
            ButtonType.APPLY, "dialog.button.apply",
            ButtonType.FINISH, "dialog.button.finish",
            ButtonType.NEXT, "dialog.button.next",
            ButtonType.PREVIOUS, "dialog.button.previous");

    private Dialogs() {
    }

    /**
     * Labels {@code dialog}'s stock buttons in {@code messages}' language, now and whenever its buttons change;
     * call it once, after making the dialog. Returns the dialog.
     */
    public static <D extends Dialog<?>> D localize(D dialog, Messages messages) {
        DialogPane pane = dialog.getDialogPane();
        relabel(pane, messages);
        // DialogPane makes new buttons from its own, earlier listener: they exist when this one runs.
        pane.getButtonTypes().addListener((ListChangeListener<ButtonType>) change -> relabel(pane, messages));
        return dialog;
    }

    /** The text of a stock button type in {@code messages}' language; a type of our own keeps its text. */
    public static String text(ButtonType type, Messages messages) {
        String key = KEYS.get(type);
        return key == null ? type.getText() : messages.get(key);
    }

    private static void relabel(DialogPane pane, Messages messages) {
        for (ButtonType type : pane.getButtonTypes()) {
            if (KEYS.containsKey(type) && pane.lookupButton(type) instanceof Labeled button) {
                button.setText(text(type, messages));
            }
        }
    }
}
