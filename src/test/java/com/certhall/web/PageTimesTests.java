package com.certhall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Page times are shown in the platform's zone whatever the server's: Beijing time by default. */
class PageTimesTests {

    final PageTimes times = new PageTimes("Asia/Shanghai");

    @Test
    void instantsAndOffsetTimesMoveIntoThePlatformZone() {
        Instant lateEvening = Instant.parse("2026-11-21T16:30:00Z");
        assertThat(times.format(lateEvening)).isEqualTo("2026-11-22 00:30");
        assertThat(times.format(lateEvening, "MM-dd HH:mm:ss")).isEqualTo("11-22 00:30:00");
        assertThat(times.format(OffsetDateTime.of(2026, 11, 21, 9, 0, 0, 0, ZoneOffset.ofHours(-5))))
                .isEqualTo("2026-11-21 22:00");
        assertThat(new PageTimes("UTC").format(lateEvening)).isEqualTo("2026-11-21 16:30");
    }

    @Test
    void localDatesStayAsTheyAreAndNothingShowsEmpty() {
        assertThat(times.format(LocalDate.of(2026, 11, 21), "yyyy-MM-dd")).isEqualTo("2026-11-21");
        assertThat(times.format(null)).isEmpty();
        assertThatThrownBy(() -> times.format("yesterday")).isInstanceOf(IllegalArgumentException.class);
    }
}
