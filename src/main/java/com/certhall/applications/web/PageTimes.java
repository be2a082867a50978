package com.certhall.applications.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Times on order pages, in Beijing time ({@code ${@applicationTimes.format(t)}} in templates). */
@Component("applicationTimes")
public class PageTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public String format(@Nullable Instant at) {
        return at == null ? "" : MINUTES.format(at);
    }
}
