package com.certhall.seals.domain;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.CertificatesIssued;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Subject;
import com.certhall.pki.CertificateAuthority;
import com.certhall.pki.CertificateRecord;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An e-seal certificate (profile {@code ESEAL}) was issued: its seal is made (docs/seals.md "Making a seal") with the
 * image {@link SealPictures} chooses. The handler of the order becomes the
 * organisation's first seal administrator. Idempotent: a certificate that has a seal gets no second one.
 */
@Component
class SealIssuance {

    private final CertificateManagement certificates;
    private final CertificateAuthority authority;
    private final OrderManagement orders;
    private final SealPictures pictures;
    private final SealFactory factory;
    private final SealRows rows;
    private final SealMembers members;

    SealIssuance(CertificateManagement certificates, CertificateAuthority authority, OrderManagement orders,
            SealPictures pictures, SealFactory factory, SealRows rows, SealMembers members) {
        this.certificates = certificates;
        this.authority = authority;
        this.orders = orders;
        this.pictures = pictures;
        this.factory = factory;
        this.rows = rows;
        this.members = members;
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
            SealFactory.Picture picture = pictures.of(order, SealPictures.sealName(order).orElseThrow());
            factory.make(new SealFactory.Certificate(serial, cert.der(), cert.notBefore(), cert.notAfter()),
                    new SealFactory.Holder(order.order().accountId(), order.id().id(), order.order().number(),
                            org.name(), org.uscc()), picture, null, "system");
            members.ensureFirstAdministrator(org.uscc(), org.handler(), "order:" + order.order().number());
        }
    }
}
