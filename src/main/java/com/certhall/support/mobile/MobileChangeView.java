package com.certhall.support.mobile;

import com.certhall.shared.Masking;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request to replace a lost registered mobile: {@code PENDING} until staff decide, then {@code APPROVED} (the
 * account's mobile is the new one) or {@code REJECTED} with a reason. {@code toString()} masks the number.
 */
public record MobileChangeView(UUID id, UUID accountId, String loginName, String newMobile, String status,
        @Nullable String reason, Instant createdAt, @Nullable Instant decidedAt, @Nullable String decidedBy) {

    public boolean pending() {
        return "PENDING".equals(status);
    }

    public String maskedMobile() {
        return Masking.mask(newMobile, 3, 4);
    }

    @Override
    public String toString() {
        return "MobileChangeView[" + id + ", " + status + ", " + maskedMobile() + "]";
    }
}
