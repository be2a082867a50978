package com.certhall.pki.ca;

import com.certhall.pki.CertificateHoldReleased;
import com.certhall.pki.CertificateRecord;
import com.certhall.pki.CertificateRevoked;
import com.certhall.pki.CertificateStatus;
import com.certhall.pki.RevocationReason;
import com.certhall.pki.persistence.CertificateRows;
import com.certhall.pki.persistence.CertificateRows.Versioned;
import com.certhall.pki.persistence.CrlRows;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InvalidInputException;
import com.certhall.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Status changes of issued certificates: GOOD → ON_HOLD (certificateHold) → GOOD again or REVOKED;
 * GOOD → REVOKED.
 * REVOKED is final (RFC 5280 §3.3). Each change marks the CA's CRL stale and publishes an event.
 */
@Component
public class Revocation {

    private final CertificateRows rows;
    private final CrlRows crls;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Revocation(CertificateRows rows, CrlRows crls, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.crls = crls;
        this.events = events;
        this.clock = clock;
    }

    public CertificateRecord revoke(String caName, String serialHex, RevocationReason reason,
            @Nullable Instant invalidityDate) {
        Versioned current = load(caName, serialHex);
        CertificateRecord record = current.record();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (record.status() == CertificateStatus.REVOKED) {
            throw new ConflictException("pki.conflict.alreadyRevoked", "certificate " + serialHex + " is revoked");
        }
        if (record.status() == CertificateStatus.ON_HOLD && reason == RevocationReason.CERTIFICATE_HOLD) {
            throw new ConflictException("pki.conflict.alreadyOnHold", "certificate " + serialHex + " is on hold");
        }
        if (invalidityDate != null && invalidityDate.isAfter(now)) {
            throw InvalidInputException.of("invalidityDate", "future", "validation.pki.invalidityDate",
                    "invalidityDate");
        }
        CertificateStatus status = reason == RevocationReason.CERTIFICATE_HOLD
                ? CertificateStatus.ON_HOLD : CertificateStatus.REVOKED;
        Instant invalidity = invalidityDate == null ? null : invalidityDate.truncatedTo(ChronoUnit.SECONDS);
        change(current, status, now, reason, invalidity, now);
        events.publishEvent(new CertificateRevoked(record.caName(), record.serialHex(), reason, now, invalidity));
        return load(caName, serialHex).record();
    }

    public CertificateRecord releaseHold(String caName, String serialHex) {
        Versioned current = load(caName, serialHex);
        if (current.record().status() != CertificateStatus.ON_HOLD) {
            throw new ConflictException("pki.conflict.notOnHold", "certificate " + serialHex + " is not on hold");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        change(current, CertificateStatus.GOOD, null, null, null, now);
        events.publishEvent(new CertificateHoldReleased(caName, current.record().serialHex(), now));
        return load(caName, serialHex).record();
    }

    private void change(Versioned current, CertificateStatus status, @Nullable Instant revokedAt,
            @Nullable RevocationReason reason, @Nullable Instant invalidity, Instant now) {
        CertificateRecord r = current.record();
        if (!rows.changeStatus(r.caName(), r.serialHex(), current.version(), status, revokedAt, reason, invalidity,
                now)) {
            throw new ConflictException("error.concurrentChange", "certificate " + r.serialHex() + " changed");
        }
        crls.markStale(r.caName());
    }

    private Versioned load(String caName, String serialHex) {
        String serial = normalize(serialHex);
        return rows.find(caName, serial).orElseThrow(() -> new NotFoundException("certificate", serialHex));
    }

    /** Lower-case hex without leading zeros, as stored; a malformed serial is an input error on {@code serial}. */
    public static String normalize(String serialHex) {
        try {
            return Crypto.serialHex(Crypto.parseSerial(serialHex));
        } catch (RuntimeException e) {
            throw InvalidInputException.of("serial", "format", "validation.pki.serial", "serial");
        }
    }
}
