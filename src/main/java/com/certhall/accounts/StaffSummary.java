package com.certhall.accounts;

import java.time.Instant;
import java.util.Set;

/** A staff user as the administrator sees it. */
public record StaffSummary(String username, String displayName, Set<StaffRole> roles, boolean locked,
        Instant createdAt) {
}
