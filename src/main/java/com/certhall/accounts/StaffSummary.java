package com.certhall.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Set;

/** A staff user as the administrator sees it. */
public record StaffSummary(String username, String displayName, Set<StaffRole> roles,
        @Schema(description = "Whether sign-in is locked now (after too many wrong passwords).") boolean locked,
        Instant createdAt) {
}
