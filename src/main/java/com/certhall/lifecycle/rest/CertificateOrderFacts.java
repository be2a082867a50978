package com.certhall.lifecycle.rest;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.orders.OrderFacts;
import com.certhall.orders.OrderId;
import java.util.List;
import org.springframework.stereotype.Component;

/** The certificates issued for the order, as the order's JSON shows them ({@code certificates}). */
@Component
class CertificateOrderFacts implements OrderFacts {

    private final CertificateManagement certificates;

    CertificateOrderFacts(CertificateManagement certificates) {
        this.certificates = certificates;
    }

    @Override
    public List<CertificateFact> certificates(OrderId order) {
        return certificates.ofOrder(order).stream().map(c -> new CertificateFact(c.serialHex(), c.status().name(),
                c.medium(), c.caName(), c.notAfter())).toList();
    }
}
