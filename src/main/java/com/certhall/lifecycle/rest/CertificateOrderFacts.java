package com.certhall.lifecycle.rest;

import com.certhall.orders.OrderId;
import com.certhall.orders.OrderFacts;
import com.certhall.lifecycle.CertificateManagement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The certificates issued for the order, as the order's JSON shows them ({@code certificates}). */
@Component
class CertificateOrderFacts implements OrderFacts {

    private final CertificateManagement certificates;

    CertificateOrderFacts(CertificateManagement certificates) {
        this.certificates = certificates;
    }

    @Override
    public String field() {
        return "certificates";
    }

    @Override
    public Object of(OrderId order) {
        return certificates.ofOrder(order).stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("serialHex", c.serialHex());
            m.put("status", c.status());
            m.put("medium", c.medium());
            m.put("caName", c.caName());
            m.put("notAfter", c.notAfter());
            return m;
        }).toList();
    }
}
