package com.certhall.lifecycle;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** An SMS code went to {@code maskedMobile} (unlock, certificate query). */
public record SmsCodeSent(@Schema(description = "Where the code went, masked: 138****5678.") String maskedMobile,
        @Schema(description = "When the code lapses.") Instant expiresAt,
        @Schema(description = "Earliest time another code may be asked for.") Instant resendAfter) {
}
