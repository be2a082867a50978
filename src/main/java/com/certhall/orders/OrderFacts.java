package com.certhall.orders;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What another module knows about an order, shown with it in {@code GET /api/v1/orders/{id}} (docs/development.md,
 * "API": the order carries its payment and certificates). The payments module answers {@link #payment}, the lifecycle module
 * {@link #certificates}, so the order's module needs to know neither; each leaves the other's part at its default.
 */
public interface OrderFacts {

    /** The order's newest payment ({@code payment}), if this module takes payments and there is one. */
    default Optional<PaymentFact> payment(OrderId order) {
        return Optional.empty();
    }

    /** The certificates issued for the order ({@code certificates}), if this module issues them. */
    default List<CertificateFact> certificates(OrderId order) {
        return List.of();
    }

    /** The newest payment of an order; method and status are the payments module's names. */
    record PaymentFact(String paymentId,
            @Schema(description = "WECHAT_QR, ALIPAY_QR or BANK_TRANSFER.") String method,
            @Schema(description = "CREATED, AWAITING_VOUCHER, VOUCHER_SUBMITTED, VOUCHER_REJECTED, PAID, EXPIRED, "
                    + "CANCELLED or REFUNDED.") String status,
            long amountFen, @Nullable Instant paidAt) {
    }

    /** A certificate issued for an order; status and medium are the lifecycle module's names. */
    record CertificateFact(@Schema(description = "Serial number, lower-case hex.") String serialHex,
            @Schema(description = "VALID, ON_HOLD or REVOKED.") String status,
            @Schema(description = "CLOUD or UKEY.") String medium,
            @Schema(description = "The issuing CA, e.g. sm2-issuing.") String caName, Instant notAfter) {
    }
}
