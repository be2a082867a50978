package com.certhall.lifecycle.domain;

import com.certhall.lifecycle.HeldStatus;
import com.certhall.pki.CertificateHoldReleased;
import com.certhall.pki.CertificateRevoked;
import com.certhall.pki.RevocationReason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the holder's view in step with the CA when a certificate is revoked, held or released there by any path
 * (staff revocation here, or the CA's own tools).
 */
@Component
class CaStatusSync {

    private final HeldCertificates certificates;
    private final ApplicationEventPublisher events;

    CaStatusSync(HeldCertificates certificates, ApplicationEventPublisher events) {
        this.certificates = certificates;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(CertificateRevoked event) {
        HeldStatus status = event.reason() == RevocationReason.CERTIFICATE_HOLD ? HeldStatus.ON_HOLD
                : HeldStatus.REVOKED;
        certificates.findBySerial(event.serialHex()).filter(c -> c.status() != status).ifPresent(c -> {
            c.revoked(status, "system:pki", event.revokedAt());
            if (status == HeldStatus.REVOKED) {
                events.publishEvent(c.revocation(event.reason().name(), event.revokedAt()));
            }
        });
    }

    @ApplicationModuleListener
    void on(CertificateHoldReleased event) {
        certificates.findBySerial(event.serialHex()).ifPresent(c -> c.released());
    }
}
