package com.certhall.lifecycle;

import com.certhall.orders.OrderId;
import com.certhall.audit.AuditRecord;
import com.certhall.audit.Auditable;
import java.time.Instant;
import java.util.List;

/** Every certificate of an order has been issued (published once, with the order's move to ISSUED). */
public record CertificatesIssued(OrderId applicationId, String orderNumber, List<String> serials, Instant at)
        implements Auditable {

    public CertificatesIssued {
        serials = List.copyOf(serials);
    }

    @Override
    public AuditRecord toAuditRecord() {
        return AuditRecord.of("lifecycle.issued", "system", "order:" + orderNumber).with("serials", serials);
    }
}
