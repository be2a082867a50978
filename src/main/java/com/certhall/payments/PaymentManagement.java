package com.certhall.payments;

import com.certhall.orders.OrderId;
import com.certhall.payments.domain.PaymentReads;
import com.certhall.payments.domain.PaymentStarts;
import com.certhall.payments.domain.Refunds;
import com.certhall.payments.provider.PaymentGateway;
import com.certhall.shared.ConflictException;
import com.certhall.shared.Money;
import com.certhall.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The payments facade: starts a payment of an order (QR through the {@link PaymentGateway}, or a bank transfer),
 * reads payments, and refunds a cancelled order. Provider callbacks arrive through {@link ProviderConfirmations},
 * bank-transfer vouchers through {@link BankTransfers}. Calls to the provider never run inside a transaction: the
 * provider is asked first and the result saved afterwards.
 */
@Service
public class PaymentManagement {

    private final PaymentStarts starts;
    private final PaymentReads reads;
    private final Refunds refunds;
    private final PaymentProperties properties;

    PaymentManagement(PaymentStarts starts, PaymentReads reads, Refunds refunds, PaymentProperties properties) {
        this.starts = starts;
        this.reads = reads;
        this.refunds = refunds;
        this.properties = properties;
    }

    /**
     * Starts paying an order the account owns. The order must be waiting for payment. An open payment of the same
     * method that has not expired is returned as it is (a second click shows the same QR); open payments of another
     * method are closed at the provider first and cancelled only when it confirms the close. When the provider
     * answers that the payer already paid one, that payment is applied (the order becomes paid) and the new one is
     * refused (docs/security.md, "Money").
     *
     * @param expected what the payer expects to pay, or null; the charge is always the order's own total, and an
     *                 expectation that differs is refused rather than charged
     * @throws NotFoundException (404) when the order does not exist or belongs to another account
     * @throws ConflictException (409) when the order is not waiting for payment, has nothing to pay for, its
     *                           channel is inactive, or it was just paid by the payment being replaced
     * @throws com.certhall.payments.provider.GatewayException (502/503) when the provider refuses or is down
     * @throws com.certhall.shared.InvalidInputException (400, {@code method}) when the channel does not take it;
     *                                                   ({@code amountFen}) when the expectation differs
     */
    public PaymentView start(OrderId orderId, UUID accountId, PaymentMethod method, @Nullable Money expected,
            String actor) {
        return starts.start(orderId, accountId, method, expected);
    }

    public PaymentView get(PaymentId id) {
        return reads.get(id);
    }

    /** The payment if its order belongs to {@code accountId}; another account's payment is reported as not found. */
    public PaymentView getOwned(PaymentId id, UUID accountId) {
        return reads.getOwned(id, accountId);
    }

    /** Every payment of an order, newest first. */
    public List<PaymentView> ofOrder(OrderId orderId) {
        return reads.ofOrder(orderId);
    }

    /** The latest payments received (paid, not refunded), newest first: what finance reconciles. */
    public List<PaymentView> latestReceived(int limit) {
        return reads.latestReceived(limit);
    }

    /** The order's paid (not refunded) payment, if any. */
    public Optional<PaymentView> paidPayment(OrderId orderId) {
        return ofOrder(orderId).stream().filter(PaymentView::isPaid).findFirst();
    }

    /**
     * Refunds what was paid for an order that is cancelled before issuance: open payments are closed at the provider
     * first (one the payer paid meanwhile is applied and refunded too), QR payments are refunded through the
     * provider (its refund id recorded), bank transfers as a transfer back by finance (recorded under the actor's
     * name). Calling it again refunds nothing twice.
     *
     * @return the payments refunded by this call
     */
    public List<PaymentView> refund(OrderId orderId, String reason, String actor) {
        return refunds.ofCancelledOrder(orderId, reason, actor);
    }

    /**
     * Finance gives back one payment (or retries a pending refund): allowed when its order is cancelled or was paid
     * twice; the money goes back through the provider at once.
     *
     * @throws com.certhall.shared.InvalidInputException (400, {@code reason}) when the reason is missing or too long
     * @throws ConflictException (409) when nothing can be refunded, or it is the only payment of a live order
     */
    public PaymentView startRefund(PaymentId id, String reason, String actor) {
        return refunds.start(id, reason, actor);
    }

    /** Refunds pending and done, most recently changed first: what finance follows up. */
    public List<PaymentView> refunds(int limit) {
        return reads.latestRefunds(limit);
    }

    /** Where to send a bank transfer for this payment. */
    public BankInstructions bankInstructions(PaymentView payment) {
        PaymentProperties.Bank bank = properties.bank();
        return new BankInstructions(bank.accountName(), bank.bankName(), bank.accountNumber(),
                payment.bankReference() == null ? payment.orderNumber() : payment.bankReference());
    }
}
