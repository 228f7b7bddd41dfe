package org.papernotes.ui.blog;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.model.Paper;

/**
 * An overwrite policy that asks the user: the exporting thread hands the question to the FX thread and waits
 * for the answer (the FX thread itself never waits). "For all" answers are remembered for the rest of the
 * export; after a cancel, nothing more is asked and nothing more is overwritten.
 */
final class AskingOverwritePolicy implements OverwritePolicy {

    private static final long WAIT_STEP_MILLIS = 200;

    private final Executor fx;
    private final OverwriteQuestion question;
    private final BooleanSupplier cancelled;
    private volatile Boolean answerForAll;

    /** @param fx runs the question on the FX thread; must not be the exporting thread's own executor */
    AskingOverwritePolicy(Executor fx, OverwriteQuestion question, BooleanSupplier cancelled) {
        this.fx = fx;
        this.question = question;
        this.cancelled = cancelled;
    }

    @Override
    public boolean mayOverwrite(Paper paper, Path file, Conflict conflict, String diff) {
        if (cancelled.getAsBoolean()) {
            return false;
        }
        Boolean remembered = answerForAll;
        if (remembered != null) {
            return remembered;
        }
        FutureTask<OverwriteQuestion.Answer> asking = new FutureTask<>(() -> question.ask(paper, file, conflict, diff));
        fx.execute(asking);
        OverwriteQuestion.Answer answer = null;
        try {
            // A cancel (the window closing) must not leave this thread waiting for a question nobody answers.
            while (answer == null && !cancelled.getAsBoolean()) {
                try {
                    answer = asking.get(WAIT_STEP_MILLIS, TimeUnit.MILLISECONDS);
                    if (answer == null) {
                        return false;
                    }
                } catch (TimeoutException e) {
                    // still asking
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Asking about " + file + " failed", e.getCause());
        }
        if (answer == null) {
            return false;
        }
        if (answer.forAll()) {
            answerForAll = answer.overwrite();
        }
        return answer.overwrite() && !cancelled.getAsBoolean();
    }
}
