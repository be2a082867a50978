package com.certhall.payments.domain;

import com.certhall.orders.OrderId;
import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentStatus;
import com.certhall.payments.provider.PaymentGateways;
import com.certhall.payments.provider.PaymentGateway.Closing;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closing the open payments of an order (a new payment replaces them, or the order is cancelled). A QR payment is
 * closed at the provider first, outside any transaction, and only then cancelled here; when the provider answers
 * that the payer already paid, the payment is applied as the provider's report of it instead (docs/security.md,
 * "Money"), so no captured money is ever left behind a cancelled payment.
 */
@Service
public class OpenPayments {

    private final Payments payments;
    private final PaymentGateways gateways;
    private final ProviderReports reports;
    private final TransactionTemplate tx;
    private final Clock clock;

    OpenPayments(Payments payments, PaymentGateways gateways, ProviderReports reports, TransactionTemplate tx,
            Clock clock) {
        this.payments = payments;
        this.gateways = gateways;
        this.reports = reports;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Closes every open payment of the order.
     *
     * @return the payments the provider reported paid instead of closing them (applied as paid)
     * @throws com.certhall.payments.provider.GatewayException when the provider cannot be asked; the payments
     *         not yet answered for stay open
     */
    public List<PaymentId> close(OrderId orderId) {
        List<Payment> open = tx.execute(s -> payments.findByOrder(orderId.id()).stream()
                .filter(p -> p.status().isOpen()).toList());
        List<PaymentId> paid = new ArrayList<>();
        for (Payment p : open) {
            if (closeAtProvider(p)) {
                paid.add(p.id());
            } else {
                cancel(p.id());
            }
        }
        return paid;
    }

    /**
     * Closes a QR payment at the provider (call it outside any transaction), so it can no longer be paid; when the
     * provider answers that the payer already paid, that capture is applied as the provider's report. True then.
     */
    boolean closeAtProvider(Payment p) {
        Closing answer = p.method().isQr() ? gateways.require(p.method()).close(p.id(), p.method()) : new Closing.Closed();
        if (answer instanceof Closing.Paid captured) {
            OnConflict.retry(() -> reports.confirm(p.method(), p.id(), captured.transactionId(), captured.amount()));
            return true;
        }
        return false;
    }

    private void cancel(PaymentId id) {
        OnConflict.retry(() -> tx.execute(s -> {
            Payment p = payments.findById(id.id()).orElseThrow();
            if (p.status().isOpen()) {
                p.cancel(clock.instant());
                payments.save(p);
            }
            return p.status() == PaymentStatus.CANCELLED;
        }));
    }
}
