package com.certhall.orders.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Order numbers people can read out on the phone: {@code CH} + date + 8 random digits. Random rather than counted,
 * so numbers say nothing about volume; the unique constraint catches the rare clash and a new number is drawn.
 */
@Component
public class OrderNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    OrderNumbers(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        return "CH" + DAY.format(clock.instant()) + String.format("%08d", random.nextInt(100_000_000));
    }
}
