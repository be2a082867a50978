package com.certhall.orders;

/**
 * What another module must do in the request that cancels an order, after the cancellation committed and before
 * the caller gets the answer: a payment provider's open QR order is closed so the payer can no longer pay a
 * cancelled order (docs/security.md, "Money"). Implementations call outside parties, so they run outside the
 * order's transaction; a failure is logged and left to the module's own follow-up of {@link OrderStatusChanged}.
 */
public interface CancellationFollowUp {

    void cancelled(OrderView order, String reason, String actor);
}
