package com.certhall.seals.domain;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.orders.OrderFacts.CertificateRegister.Refusal;
import com.certhall.orders.OrderFacts.SealRegister;
import com.certhall.orders.OrderId;
import com.certhall.orders.OrderType;
import com.certhall.pki.CertificateRecord;
import com.certhall.seals.SealView;
import com.certhall.seals.Seals;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the orders module which seal a seal order (补章, 变章; docs/seals.md "Seal orders") starts from: a seal the
 * account sees (else none: 404), that it administers, still active, whose certificate is good and unexpired; the
 * certificate's order and product price the order.
 */
@Component
class SealOrderBasis implements SealRegister {

    private final Seals seals;
    private final SealRows rows;
    private final SealAdministration administration;
    private final SealCertificates sealCertificates;
    private final CertificateManagement certificates;

    SealOrderBasis(Seals seals, SealRows rows, SealAdministration administration, SealCertificates sealCertificates,
            CertificateManagement certificates) {
        this.seals = seals;
        this.rows = rows;
        this.administration = administration;
        this.sealCertificates = sealCertificates;
        this.certificates = certificates;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SealBasis> seal(UUID accountId, UUID sealId, OrderType type) {
        Optional<SealView> seen = seals.visibleTo(accountId).stream().filter(s -> s.id().equals(sealId)).findFirst();
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        SealView seal = seen.get();
        CertificateRecord cert = sealCertificates.record(seal.certificateSerial());
        return Optional.of(new SealBasis(seal.id(), seal.certificateSerial(), new OrderId(rows.orderId(seal.id())),
                certificates.get(seal.certificateSerial()).productCode(), cert.notAfter(),
                refusal(accountId, seal, cert)));
    }

    private @Nullable Refusal refusal(UUID accountId, SealView seal, CertificateRecord cert) {
        boolean administrator = administration.memberships(accountId).stream()
                .anyMatch(m -> m.uscc().equals(seal.uscc()) && m.administrator());
        if (!administrator) {
            return new Refusal("notAdministrator", "seals.admin.required", List.of());
        }
        if (!sealCertificates.valid(cert)) {
            return new Refusal("certificateNotValid", "seals.certificate.notValid", List.of(cert.serialHex()));
        }
        if (!seal.status().usable()) {
            return new Refusal("sealEnded", "seals.change.ended", List.of(seal.esId()));
        }
        return null;
    }
}
