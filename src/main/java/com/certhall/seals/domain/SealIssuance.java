package com.certhall.seals.domain;

import com.certhall.documents.DocumentKind;
import com.certhall.documents.DocumentManagement;
import com.certhall.documents.DocumentOwner;
import com.certhall.documents.DocumentStatus;
import com.certhall.documents.StoredDocument;
import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.CertificatesIssued;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Subject;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateRecord;
import com.certhall.seals.SealKind;
import com.certhall.seals.SealView;
import com.certhall.shared.InvalidInputException;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An e-seal certificate (profile {@code ESEAL}) was issued: its seal is made (docs/seals.md "Making a seal"). The
 * image comes from the order's seal specimen when it has a usable one, from the seal of the certificate a renewal,
 * change or reissue replaces, else it is drawn from the seal name. The handler of the order becomes the
 * organisation's first seal administrator. Idempotent: a certificate that has a seal gets no second one.
 */
@Component
class SealIssuance {

    private static final Logger log = LoggerFactory.getLogger(SealIssuance.class);

    private final CertificateManagement certificates;
    private final CertificateAuthority authority;
    private final OrderManagement orders;
    private final DocumentManagement documents;
    private final SealImages images;
    private final SealSpecimens specimens;
    private final SealFactory factory;
    private final SealRows rows;
    private final SealMembers members;
    private final Clock clock;

    SealIssuance(CertificateManagement certificates, CertificateAuthority authority, OrderManagement orders,
            DocumentManagement documents, SealImages images, SealSpecimens specimens, SealFactory factory,
            SealRows rows, SealMembers members, Clock clock) {
        this.certificates = certificates;
        this.authority = authority;
        this.orders = orders;
        this.documents = documents;
        this.images = images;
        this.specimens = specimens;
        this.factory = factory;
        this.rows = rows;
        this.members = members;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CertificatesIssued event) {
        for (String serial : event.serials()) {
            HeldCertificateView held = certificates.get(serial);
            if (!"ESEAL".equals(held.profile()) || rows.existsForCertificate(serial)) {
                continue;
            }
            OrderDetails order = orders.details(event.applicationId());
            if (!(order.draft().subject() instanceof Subject.Organization org)) {
                continue;
            }
            CertificateRecord cert = authority.find(serial).orElseThrow();
            String name = org.sealName() == null || org.sealName().isBlank() ? org.name() : org.sealName();
            SealFactory.Picture picture = picture(order, name);
            factory.make(new SealFactory.Certificate(serial, cert.der(), cert.notBefore(), cert.notAfter()),
                    new SealFactory.Holder(order.order().accountId(), order.id().id(), order.order().number(),
                            org.name(), org.uscc()), picture, null, "system");
            members.ensureFirstAdministrator(org.uscc(), org.handler(), "order:" + order.order().number());
        }
    }

    /** What the seal looks like; what the holder confirmed before submitting (docs/seals.md "Confirmation"). */
    SealFactory.Picture picture(OrderDetails order, String name) {
        Optional<byte[]> specimen = specimen(order);
        if (specimen.isPresent()) {
            try {
                return new SealFactory.Picture(SealKind.OFFICIAL, name, "SPECIMEN",
                        specimens.prepare(specimen.get(), SealKind.OFFICIAL));
            } catch (InvalidInputException e) {
                log.info("seal specimen of order {} not usable ({}), the seal is drawn", order.order().number(),
                        e.getMessage());
            }
        }
        String previous = order.order().certificateSerial();
        if (previous != null) {
            Optional<SealView> before = rows.ofCertificate(previous, clock.instant()).stream()
                    .max(Comparator.comparing(SealView::validFrom));
            if (before.isPresent()) {
                return new SealFactory.Picture(before.get().kind(), name, before.get().source(),
                        rows.image(before.get().id()));
            }
        }
        return new SealFactory.Picture(SealKind.OFFICIAL, name, "GENERATED",
                images.draw(SealKind.OFFICIAL, name, null, null));
    }

    private Optional<byte[]> specimen(OrderDetails order) {
        DocumentOwner owner = DocumentOwner.of("order", order.id().id());
        return documents.list(owner).stream()
                .filter(d -> d.kind() == DocumentKind.SEAL_SPECIMEN && d.status() == DocumentStatus.ACTIVE)
                .max(Comparator.comparing(StoredDocument::uploadedAt))
                .map(d -> documents.content(owner, d.documentId()).bytes());
    }
}
