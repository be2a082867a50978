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
 * How a seal ends (docs/seals.md "The end of a seal"), each end recorded once and announced ({@link SealEnded}):
 * revoked with its certificate (a hold only suspends the certificate, OCSP tells signers so; the seal stays), or
 * superseded by a changed seal (变章), whose users keep their grants. Expiry needs no event: the seal reads as
 * {@code EXPIRED} once its validity, the certificate's, has passed ({@link SealRows}).
 */
@Component
class SealEnding {

    private final SealRows rows;
    private final SealMembers members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SealEnding(SealRows rows, SealMembers members, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.members = members;
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
                announce(seal, SealStatus.REVOKED, event.reason().name(), "system");
            }
        }
    }

    /**
     * 变章: {@code old} ends as {@code SUPERSEDED} by {@code made}, whose users are those of {@code old}; false when
     * {@code old} had ended already.
     */
    boolean supersede(SealView old, SealView made, String actor) {
        if (!rows.end(old.id(), SealStatus.SUPERSEDED, "CHANGED", clock.instant())) {
            return false;
        }
        members.carryGrants(old.id(), made.id(), actor);
        announce(old, SealStatus.SUPERSEDED, "CHANGED", actor);
        return true;
    }

    private void announce(SealView seal, SealStatus status, String reason, String actor) {
        events.publishEvent(new SealEnded(seal.id(), seal.esId(), status, reason, actor));
    }
}
