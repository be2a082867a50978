package com.certhall.payments.domain;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.payments.PaymentMethod;
import com.certhall.payments.PaymentProperties;
import com.certhall.payments.PaymentStatus;
import com.certhall.payments.PaymentView;
import com.certhall.payments.PaymentId;
import com.certhall.payments.provider.PaymentGateways;
import com.certhall.payments.provider.PaymentGateway.QrOrder;
import com.certhall.payments.provider.PaymentGateway.QrOrderRequest;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starting a payment of an order. Calls to the provider never run inside a transaction: the provider is asked first
 * and the result saved afterwards. Payments it replaces are closed through {@link OpenPayments}.
 */
@Service
public class PaymentStarts {

    private final Payments payments;
    private final OpenPayments open;
    private final OrderManagement orders;
    private final PaymentGateways gateways;
    private final PaymentOffers offers;
    private final PaymentProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    PaymentStarts(Payments payments, OpenPayments open, OrderManagement orders, PaymentGateways gateways, PaymentOffers offers,
            PaymentProperties properties, TransactionTemplate tx, Clock clock) {
        this.payments = payments;
        this.open = open;
        this.orders = orders;
        this.gateways = gateways;
        this.offers = offers;
        this.properties = properties;
        this.tx = tx;
        this.clock = clock;
    }

    /** See {@link com.certhall.payments.PaymentManagement#start}. */
    public PaymentView start(OrderId orderId, UUID accountId, PaymentMethod method, @Nullable Money expected) {
        OrderView order = orders.getOwned(orderId, accountId);
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            throw new ConflictException("payments.orderNotPayable", "order " + order.number() + " is "
                    + order.status() + ", not waiting for payment", order.number(), order.status().name());
        }
        checkChannelAccepts(order, method);
        Money charge = amountToCharge(order, orders.totalFen(orderId), expected);
        List<Payment> existing = tx.execute(s -> payments.findByOrder(orderId.id()));
        if (existing.stream().anyMatch(p -> p.status() == PaymentStatus.VOUCHER_SUBMITTED)) {
            throw new ConflictException("payments.voucherUnderReview", "a bank-transfer voucher of order "
                    + order.number() + " is being checked by finance", order.number());
        }
        Instant now = clock.instant();
        Optional<Payment> reusable = existing.stream().filter(p -> p.status().isOpen() && p.method() == method
                && p.amount().equals(charge) && !p.isOverdue(now)).findFirst();
        if (reusable.isPresent()) {
            return PaymentReads.view(reusable.get());
        }
        if (!open.close(orderId).isEmpty()) {
            // the payer paid the payment being replaced: the order is paid now, a second charge must not start
            throw new ConflictException("payments.alreadyPaid", "order " + order.number()
                    + " was paid by its earlier payment", order.number());
        }
        PaymentId id = PaymentId.random();
        if (method.isQr()) {
            // providers take the time limit in whole seconds (time_expire yyyyMMddHHmmss)
            Instant expiresAt = now.plus(properties.qrValidity()).truncatedTo(ChronoUnit.SECONDS);
            QrOrder qr = gateways.require(method).createQrOrder(new QrOrderRequest(id, method, charge, order.number(), expiresAt));
            try {
                return save(Payment.qr(id, orderId, order.number(), method, charge, qr.qrContent(), expiresAt, now));
            } catch (DataIntegrityViolationException e) {
                // another start of the same order won the one open slot: nobody has seen this QR, close it again
                gateways.require(method).close(id, method);
                throw startedElsewhere(order);
            }
        }
        try {
            return save(Payment.bankTransfer(id, orderId, order.number(), charge, order.number(), now));
        } catch (DataIntegrityViolationException e) {
            throw startedElsewhere(order);
        }
    }

    private static ConflictException startedElsewhere(OrderView order) {
        return new ConflictException("payments.startedElsewhere", "another payment of order " + order.number()
                + " was started at the same moment", order.number());
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
            throw InvalidInputException.of("amountFen", "mismatch", "payments.validation.amountMismatch",
                    "amountFen", total.toString());
        }
        return total;
    }

    /** The channel (project) decides which payment methods it takes, among those with a configured provider. */
    private void checkChannelAccepts(OrderView order, PaymentMethod method) {
        offers.check(order.channel(), method);
    }

    private PaymentView save(Payment payment) {
        return tx.execute(s -> PaymentReads.view(payments.save(payment)));
    }
}
