package com.certhall.lifecycle;

import com.certhall.lifecycle.domain.CertificateRecords;
import com.certhall.orders.OrderId;
import com.certhall.pki.CaCertificate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The certificates of applicants' orders: what a holder has and may download (with where the PIN of a server-made
 * key went; the hand-over itself is {@code lifecycle.domain.PinHandOver}), and staff revocation. Issuance itself is
 * driven by the order's approval (and the operator's production for UKEY orders); see
 * {@code lifecycle.domain.IssuanceDriver}. Calls that name an account see only that account's certificates.
 */
@Service
public class CertificateManagement {

    private final CertificateRecords records;
    private final CertificateActions actions;

    CertificateManagement(CertificateRecords records, CertificateActions actions) {
        this.records = records;
        this.actions = actions;
    }

    /**
     * The account's certificates, newest first, each with where its PIN went and what the holder may do with it now
     * ({@link CertificateActions}).
     */
    public List<HeldCertificateView> ofAccount(UUID accountId) {
        return records.ofAccount(accountId).stream().map(actions::withActions).toList();
    }

    /** The certificates issued for an order. */
    public List<HeldCertificateView> ofOrder(OrderId id) {
        return records.ofOrder(id);
    }

    /** A certificate the account holds; anyone else's (or an unknown serial) is not found. */
    public HeldCertificateView owned(String serial, UUID accountId) {
        return actions.withActions(records.owned(serial, accountId));
    }

    /** Any certificate of an order, for staff. */
    public HeldCertificateView get(String serial) {
        return records.get(serial);
    }

    /** The certificate, DER. */
    public byte[] der(String serial, UUID accountId) {
        return records.der(serial, accountId);
    }

    /** The certificate as PEM, followed by the issuing CA and the root when {@code withChain}. */
    public String pem(String serial, UUID accountId, boolean withChain) {
        return records.pem(serial, accountId, withChain);
    }

    /** The issuing CA and the root of a certificate the account holds, issuing CA first. */
    public List<CaCertificate> chain(String serial, UUID accountId) {
        return records.chain(serial, accountId);
    }

    /** The PKCS#12 of a server-made key, encrypted under the PIN the holder got (by SMS or deposit memo). */
    public byte[] pkcs12(String serial, UUID accountId) {
        return records.pkcs12(serial, accountId);
    }

    /**
     * Staff look a certificate up: by serial (hex, colons and spaces ignored), order number, or a part of the
     * holder's name; the newest first. Without a query, the newest certificates.
     */
    public List<HeldCertificateView> search(@Nullable String query, int limit) {
        return records.search(query, limit);
    }

    /**
     * Staff revoke a certificate (or hold it with {@code CERTIFICATE_HOLD}) through the CA; audited with the actor.
     *
     * @param reason an RFC 5280 reason name such as {@code KEY_COMPROMISE} (any case, {@code keyCompromise} too)
     */
    public HeldCertificateView revoke(String serial, @Nullable String reason, String actor) {
        return records.revoke(serial, reason, null, actor);
    }

    /**
     * Staff revoke a certificate with an invalidity date (RFC 5280 §5.3.2: when the key is known or suspected to
     * have become invalid; not in the future), carried in the CRL entry and the OCSP answer.
     */
    public HeldCertificateView revoke(String serial, @Nullable String reason, @Nullable Instant invalidityDate,
            String actor) {
        return records.revoke(serial, reason, invalidityDate, actor);
    }

    /** Staff release a certificate from hold; it is good again in OCSP and the CRL at once; audited. */
    public HeldCertificateView releaseHold(String serial, String actor) {
        return records.releaseHold(serial, actor);
    }
}
