package com.certhall.signing.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The request budget of each partner client (docs/signing.md, "Rate limits"): a token bucket per client that holds
 * the client's requests per minute and refills evenly over the minute. Kept in this node's memory: with several
 * nodes a client gets the budget on each, which the limit's purpose (one runaway client must not starve the others)
 * tolerates.
 */
@Component
public class PartnerRateLimits {

    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    PartnerRateLimits(Clock clock) {
        this.clock = clock;
    }

    private record Bucket(double tokens, long atMillis) {
    }

    /** Takes one request from the client's budget; empty when allowed, else how long until the next is. */
    public Optional<Duration> take(UUID clientId, int perMinute) {
        int capacity = Math.max(1, perMinute);
        double perMilli = capacity / 60_000.0;
        long now = clock.millis();
        Duration[] wait = {null};
        buckets.compute(clientId, (id, b) -> {
            double tokens = b == null ? capacity
                    : Math.min(capacity, b.tokens() + Math.max(0, now - b.atMillis()) * perMilli);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            wait[0] = Duration.ofMillis((long) Math.ceil((1 - tokens) / perMilli));
            return new Bucket(tokens, now);
        });
        return Optional.ofNullable(wait[0]);
    }
}
