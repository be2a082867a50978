package com.certhall.payments.domain;

import com.certhall.documents.DocumentContent;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.payments.PaymentId;
import com.certhall.payments.PaymentProperties;
import com.certhall.payments.PaymentStatus;
import com.certhall.payments.PaymentView;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bank-transfer vouchers: the applicant's uploads and finance's decisions (see {@link com.certhall.payments.BankTransfers}). */
@Service
public class VoucherDesk {

    private final Payments payments;
    private final PaymentReads reads;
    private final OrderManagement orders;
    private final VoucherStore vouchers;
    private final PaymentProperties properties;
    private final Clock clock;

    VoucherDesk(Payments payments, PaymentReads reads, OrderManagement orders, VoucherStore vouchers,
            PaymentProperties properties, Clock clock) {
        this.payments = payments;
        this.reads = reads;
        this.orders = orders;
        this.vouchers = vouchers;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public PaymentView submitVoucher(PaymentId id, UUID accountId, String fileName, InputStream content,
            String actor) {
        reads.getOwned(id, accountId);
        Payment payment = reads.load(id);
        payment.checkVoucherAccepted();
        VoucherStore.StoredVoucher stored = vouchers.store(id, latestVoucher(payment), fileName, content,
                properties.voucherMaxBytes(), actor);
        payment.submitVoucher(stored.id(), stored.contentType(), stored.sha256(), actor, clock.instant());
        return PaymentReads.view(payments.save(payment));
    }

    @Transactional
    public PaymentView confirm(PaymentId id, String actor) {
        Payment payment = reads.load(id);
        OrderView order = orders.get(payment.applicationId());
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            throw new ConflictException("payments.orderNotPayable", "order " + order.number() + " is "
                    + order.status(), order.number(), order.status().name());
        }
        payment.confirmVoucher(actor, clock.instant());
        PaymentView view = PaymentReads.view(payments.save(payment));
        orders.markPaid(payment.applicationId(), actor);
        return view;
    }

    @Transactional
    public PaymentView reject(PaymentId id, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "required", "validation.required", "reason");
        }
        Payment payment = reads.load(id);
        payment.rejectVoucher(reason.strip(), actor, clock.instant());
        return PaymentReads.view(payments.save(payment));
    }

    @Transactional(readOnly = true)
    public List<PaymentView> awaitingConfirmation() {
        return reads.inStatus(List.of(PaymentStatus.VOUCHER_SUBMITTED));
    }

    @Transactional(readOnly = true)
    public DocumentContent voucher(PaymentId id) {
        Payment payment = reads.load(id);
        UUID voucherId = latestVoucher(payment);
        if (voucherId == null) {
            throw new NotFoundException("voucher", id);
        }
        return vouchers.load(id, voucherId).orElseThrow(() -> new NotFoundException("voucher", id));
    }

    private static @Nullable UUID latestVoucher(Payment payment) {
        return payment.kind() instanceof PaymentKind.BankTransfer transfer && transfer.voucher() != null
                ? transfer.voucher().id() : null;
    }
}
