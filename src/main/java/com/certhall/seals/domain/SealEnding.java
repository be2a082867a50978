package com.certhall.seals.domain;

import com.certhall.pki.CertificateRevoked;
import com.certhall.pki.RevocationReason;
import com.certhall.seals.SealEnded;
import com.certhall.seals.SealStatus;
import com.certhall.seals.SealView;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A seal ends with its certificate (docs/seals.md "The end of a seal"): revoked here when the certificate is revoked
 * (a hold only suspends the certificate, OCSP tells signers so; the seal stays); expiry needs no event, the seal reads
 * as {@code EXPIRED} once its validity, the certificate's, has passed ({@link SealRows}).
 */
@Component
class SealEnding {

    private final SealRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SealEnding(SealRows rows, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CertificateRevoked event) {
        if (event.reason() == RevocationReason.CERTIFICATE_HOLD) {
            return;
        }
        for (SealView seal : rows.ofCertificate(event.serialHex(), clock.instant())) {
            if (rows.end(seal.id(), SealStatus.REVOKED, event.reason().name(), event.revokedAt())) {
                events.publishEvent(new SealEnded(seal.id(), seal.esId(), SealStatus.REVOKED, event.reason().name(),
                        "system"));
            }
        }
    }
}
