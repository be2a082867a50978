package com.certhall.shared;

import java.time.Duration;

/** 429: asked too often; {@link #retryAfter()} tells when to come back. */
public class RateLimitedException extends ProblemException {

    private final Duration retryAfter;

    public RateLimitedException(String messageKey, Duration retryAfter, Object... args) {
        super(429, messageKey, "Rate limited, retry after " + retryAfter.toSeconds() + " s", args);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
