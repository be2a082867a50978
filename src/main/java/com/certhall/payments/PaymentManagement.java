package com.certhall.payments;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.catalog.CatalogManagement;
import com.certhall.catalog.ChannelRules;
import com.certhall.payments.domain.Payment;
import com.certhall.payments.domain.PaymentKind;
import com.certhall.payments.persistence.Payments;
import com.certhall.payments.provider.PaymentGateway;
import com.certhall.payments.provider.PaymentGateway.QrOrder;
import com.certhall.payments.provider.PaymentGateway.QrOrderRequest;
import com.certhall.shared.ConflictException;
import com.certhall.shared.Money;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The payments facade: starts a payment of an order (QR through the {@link PaymentGateway}, or a bank transfer),
 * reads payments, and refunds a cancelled order. Provider callbacks arrive through {@link ProviderConfirmations},
 * bank-transfer vouchers through {@link BankTransfers}. Calls to the provider never run inside a transaction: the
 * provider is asked first and the result saved afterwards.
 */
@Service
public class PaymentManagement {

    private final Payments payments;
    private final OrderManagement orders;
    private final PaymentGateway gateway;
    private final CatalogManagement catalog;
    private final PaymentProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    PaymentManagement(Payments payments, OrderManagement orders, PaymentGateway gateway,
            CatalogManagement catalog, PaymentProperties properties, TransactionTemplate tx, Clock clock) {
        this.payments = payments;
        this.orders = orders;
        this.gateway = gateway;
        this.catalog = catalog;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Starts paying an order the account owns. The order must be waiting for payment. An open payment of the same
     * method that has not expired is returned as it is (a second click shows the same QR); open payments of another
     * method are cancelled and closed at the provider.
     *
     * @param expected what the payer expects to pay, or null; the charge is always the order's own total, and an
     *                 expectation that differs is refused rather than charged
     * @throws NotFoundException (404) when the order does not exist or belongs to another account
     * @throws ConflictException (409) when the order is not waiting for payment, has nothing to pay for, or its
     *                           channel is inactive
     * @throws com.certhall.shared.InvalidInputException (400, {@code method}) when the channel does not take it;
     *                                                   ({@code amountFen}) when the expectation differs
     */
    public PaymentView start(OrderId orderId, UUID accountId, PaymentMethod method, @Nullable Money expected,
            String actor) {
        OrderView order = orders.getOwned(orderId, accountId);
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            throw new ConflictException("payments.orderNotPayable", "order " + order.number() + " is "
                    + order.status() + ", not waiting for payment", order.number(), order.status().name());
        }
        checkChannelAccepts(order, method);
        Money charge = amountToCharge(order, orders.totalFen(orderId), expected);
        if (ofOrder(orderId).stream().anyMatch(p -> p.status() == PaymentStatus.VOUCHER_SUBMITTED)) {
            throw new ConflictException("payments.voucherUnderReview", "a bank-transfer voucher of order "
                    + order.number() + " is being checked by finance", order.number());
        }
        Optional<PaymentView> reusable = reusable(orderId, method, charge);
        if (reusable.isPresent()) {
            return reusable.get();
        }
        cancelOpen(orderId);
        PaymentId id = PaymentId.random();
        Instant now = clock.instant();
        if (method.isQr()) {
            // providers take the time limit in whole seconds (time_expire yyyyMMddHHmmss)
            Instant expiresAt = now.plus(properties.qrValidity()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            QrOrder qr = gateway.createQrOrder(new QrOrderRequest(id, method, charge, order.number(), expiresAt));
            return save(Payment.qr(id, orderId, order.number(), method, charge, qr.qrContent(), expiresAt, now));
        }
        return save(Payment.bankTransfer(id, orderId, order.number(), charge, bankReference(order), now));
    }

    public PaymentView get(PaymentId id) {
        return tx.execute(s -> view(load(id)));
    }

    /** The payment if its order belongs to {@code accountId}; another account's payment is reported as not found. */
    public PaymentView getOwned(PaymentId id, UUID accountId) {
        PaymentView payment = get(id);
        try {
            orders.getOwned(payment.applicationId(), accountId);
        } catch (NotFoundException e) {
            throw new NotFoundException("payment", id);
        }
        return payment;
    }

    /** Every payment of an order, newest first. */
    public List<PaymentView> ofOrder(OrderId orderId) {
        return tx.execute(s -> payments.findByOrder(orderId.id()).stream().map(PaymentManagement::view).toList());
    }

    /** The latest payments received (paid, not refunded), newest first: what finance reconciles. */
    public List<PaymentView> latestReceived(int limit) {
        return tx.execute(s -> payments.findLatestPaid(org.springframework.data.domain.PageRequest.of(0, limit))
                .stream().map(PaymentManagement::view).toList());
    }

    /** The order's paid (not refunded) payment, if any. */
    public Optional<PaymentView> paidPayment(OrderId orderId) {
        return ofOrder(orderId).stream().filter(PaymentView::isPaid).findFirst();
    }

    /**
     * Refunds what was paid for an order that is cancelled before issuance: QR payments through the provider (its
     * refund id recorded), bank transfers as a transfer back by finance (recorded under the actor's name). Open
     * payments are cancelled and closed at the provider. Calling it again refunds nothing twice.
     *
     * @return the payments refunded by this call
     */
    public List<PaymentView> refund(OrderId orderId, String reason, String actor) {
        cancelOpen(orderId);
        List<PaymentView> refunded = new java.util.ArrayList<>();
        for (PaymentView paid : ofOrder(orderId).stream().filter(PaymentView::isPaid).toList()) {
            String refundId = paid.method().isQr()
                    ? gateway.refund(new PaymentGateway.RefundRequest(paid.id(), paid.method(),
                            java.util.Objects.requireNonNull(paid.providerTransactionId()), paid.amount(), reason))
                            .refundId()
                    : "BANK-" + paid.bankReference();
            refunded.add(tx.execute(s -> {
                Payment p = load(paid.id());
                p.refund(refundId, reason, actor, clock.instant());
                return view(payments.save(p));
            }));
        }
        return refunded;
    }

    /** Where to send a bank transfer for this payment. */
    public BankInstructions bankInstructions(PaymentView payment) {
        PaymentProperties.Bank bank = properties.bank();
        return new BankInstructions(bank.accountName(), bank.bankName(), bank.accountNumber(),
                payment.bankReference() == null ? payment.orderNumber() : payment.bankReference());
    }

    /**
     * The single place that decides what an order costs: its own total (the catalog's quote of its lines, fixed when
     * they were saved). What the client sends is only checked against it, never charged.
     */
    private static Money amountToCharge(OrderView order, long totalFen, @Nullable Money expected) {
        if (totalFen <= 0) {
            throw new ConflictException("payments.nothingToPay", "order " + order.number() + " has no products",
                    order.number());
        }
        Money total = Money.ofFen(totalFen);
        if (expected != null && !expected.equals(total)) {
            throw com.certhall.shared.InvalidInputException.of("amountFen", "mismatch",
                    "payments.validation.amountMismatch", "amountFen", total.toString());
        }
        return total;
    }

    /** The channel (project) decides which payment methods it takes (catalog {@code paymentMethods}). */
    private void checkChannelAccepts(OrderView order, PaymentMethod method) {
        ChannelRules rules = catalog.findChannel(order.channel()).orElseThrow(() -> new ConflictException(
                "payments.channelUnavailable", "channel " + order.channel() + " is not active", order.channel()));
        rules.checkPayment(com.certhall.catalog.PaymentMethod.valueOf(method.name())).orThrow("method");
    }

    private static String bankReference(OrderView order) {
        return order.number();
    }

    private Optional<PaymentView> reusable(OrderId orderId, PaymentMethod method, Money charge) {
        Instant now = clock.instant();
        return tx.execute(s -> payments.findByOrder(orderId.id()).stream()
                .filter(p -> p.status().isOpen() && p.method() == method && p.amount().equals(charge)
                        && !p.isOverdue(now))
                .findFirst().map(PaymentManagement::view));
    }

    private void cancelOpen(OrderId orderId) {
        List<Payment> closed = tx.execute(s -> {
            List<Payment> open = payments.findByOrder(orderId.id()).stream().filter(p -> p.status().isOpen())
                    .toList();
            open.forEach(p -> {
                p.cancel(clock.instant());
                payments.save(p);
            });
            return open;
        });
        closed.stream().filter(p -> p.method().isQr()).forEach(p -> gateway.close(p.id(), p.method()));
    }

    private PaymentView save(Payment payment) {
        return tx.execute(s -> view(payments.save(payment)));
    }

    private Payment load(PaymentId id) {
        return payments.findById(id.id()).orElseThrow(() -> new NotFoundException("payment", id));
    }

    static PaymentView view(Payment p) {
        String refundId = p.refund() == null ? null : p.refund().id();
        if (p.kind() instanceof PaymentKind.Qr qr) {
            return new PaymentView(p.id(), p.applicationId(), p.orderNumber(), p.method(), p.amount(), p.status(),
                    qr.content(), qr.expiresAt(), null, qr.transactionId(), 0, null, null, refundId, p.createdAt(),
                    p.paidAt(), p.version());
        }
        PaymentKind.BankTransfer transfer = (PaymentKind.BankTransfer) p.kind();
        String voucherType = transfer.voucher() == null ? null : transfer.voucher().contentType();
        return new PaymentView(p.id(), p.applicationId(), p.orderNumber(), p.method(), p.amount(), p.status(),
                null, null, transfer.reference(), null, transfer.uploads(), voucherType, transfer.rejectionReason(),
                refundId, p.createdAt(), p.paidAt(), p.version());
    }
}
