package com.certhall.seals;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * A hand-over of an organisation's seal administrator role waiting for the new administrator's SMS code
 * (docs/seals.md "Administration").
 *
 * @param memberId     the seal user who is to become administrator
 * @param expiresAt    when the SMS code he received lapses
 */
public record SealAdminTransfer(UUID id, String uscc, UUID memberId,
        @Schema(description = "The new administrator's mobile, masked.") String mobileMasked,
        @Schema(description = "PENDING until the SMS code is confirmed.") String status, Instant expiresAt,
        @Schema(description = "Earliest time another code may be asked for.") Instant resendAfter) {
}
