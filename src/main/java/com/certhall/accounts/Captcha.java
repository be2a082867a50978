package com.certhall.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A graphic captcha to show: its id and the PNG as a {@code data:image/png;base64,...} URI. */
public record Captcha(UUID id,
        @Schema(description = "The picture as a data:image/png;base64 URI.") String image, Instant expiresAt) {
}
