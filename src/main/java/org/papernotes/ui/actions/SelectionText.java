package org.papernotes.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ObservableList;
import org.papernotes.ui.common.Messages;

/**
 * The text of an action on the selected papers, which says how many it acts on once there are several:
 * "Delete paper" for one, "Delete 3 papers" for three.
 */
public final class SelectionText {

    private SelectionText() {
    }

    /**
     * @param oneKey     the text for one paper (or none: the action is then disabled anyway)
     * @param severalKey the text for several, with the count as {@code {0}}
     */
    public static StringBinding of(Messages messages, String oneKey, String severalKey, ObservableList<?> selected) {
        return Bindings.createStringBinding(() -> selected.size() > 1
                ? messages.format(severalKey, selected.size()) : messages.get(oneKey), selected);
    }
}
