package com.certhall.orders;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What another module knows about an order, shown with it in {@code GET /api/v1/orders/{id}} (docs/development.md,
 * "API": the order carries its payment and certificates). The payments module answers {@link #payment}, the lifecycle module
 * {@link #certificates}, so the order's module needs to know neither; each leaves the other's part at its default.
 * The lifecycle module also answers {@link CertificateRegister}, the certificates a lifecycle order acts on; the
 * seals module {@link SealRegister}, and the payments module follows up a cancellation ({@link CancellationFollowUp}).
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

    /**
     * The certificates a lifecycle order acts on (docs/lifecycle.md), as the module that holds them answers: the
     * lifecycle module implements this port, so orders knows nothing of certificates beyond it.
     */
    interface CertificateRegister {

        /**
         * The certificate {@code serial} if {@code accountId} holds it, with whether an order of {@code type} may act on
         * it now; empty when the account holds no such certificate.
         */
        Optional<HeldCertificate> held(UUID accountId, String serial, OrderType type);

        /**
         * Revokes the certificate of a lifecycle order through the CA at once (CRL and OCSP show it), in the caller's
         * transaction, and tells its holder; nothing happens when it is already revoked.
         *
         * @param reason an RFC 5280 reason name ({@code KEY_COMPROMISE}, {@code SUPERSEDED} …)
         */
        void revoke(String serial, String reason, OrderView order, String actor);

        /**
         * A certificate as a lifecycle order needs it.
         *
         * @param origin    the order it was issued for, whose subject, product and delivery the new order takes over
         * @param lineIndex the line of that order it was issued for
         * @param refusal   why an order of the asked type may not act on it now; null when it may
         */
        record HeldCertificate(String serial, OrderId origin, int lineIndex, String medium, Instant notAfter,
                @Nullable Refusal refusal) {
        }

        /** Why not, as a message key of the lifecycle module with its arguments ("可于 2027-03-01 起更新"). */
        record Refusal(String code, String messageKey, List<String> args) {

            public Refusal {
                args = List.copyOf(args);
            }
        }
    }

    /**
     * The seals a seal order (补章, 变章; docs/seals.md "Seal orders") starts from, as the seals module answers: it
     * implements this port, so orders knows nothing of seals beyond it.
     */
    interface SealRegister {

        /**
         * The seal {@code sealId} as an order of {@code type} by {@code accountId} needs it, with why the order may
         * not start now; empty when the account does not see the seal (another organisation's: a 404).
         */
        Optional<SealBasis> seal(UUID accountId, UUID sealId, OrderType type);

        /**
         * A seal and its e-seal certificate.
         *
         * @param origin      the order the certificate was issued for, whose subject and invoice the order takes over
         * @param productCode the certificate's product, whose price the channel's terms start from
         * @param refusal     why the order may not start now; null when it may
         */
        record SealBasis(UUID sealId, String certificateSerial, OrderId origin, String productCode, Instant notAfter,
                CertificateRegister.@Nullable Refusal refusal) {
        }
    }

    /**
     * What another module must do in the request that cancels an order, after the cancellation committed and before
     * the caller gets the answer: a payment provider's open QR order is closed so the payer can no longer pay a
     * cancelled order (docs/security.md, "Money"). Implementations call outside parties, so they run outside the
     * order's transaction; a failure is logged and left to the module's own follow-up of {@link OrderStatusChanged}.
     */
    interface CancellationFollowUp {

        void cancelled(OrderView order, String reason, String actor);
    }
}
