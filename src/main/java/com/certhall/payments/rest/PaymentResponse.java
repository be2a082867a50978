package com.certhall.payments.rest;

import com.certhall.payments.BankInstructions;
import com.certhall.payments.PaymentView;
import com.certhall.web.QrImages;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A payment as the JSON API shows it; QR payments carry the QR, bank transfers the instructions. */
record PaymentResponse(String paymentId, String orderId, String orderNumber,
        @Schema(description = "WECHAT_QR, ALIPAY_QR or BANK_TRANSFER.") String method,
        @Schema(description = "CREATED, AWAITING_VOUCHER, VOUCHER_SUBMITTED, VOUCHER_REJECTED, PAID, EXPIRED, "
                + "CANCELLED, REFUND_PENDING (captured money is being given back) or REFUNDED.") String status,
        long amountFen,
        @Schema(description = "What the QR code encodes (the provider's cashier URL); QR payments only.")
        @Nullable String qrContent,
        @Schema(description = "The QR code as a PNG data URI, while the payment is open.") @Nullable String qrImage,
        @Schema(description = "When an unpaid QR payment expires; QR payments only.")
        @Nullable OffsetDateTime expiresAt,
        @Schema(description = "Where to transfer the money; bank transfers only.") @Nullable Bank bank,
        @Schema(description = "How many vouchers the applicant has uploaded so far.") int voucherUploads,
        @Schema(description = "Why finance rejected the last voucher.") @Nullable String rejectionReason,
        @Nullable OffsetDateTime paidAt,
        @Schema(description = "The provider's refund id once the money went back (BANK-<reference> for a bank "
                + "transfer paid back by finance).") @Nullable String refundId,
        @Schema(description = "Why the money goes back, once a refund was started.") @Nullable String refundReason) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Schema(name = "BankTransferInstructions")
    record Bank(String accountName, String bank, String accountNumber,
            @Schema(description = "What the payer must write on the transfer.") String reference) {
    }

    static PaymentResponse of(PaymentView p, @Nullable BankInstructions bank) {
        String qr = p.qrContent();
        return new PaymentResponse(p.id().toString(), p.applicationId().toString(), p.orderNumber(),
                p.method().name(), p.status().name(), p.amount().fen(), qr,
                qr == null || !p.status().isOpen() ? null : QrImages.pngDataUri(qr, 280),
                p.expiresAt() == null ? null : p.expiresAt().atZone(ZONE).toOffsetDateTime(),
                bank == null ? null : new Bank(bank.accountName(), bank.bank(), bank.accountNumber(), bank.reference()),
                p.voucherUploads(), p.rejectionReason(),
                p.paidAt() == null ? null : p.paidAt().atZone(ZONE).toOffsetDateTime(), p.refundId(),
                p.refundReason());
    }
}
