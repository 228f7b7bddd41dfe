package org.papernotes.git;

/** The steps of a publish, reported from the thread that runs it (a window wraps them in {@code Platform.runLater}). */
@FunctionalInterface
public interface PublishProgress {

    PublishProgress NONE = step -> { };

    enum Step { CHECKING, EXPORTING, FETCHING, COMMITTING, INTEGRATING, PUSHING, UPDATING_CHECKOUT, DONE }

    void step(Step step);
}
