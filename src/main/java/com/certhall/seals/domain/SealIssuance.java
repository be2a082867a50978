package com.certhall.seals.domain;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.CertificatesIssued;
import com.certhall.lifecycle.HeldCertificateView;
import com.certhall.orders.OrderDetails;
import com.certhall.orders.OrderManagement;
import com.certhall.orders.Subject;
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
    private final SealCertificates sealCertificates;
    private final OrderManagement orders;
    private final SealPictures pictures;
    private final SealFactory factory;
    private final SealRows rows;
    private final SealMembers members;

    SealIssuance(CertificateManagement certificates, SealCertificates sealCertificates, OrderManagement orders,
            SealPictures pictures, SealFactory factory, SealRows rows, SealMembers members) {
        this.certificates = certificates;
        this.sealCertificates = sealCertificates;
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
            SealFactory.Picture picture = pictures.of(order, SealPictures.sealName(order).orElseThrow());
            factory.make(sealCertificates.forSeal(serial), new SealFactory.Holder(order.order().accountId(),
                    order.id().id(), order.order().number(), org.name(), org.uscc()), picture, null, "system");
            members.ensureFirstAdministrator(org.uscc(), org.handler(), "order:" + order.order().number());
        }
    }
}
