package com.certhall.accounts;

import java.time.Instant;
import java.util.UUID;

/** An SMS code is on its way: the challenge to verify against, when it expires and when another may be asked. */
public record SmsChallengeTicket(UUID challengeId, Instant expiresAt, Instant resendAfter) {
}
