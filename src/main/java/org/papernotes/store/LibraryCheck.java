package org.papernotes.store;

import java.time.Duration;
import java.util.List;

/** What SQLite's {@code quick_check} or {@code integrity_check} found: nothing (ok), or the first problems. */
public record LibraryCheck(List<String> problems, Duration took) {

    public LibraryCheck {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
