package com.certhall.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** An SMS code is on its way: the challenge to verify against, when it expires and when another may be asked. */
public record SmsChallengeTicket(UUID challengeId, @Schema(description = "When the code lapses.") Instant expiresAt,
        @Schema(description = "Earliest time another code may be asked for.") Instant resendAfter) {
}
