package com.certhall.payments;

import com.certhall.documents.DocumentContent;
import com.certhall.payments.domain.VoucherDesk;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Bank transfers: the applicant uploads the transfer voucher (PDF, JPEG or PNG, recognised from its bytes and kept
 * by the documents module; again after a rejection, or to replace one not yet decided), finance looks at it and
 * confirms (the payment and its order become paid in one transaction) or rejects it with a reason.
 */
@Service
public class BankTransfers {

    private final VoucherDesk desk;

    BankTransfers(VoucherDesk desk) {
        this.desk = desk;
    }

    /**
     * Stores a voucher for a bank transfer of an order the account owns (a new version of the previous voucher, if
     * any). The state is checked before any byte is read.
     *
     * @throws IllegalPaymentTransition (409) when the payment is not a bank transfer waiting for a voucher; the
     *         documents module's 413 / 415 / 400 when the file is too large, not a PDF/JPEG/PNG, or empty
     */
    public PaymentView submitVoucher(PaymentId id, UUID accountId, String fileName, InputStream content,
            String actor) {
        return desk.submitVoucher(id, accountId, fileName, content, actor);
    }

    /** Finance confirms the money arrived: the payment is paid and its order marked paid. */
    public PaymentView confirm(PaymentId id, String actor) {
        return desk.confirm(id, actor);
    }

    /** Finance refuses the voucher; the applicant sees the reason and may upload another. */
    public PaymentView reject(PaymentId id, String reason, String actor) {
        return desk.reject(id, reason, actor);
    }

    /** Vouchers waiting for finance, oldest first. */
    public List<PaymentView> awaitingConfirmation() {
        return desk.awaitingConfirmation();
    }

    /** The latest voucher of a payment, for finance. */
    public DocumentContent voucher(PaymentId id) {
        return desk.voucher(id);
    }
}
