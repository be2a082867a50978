package com.certhall.lifecycle;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One certificate of an applicant's order.
 *
 * @param serialHex serial number, lower-case hex
 * @param caName    issuing CA ({@code sm2-issuing} …)
 * @param profile   pki profile name ({@code ORGANIZATION} …)
 * @param algorithm key algorithm ({@code SM2}, {@code EC_P256}, {@code RSA_2048})
 * @param medium    {@code CLOUD} or {@code UKEY}
 * @param serverKey true when the CA made the key (in custody for a cloud certificate, on the token for a UKEY)
 * @param tokenSerial serial number of the UKEY the key was written to, null for cloud certificates
 * @param pinDelivery how the PIN of a server-made key reaches the holder (SMS or deposit memo, masked
 *                    destination); null when the holder brought the key
 */
public record HeldCertificateView(@Schema(description = "Serial number, lower-case hex.") String serialHex,
        @Schema(description = "The order the certificate was issued for.") UUID applicationId, String orderNumber,
        UUID accountId, String productCode,
        @Schema(description = "The issuing CA, e.g. sm2-issuing.") String caName,
        @Schema(description = "The certificate profile, e.g. ORGANIZATION.") String profile,
        @Schema(description = "Key algorithm: SM2, EC_P256 or RSA_2048.") String algorithm,
        @Schema(description = "CLOUD or UKEY.") String medium,
        @Schema(description = "Whether the CA made the key (kept in its custody for a cloud certificate).") boolean serverKey,
        String subjectName, Instant notBefore, Instant notAfter, HeldStatus status,
        @Schema(description = "Serial number of the UKEY holding the key; UKEY certificates only.")
        @Nullable String tokenSerial,
        @Schema(description = "Where the PIN of a CA-made key went; absent when the holder brought the key.")
        @Nullable PinDeliveryView pinDelivery,
        @Schema(description = "What the holder may do with it now and why not (RENEW, CHANGE, REISSUE, UNLOCK, "
                + "REVOKE); docs/lifecycle.md.") List<CertificateAction> actions,
        @Schema(description = "The first day it may be renewed (the channel's window before notAfter).")
        @Nullable LocalDate renewableFrom) {

    public HeldCertificateView {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** This view with the actions the certificate allows ({@link CertificateActions}). */
    public HeldCertificateView withActions(List<CertificateAction> allowed, @Nullable LocalDate from) {
        return new HeldCertificateView(serialHex, applicationId, orderNumber, accountId, productCode, caName,
                profile, algorithm, medium, serverKey, subjectName, notBefore, notAfter, status, tokenSerial,
                pinDelivery, allowed, from);
    }

    /** The view with each action's reason in words ({@link CertificateAction#withReason}). */
    public HeldCertificateView withReasons(java.util.function.BiFunction<String, List<String>, String> text) {
        return withActions(actions.stream().map(a -> a.withReason(text)).toList(), renewableFrom);
    }

    /**
     * The one reason that refuses every action (revoked, expired), for pages to say once instead of once per action;
     * null when something is allowed or the reasons differ.
     */
    public @Nullable CertificateAction sharedRefusal() {
        if (actions.size() < 2 || actions.stream().anyMatch(CertificateAction::allowed)) {
            return null;
        }
        CertificateAction first = actions.get(0);
        boolean same = actions.stream().allMatch(a -> java.util.Objects.equals(a.reasonKey(), first.reasonKey())
                && a.reasonArgs().equals(first.reasonArgs()));
        return same ? first : null;
    }

    /**
     * Whether the key stays with CertHall for remote signing: a cloud certificate whose key the CA made. Such a key is
     * never downloaded (docs/signing.md); a UKEY's key lives on the token.
     */
    public boolean keyInCloud() {
        return serverKey && "CLOUD".equals(medium);
    }
}
