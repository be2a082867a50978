package com.certhall.lifecycle.domain;

import com.certhall.orders.OrderId;
import com.certhall.lifecycle.CertificateReleasedByStaff;
import com.certhall.lifecycle.CertificateRevokedByStaff;
import com.certhall.lifecycle.CertificateRevokedForOrder;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.lifecycle.HeldStatus;
import com.certhall.lifecycle.PinDeliveryView;
import com.certhall.pki.CaCertificate;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateRecord;
import com.certhall.pki.CertificateStatus;
import com.certhall.pki.KeyAlgorithm;
import com.certhall.pki.RevocationReason;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and revokes held certificates behind {@code lifecycle.CertificateManagement}: the one place that loads a
 * certificate for its holder (another account's is reported as not found).
 */
@Service
public class CertificateRecords {

    private final HeldCertificates certificates;
    private final PinDeliveries pins;
    private final CertificateAuthority ca;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateRecords(HeldCertificates certificates, PinDeliveries pins, CertificateAuthority ca,
            ApplicationEventPublisher events, Clock clock) {
        this.certificates = certificates;
        this.pins = pins;
        this.ca = ca;
        this.events = events;
        this.clock = clock;
    }

    /** The account's certificates, newest first, each with where its PIN went. */
    @Transactional(readOnly = true)
    public List<HeldCertificateView> ofAccount(UUID accountId) {
        return withPins(certificates.findByAccount(accountId));
    }

    /** The certificates issued for an order. */
    @Transactional(readOnly = true)
    public List<HeldCertificateView> ofOrder(OrderId id) {
        return withPins(certificates.findByOrder(id.id()));
    }

    /** A certificate the account holds; anyone else's (or an unknown serial) is not found. */
    @Transactional(readOnly = true)
    public HeldCertificateView owned(String serial, UUID accountId) {
        return withPins(List.of(ownedEntity(serial, accountId))).get(0);
    }

    /** Any certificate of an order, for staff. */
    @Transactional(readOnly = true)
    public HeldCertificateView get(String serial) {
        return withPins(List.of(entity(serial))).get(0);
    }

    /** The certificate, DER. */
    @Transactional(readOnly = true)
    public byte[] der(String serial, UUID accountId) {
        HeldCertificate c = ownedEntity(serial, accountId);
        return record(c).der();
    }

    /** The certificate as PEM, followed by the issuing CA and the root when {@code withChain}. */
    @Transactional(readOnly = true)
    public String pem(String serial, UUID accountId, boolean withChain) {
        HeldCertificate c = ownedEntity(serial, accountId);
        StringBuilder pem = new StringBuilder(pem(record(c).der()));
        if (withChain) {
            for (CaCertificate caCert : chain(c)) {
                pem.append(pem(caCert.der()));
            }
        }
        return pem.toString();
    }

    /** The issuing CA and the root of a certificate the account holds, issuing CA first. */
    @Transactional(readOnly = true)
    public List<CaCertificate> chain(String serial, UUID accountId) {
        return chain(ownedEntity(serial, accountId));
    }

    /**
     * Refuses the PKCS#12 of every certificate it names: a cloud certificate's key stays in the CA's custody and signs
     * through the CSC API (docs/signing.md), a UKEY's key stays on the token, and a certificate for the holder's
     * own key has none here (404).
     */
    @Transactional(readOnly = true)
    public byte[] pkcs12(String serial, UUID accountId) {
        HeldCertificate c = ownedEntity(serial, accountId);
        if (!c.serverKey()) {
            throw new NotFoundException("pkcs12", serial);
        }
        HeldCertificateView view = c.view();
        String why = view.status() != HeldStatus.VALID ? "lifecycle.pkcs12.notValid"
                : view.keyInCloud() ? "lifecycle.pkcs12.cloud" : "lifecycle.pkcs12.onToken";
        throw new ConflictException(why, "the key is not downloadable", c.orderNumber());
    }

    /**
     * Staff look a certificate up: by serial (hex, colons and spaces ignored), order number, or a part of the
     * holder's name; the newest first. Without a query, the newest certificates.
     */
    @Transactional(readOnly = true)
    public List<HeldCertificateView> search(@Nullable String query, int limit) {
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, 200)));
        String q = query == null ? "" : query.strip();
        List<HeldCertificate> found = q.isEmpty() ? certificates.findLatest(page)
                : certificates.search(q.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT), q,
                        "%" + q.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%", page);
        return withPins(found);
    }

    /**
     * Staff revoke a certificate (or hold it with {@code CERTIFICATE_HOLD}) through the CA, with an optional
     * invalidity date (RFC 5280 §5.3.2); audited with the actor.
     *
     * @param reason an RFC 5280 reason name such as {@code KEY_COMPROMISE} (any case, {@code keyCompromise} too)
     */
    @Transactional
    public HeldCertificateView revoke(String serial, @Nullable String reason, @Nullable Instant invalidityDate,
            String actor) {
        RevocationReason parsed = reason(reason);
        HeldCertificate c = entity(serial);
        CertificateRecord r = ca.revoke(c.caName(), c.serialHex(), parsed, invalidityDate);
        c.revoked(r.status() == CertificateStatus.REVOKED ? HeldStatus.REVOKED : HeldStatus.ON_HOLD, actor,
                clock.instant());
        events.publishEvent(new CertificateRevokedByStaff(c.serialHex(), c.orderNumber(), parsed.name(), actor,
                clock.instant()));
        if (c.status() == HeldStatus.REVOKED) {
            events.publishEvent(c.revocation(parsed.name(), clock.instant()));
        }
        return c.view();
    }

    /**
     * A lifecycle order revokes a certificate (the holder's revocation, a reissue, a renewal's or change's new
     * certificate superseding it): through the CA at once, CRL and OCSP show it; the holder is told; audited with the
     * order. A certificate already revoked is left as it is, so a repeated approval or issuance changes nothing.
     */
    @Transactional
    public void revokeForOrder(String serial, String reason, String orderNumber, String actor) {
        RevocationReason parsed = reason(reason);
        HeldCertificate c = entity(serial);
        if (c.status() == HeldStatus.REVOKED) {
            return;
        }
        Instant now = clock.instant();
        ca.revoke(c.caName(), c.serialHex(), parsed, null);
        c.revoked(HeldStatus.REVOKED, actor, now);
        events.publishEvent(new CertificateRevokedForOrder(c.serialHex(), c.orderNumber(), orderNumber,
                parsed.name(), actor, now));
        events.publishEvent(c.revocation(parsed.name(), now));
    }

    /** Staff release a certificate from hold; it is good again in OCSP and the CRL at once; audited. */
    @Transactional
    public HeldCertificateView releaseHold(String serial, String actor) {
        HeldCertificate c = entity(serial);
        ca.releaseHold(c.caName(), c.serialHex());
        c.released();
        events.publishEvent(new CertificateReleasedByStaff(c.serialHex(), c.orderNumber(), actor, clock.instant()));
        return c.view();
    }

    private List<HeldCertificateView> withPins(List<HeldCertificate> held) {
        if (held.isEmpty()) {
            return List.of();
        }
        Map<UUID, PinDeliveryView> byCertificate = new HashMap<>();
        // the newest delivery of a certificate wins (a reissued PIN, should there ever be one)
        pins.findByCertificates(held.stream().map(HeldCertificate::id).toList())
                .forEach(d -> byCertificate.put(d.certificateId(), d.view()));
        return held.stream().map(c -> c.view(byCertificate.get(c.id()))).toList();
    }

    private HeldCertificate ownedEntity(String serial, UUID accountId) {
        HeldCertificate c = entity(serial);
        if (!c.accountId().equals(accountId)) {
            throw new NotFoundException("certificate", serial);
        }
        return c;
    }

    private HeldCertificate entity(String serial) {
        return certificates.findBySerial(normalized(serial))
                .orElseThrow(() -> new NotFoundException("certificate", serial));
    }

    private CertificateRecord record(HeldCertificate c) {
        return ca.find(c.serialHex()).orElseThrow(() -> new NotFoundException("certificate", c.serialHex()));
    }

    private List<CaCertificate> chain(HeldCertificate c) {
        KeyAlgorithm algorithm = record(c).algorithm();
        List<CaCertificate> all = ca.caCertificates();
        return List.of(byName(all, c.caName()), byName(all, algorithm.rootCaName()));
    }

    private static CaCertificate byName(List<CaCertificate> all, String name) {
        return all.stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("ca", name));
    }

    static String normalized(String serial) {
        String s = serial.strip().toLowerCase(Locale.ROOT).replace(":", "");
        if (!s.matches("[0-9a-f]{1,64}")) {
            return s;
        }
        s = s.replaceFirst("^0+(?=.)", "");
        return s;
    }

    private static RevocationReason reason(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.of("reason", "required", "validation.required", "reason");
        }
        String name = raw == null ? "" : raw.strip().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        for (RevocationReason r : RevocationReason.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw InvalidInputException.of("reason", "oneOf", "lifecycle.validation.reason", "reason");
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }
}
