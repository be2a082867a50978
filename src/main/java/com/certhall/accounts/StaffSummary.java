package com.certhall.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Set;

/** A staff user as the administrator sees it. */
public record StaffSummary(String username, String displayName, Set<StaffRole> roles,
        @Schema(description = "Whether password sign-in is being delayed now after wrong passwords.") boolean locked,
        Instant createdAt) {
}
