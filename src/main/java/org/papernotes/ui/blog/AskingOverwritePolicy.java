package org.papernotes.ui.blog;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import org.papernotes.blog.OverwritePolicy;
import org.papernotes.model.Paper;

/**
 * An overwrite policy that asks the user: the exporting thread hands the question to the FX thread and waits
 * for the answer (the FX thread itself never waits). "For all" answers are remembered for the rest of the
 * export; after a cancel, nothing more is asked and nothing more is overwritten.
 */
final class AskingOverwritePolicy implements OverwritePolicy {

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
    public boolean mayOverwrite(Paper paper, Path file, Conflict conflict) {
        if (cancelled.getAsBoolean()) {
            return false;
        }
        Boolean remembered = answerForAll;
        if (remembered != null) {
            return remembered;
        }
        FutureTask<OverwriteQuestion.Answer> asking = new FutureTask<>(() -> question.ask(paper, file, conflict));
        fx.execute(asking);
        OverwriteQuestion.Answer answer;
        try {
            answer = asking.get();
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
