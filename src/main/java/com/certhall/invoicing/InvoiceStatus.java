package com.certhall.invoicing;

/**
 * Where an invoice stands. {@code PENDING}: waiting to be sent to the tax platform (first time or after a failed
 * attempt, at {@code nextAttemptAt}); {@code CONFIRMING}: a red invoice's red-letter confirmation is entered and
 * awaits confirmation; {@code ISSUING}: 开票中 at the platform; {@code ISSUED}: 已开票; {@code FAILED}: the
 * platform refused or stayed down for every attempt, staff decide; {@code REVERSED}: a blue invoice whose red
 * invoice is issued; {@code CANCELLED}: never issued, and no longer wanted (the order was refunded first);
 * {@code MANUAL}: no tax platform is connected ({@code certhall.invoicing.platform=none}), finance issues the invoice
 * outside CertHall and records its number and PDF here (docs/invoicing.md, "Without a tax platform").
 */
public enum InvoiceStatus {
    PENDING, CONFIRMING, ISSUING, ISSUED, FAILED, REVERSED, CANCELLED, MANUAL;

    /** Still on its way to the platform or being issued there. */
    public boolean inProgress() {
        return this == PENDING || this == CONFIRMING || this == ISSUING;
    }

    public boolean canTransitionTo(InvoiceStatus next) {
        return switch (this) {
            case PENDING -> next == CONFIRMING || next == ISSUING || next == ISSUED || next == FAILED
                    || next == CANCELLED || next == PENDING || next == MANUAL;
            case MANUAL -> next == ISSUED || next == CANCELLED;
            case CONFIRMING -> next == ISSUING || next == ISSUED || next == FAILED || next == PENDING;
            case ISSUING -> next == ISSUED || next == FAILED || next == PENDING;
            case ISSUED -> next == REVERSED;
            case FAILED -> next == PENDING || next == CANCELLED;
            case REVERSED, CANCELLED -> false;
        };
    }
}
