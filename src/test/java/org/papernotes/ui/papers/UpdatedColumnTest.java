package org.papernotes.ui.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class UpdatedColumnTest {

    @Test
    void todayShowsTheTimeAndEarlierDaysTheDate() {
        Instant today = LocalDate.now().atTime(LocalTime.of(9, 5)).atZone(ZoneId.systemDefault()).toInstant();
        Instant earlier = LocalDate.of(2023, 11, 8).atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant();
        assertThat(PaperListView.updatedText(today)).isEqualTo("09:05");
        assertThat(PaperListView.updatedText(earlier)).isEqualTo("2023-11-08");
    }
}
