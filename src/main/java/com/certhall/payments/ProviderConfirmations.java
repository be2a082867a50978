package com.certhall.payments;

import com.certhall.payments.domain.ProviderReports;
import com.certhall.shared.Money;
import org.springframework.stereotype.Service;

/**
 * Applies what a payment provider reports, after its signature was verified. Idempotent on the provider's
 * transaction id: the first report marks the payment paid and its order paid in one transaction (so the applicant
 * never sees a paid payment of an unpaid order, and {@code markPaid} runs exactly once); repeats change nothing.
 * Reports that do not fit (unknown payment, other amount, payment no longer payable) are refused and audited.
 */
@Service
public class ProviderConfirmations {

    /** What the callback answers: acknowledge ({@link #CONFIRMED}, {@link #DUPLICATE}) or refuse. */
    public enum Outcome {
        CONFIRMED, DUPLICATE, REFUSED;

        public boolean acknowledged() {
            return this != REFUSED;
        }
    }

    private final ProviderReports reports;

    ProviderConfirmations(ProviderReports reports) {
        this.reports = reports;
    }

    /** The provider of {@code method} says payment {@code id} was paid with {@code amount} in {@code transactionId}. */
    public Outcome confirm(PaymentMethod method, PaymentId id, String transactionId, Money amount) {
        return reports.confirm(method, id, transactionId, amount);
    }

    /**
     * The provider says the payer gave up and the order was closed (cancel at the cashier): an unpaid payment is
     * cancelled so the applicant can choose again. Repeats and late reports change nothing.
     */
    public Outcome closed(PaymentMethod method, PaymentId id, String transactionId) {
        return reports.closed(method, id, transactionId);
    }
}
