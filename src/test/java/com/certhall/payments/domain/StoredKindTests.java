package com.certhall.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.certhall.payments.PaymentMethod;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each kind of payment comes back from its columns as it went in. */
class StoredKindTests {

    static final Instant T = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void qrPaymentsBeforeAndAfterTheProviderReportedThem() {
        PaymentKind.Qr open = new PaymentKind.Qr("http://cashier/1", T, null);
        assertThat(StoredKind.of(open).toKind(PaymentMethod.WECHAT_QR)).isEqualTo(open);
        assertThat(StoredKind.of(open.paidBy("T1")).toKind(PaymentMethod.ALIPAY_QR))
                .isEqualTo(new PaymentKind.Qr("http://cashier/1", T, "T1"));
    }

    @Test
    void bankTransfersThroughTheirVouchers() {
        PaymentKind.BankTransfer waiting = PaymentKind.BankTransfer.awaitingVoucher("CH1");
        PaymentKind.BankTransfer rejected = waiting.submitted(new PaymentKind.Voucher(UUID.randomUUID(), "image/png"))
                .rejectedBy("金额不符", "staff:finance");
        PaymentKind.BankTransfer again = rejected.submitted(new PaymentKind.Voucher(UUID.randomUUID(),
                "application/pdf"));
        for (PaymentKind.BankTransfer t : new PaymentKind.BankTransfer[] {waiting, rejected, again}) {
            assertThat(StoredKind.of(t).toKind(PaymentMethod.BANK_TRANSFER)).isEqualTo(t);
        }
        assertThat(again.uploads()).isEqualTo(2);
        assertThat(again.rejectionReason()).isNull();
    }
}
