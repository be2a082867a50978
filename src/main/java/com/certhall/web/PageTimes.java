package com.certhall.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Times on every page in the platform's time zone ({@code certhall.time-zone}, Beijing time by default), whatever
 * the server's own zone: {@code ${@times.format(t)}} (minutes) or {@code ${@times.format(t, 'MM-dd HH:mm:ss')}} in
 * templates. Instants and offset times are moved into the zone; local dates and times are shown as they are.
 */
@Component("times")
public class PageTimes {

    private static final String MINUTES = "yyyy-MM-dd HH:mm";

    private final ZoneId zone;

    public PageTimes(@Value("${certhall.time-zone:Asia/Shanghai}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public String format(@Nullable Object at) {
        return format(at, MINUTES);
    }

    public String format(@Nullable Object at, String pattern) {
        if (at == null) {
            return "";
        }
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern);
        TemporalAccessor value;
        if (at instanceof Instant i) {
            value = i.atZone(zone);
        } else if (at instanceof OffsetDateTime o) {
            value = o.atZoneSameInstant(zone);
        } else if (at instanceof ZonedDateTime z) {
            value = z.withZoneSameInstant(zone);
        } else if (at instanceof LocalDateTime || at instanceof LocalDate) {
            value = (TemporalAccessor) at;
        } else {
            throw new IllegalArgumentException("not a time: " + at.getClass().getName());
        }
        return formatter.format(value);
    }

    public ZoneId zone() {
        return zone;
    }
}
