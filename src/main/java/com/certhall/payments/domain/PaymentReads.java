package com.certhall.payments.domain;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderManagement;
import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentStatus;
import com.certhall.payments.PaymentView;
import com.certhall.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading payments as views. Loading a payment that must belong to the caller's order happens here only
 * ({@link #getOwned}): another account's payment is reported as not found.
 */
@Service
public class PaymentReads {

    private final Payments payments;
    private final OrderManagement orders;

    PaymentReads(Payments payments, OrderManagement orders) {
        this.payments = payments;
        this.orders = orders;
    }

    @Transactional(readOnly = true)
    public PaymentView get(PaymentId id) {
        return view(load(id));
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
    @Transactional(readOnly = true)
    public List<PaymentView> ofOrder(OrderId orderId) {
        return payments.findByOrder(orderId.id()).stream().map(PaymentReads::view).toList();
    }

    /** The latest payments received (paid, not refunded), newest first. */
    @Transactional(readOnly = true)
    public List<PaymentView> latestReceived(int limit) {
        return payments.findLatestPaid(PageRequest.of(0, limit)).stream().map(PaymentReads::view).toList();
    }

    /** Refunds pending and done, most recently changed first. */
    @Transactional(readOnly = true)
    public List<PaymentView> latestRefunds(int limit) {
        return payments.findLatestRefunds(PageRequest.of(0, limit)).stream().map(PaymentReads::view).toList();
    }

    /** Payments in one of {@code statuses}, least recently changed first. */
    @Transactional(readOnly = true)
    public List<PaymentView> inStatus(List<PaymentStatus> statuses) {
        return payments.findByStatus(statuses).stream().map(PaymentReads::view).toList();
    }

    Payment load(PaymentId id) {
        return payments.findById(id.id()).orElseThrow(() -> new NotFoundException("payment", id));
    }

    static PaymentView view(Payment p) {
        String refundId = p.refund() == null ? null : p.refund().id();
        String refundReason = p.refund() == null ? null : p.refund().reason();
        if (p.kind() instanceof PaymentKind.Qr qr) {
            return new PaymentView(p.id(), p.applicationId(), p.orderNumber(), p.method(), p.amount(), p.status(),
                    qr.content(), qr.expiresAt(), null, qr.transactionId(), 0, null, null, refundId, refundReason,
                    p.createdAt(), p.paidAt(), p.version());
        }
        PaymentKind.BankTransfer transfer = (PaymentKind.BankTransfer) p.kind();
        String voucherType = transfer.voucher() == null ? null : transfer.voucher().contentType();
        return new PaymentView(p.id(), p.applicationId(), p.orderNumber(), p.method(), p.amount(), p.status(),
                null, null, transfer.reference(), null, transfer.uploads(), voucherType, transfer.rejectionReason(),
                refundId, refundReason, p.createdAt(), p.paidAt(), p.version());
    }
}
