package org.papernotes.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The window's executors once the window closed. */
class UiExecutorsTest {

    @Test
    void aTimerAskedForAfterTheWindowClosedIsDroppedNotThrown() {
        UiExecutors executors = UiExecutors.forApplication();
        executors.close();
        AtomicBoolean ran = new AtomicBoolean();

        Scheduler.Cancellable timer = executors.scheduler().schedule(Duration.ofMillis(1), () -> ran.set(true));

        timer.cancel();
        assertThat(ran).isFalse();
    }
}
