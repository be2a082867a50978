package com.certhall.payments;

import com.certhall.orders.OrderManagement;
import com.certhall.orders.OrderStatus;
import com.certhall.orders.OrderView;
import com.certhall.payments.domain.Payment;
import com.certhall.payments.domain.PaymentKind;
import com.certhall.payments.domain.VoucherStore;
import com.certhall.payments.persistence.Payments;
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

/**
 * Bank transfers: the applicant uploads the transfer voucher (PDF, JPEG or PNG, recognised from its bytes and kept
 * by the documents module; again after a rejection, or to replace one not yet decided), finance looks at it and confirms (the payment and its order
 * become paid in one transaction) or rejects it with a reason.
 */
@Service
public class BankTransfers {

    private final Payments payments;
    private final PaymentManagement management;
    private final OrderManagement orders;
    private final VoucherStore vouchers;
    private final PaymentProperties properties;
    private final Clock clock;

    BankTransfers(Payments payments, PaymentManagement management, OrderManagement orders,
            VoucherStore vouchers, PaymentProperties properties, Clock clock) {
        this.payments = payments;
        this.management = management;
        this.orders = orders;
        this.vouchers = vouchers;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores a voucher for a bank transfer of an order the account owns (a new version of the previous voucher, if
     * any). The state is checked before any byte is read.
     *
     * @throws IllegalPaymentTransition (409) when the payment is not a bank transfer waiting for a voucher; the
     *         documents module's 413 / 415 / 400 when the file is too large, not a PDF/JPEG/PNG, or empty
     */
    @Transactional
    public PaymentView submitVoucher(PaymentId id, UUID accountId, String fileName, InputStream content,
            String actor) {
        management.getOwned(id, accountId);
        Payment payment = load(id);
        payment.checkVoucherAccepted();
        VoucherStore.StoredVoucher stored = vouchers.store(id, latestVoucher(payment), fileName, content,
                properties.voucherMaxBytes(), actor);
        payment.submitVoucher(stored.id(), stored.contentType(), stored.sha256(), actor, clock.instant());
        return PaymentManagement.view(payments.save(payment));
    }

    /** Finance confirms the money arrived: the payment is paid and its order marked paid. */
    @Transactional
    public PaymentView confirm(PaymentId id, String actor) {
        Payment payment = load(id);
        OrderView order = orders.get(payment.applicationId());
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            throw new ConflictException("payments.orderNotPayable", "order " + order.number() + " is "
                    + order.status(), order.number(), order.status().name());
        }
        payment.confirmVoucher(actor, clock.instant());
        PaymentView view = PaymentManagement.view(payments.save(payment));
        orders.markPaid(payment.applicationId(), actor);
        return view;
    }

    /** Finance refuses the voucher; the applicant sees the reason and may upload another. */
    @Transactional
    public PaymentView reject(PaymentId id, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "required", "validation.required", "reason");
        }
        Payment payment = load(id);
        payment.rejectVoucher(reason.strip(), actor, clock.instant());
        return PaymentManagement.view(payments.save(payment));
    }

    /** Vouchers waiting for finance, oldest first. */
    @Transactional(readOnly = true)
    public List<PaymentView> awaitingConfirmation() {
        return payments.findByStatus(List.of(PaymentStatus.VOUCHER_SUBMITTED)).stream()
                .map(PaymentManagement::view).toList();
    }

    /** The latest voucher of a payment, for finance. */
    @Transactional(readOnly = true)
    public VoucherContent voucher(PaymentId id) {
        Payment payment = load(id);
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

    private Payment load(PaymentId id) {
        return payments.findById(id.id()).orElseThrow(() -> new NotFoundException("payment", id));
    }
}
