package com.certhall.payments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * How captured money goes back: the reason, and once the provider sent it, the provider's refund id (or
 * {@code BANK-<reference>} for a bank transfer paid back by finance).
 */
@Embeddable
record Refund(
        @Column(name = "refund_id") @Nullable String id,
        @Column(name = "refund_reason") String reason) {
}
