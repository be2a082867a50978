package com.certhall.verification.domain;

import com.certhall.verification.VerificationMethod;
import java.time.Duration;

/**
 * The rules of one verification method: how many wrong answers a case takes, how long it stays open, and how many
 * cases one identity may start per day (each start is a paid provider call).
 */
public record MethodRules(int maxAttempts, Duration validity, int perDay) {

    /**
     * Micro-deposit: 3 tries at the amount within 72 hours (docs/configuration.md, "Identity verification"); SMS
     * methods: 3 tries at the code.
     */
    public static MethodRules of(VerificationMethod method) {
        return switch (method) {
            case MICRO_DEPOSIT -> new MethodRules(3, Duration.ofHours(72), 3);
            case TELECOM_3F, BANKCARD_4F -> new MethodRules(3, Duration.ofMinutes(15), 5);
            case FACE -> new MethodRules(1, Duration.ofMinutes(15), 5);
        };
    }
}
