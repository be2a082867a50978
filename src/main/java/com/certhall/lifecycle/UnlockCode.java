package com.certhall.lifecycle;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * The CA's answer to a locked UKEY's challenge: typed into the token tool with a new PIN.
 *
 * @param responseCode 16 hex digits; shown once, never stored or logged
 */
public record UnlockCode(
        @Schema(description = "The response code for the token's challenge: 16 hex digits, single use.")
        String responseCode,
        @Schema(description = "The UKEY the code unblocks.") String tokenSerial,
        @Schema(description = "When the challenge, and so the code, lapses (10 minutes).") Instant expiresAt) {

    @Override
    public String toString() {
        return "UnlockCode[" + tokenSerial + ", " + expiresAt + "]";
    }
}
