package org.papernotes.ui.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.papernotes.model.PaperVersion;
import org.papernotes.ui.common.Messages;

/** How a version is described in the History panel: why it was kept, then what changed. */
final class VersionTexts {

    private VersionTexts() {
    }

    static String describe(PaperVersion version, Messages messages) {
        String reason = messages.format("history.reason." + version.reason().key(),
                version.restoredFrom() == null ? 0 : version.restoredFrom());
        List<String> changes = new ArrayList<>();
        for (String field : version.changedFields()) {
            changes.add(field.equals("note")
                    ? messages.format("history.changed.note", version.charsAdded(), version.charsRemoved())
                    : messages.get("history.changed." + field.toLowerCase(Locale.ROOT)));
        }
        if (version.changedFields().isEmpty()) {
            changes.add(messages.get("history.changed.first"));
        }
        return reason + " \u00b7 " + String.join(", ", changes);
    }
}
