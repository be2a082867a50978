package com.certhall.accounts;

import java.time.Instant;
import java.util.UUID;

/** A graphic captcha to show: its id and the PNG as a {@code data:image/png;base64,...} URI. */
public record Captcha(UUID id, String image, Instant expiresAt) {
}
