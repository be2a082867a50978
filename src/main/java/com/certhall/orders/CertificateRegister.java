package com.certhall.orders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The certificates a lifecycle order acts on (docs/lifecycle.md), as the module that holds them answers: the
 * lifecycle module implements this port, so orders knows nothing of certificates beyond it.
 */
public interface CertificateRegister {

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
