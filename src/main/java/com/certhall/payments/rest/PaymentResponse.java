package com.certhall.payments.rest;

import com.certhall.payments.BankInstructions;
import com.certhall.payments.PaymentView;
import com.certhall.payments.web.QrImages;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A payment as the JSON API shows it; QR payments carry the QR, bank transfers the instructions. */
record PaymentResponse(String paymentId, String orderId, String orderNumber, String method, String status,
        long amountFen, @Nullable String qrContent, @Nullable String qrImage, @Nullable OffsetDateTime expiresAt,
        @Nullable Bank bank, int voucherUploads, @Nullable String rejectionReason, @Nullable OffsetDateTime paidAt) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    record Bank(String accountName, String bank, String accountNumber, String reference) {
    }

    static PaymentResponse of(PaymentView p, @Nullable BankInstructions bank) {
        String qr = p.qrContent();
        return new PaymentResponse(p.id().toString(), p.applicationId().toString(), p.orderNumber(),
                p.method().name(), p.status().name(), p.amount().fen(), qr,
                qr == null || !p.status().isOpen() ? null : QrImages.pngDataUri(qr, 280),
                p.expiresAt() == null ? null : p.expiresAt().atZone(ZONE).toOffsetDateTime(),
                bank == null ? null : new Bank(bank.accountName(), bank.bank(), bank.accountNumber(), bank.reference()),
                p.voucherUploads(), p.rejectionReason(),
                p.paidAt() == null ? null : p.paidAt().atZone(ZONE).toOffsetDateTime());
    }
}
