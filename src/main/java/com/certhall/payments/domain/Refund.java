package com.certhall.payments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a paid payment was given back: the provider's refund id (or {@code BANK-<reference>}) and the reason. */
@Embeddable
record Refund(
        @Column(name = "refund_id") String id,
        @Column(name = "refund_reason") String reason) {
}
