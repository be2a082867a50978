package com.certhall.lifecycle.rest;

import com.certhall.lifecycle.CertificateManagement;
import com.certhall.lifecycle.domain.CertificateChanges;
import com.certhall.orders.OrderFacts;
import com.certhall.orders.OrderId;
import com.certhall.shared.KeptPerNode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The certificates issued for the order, as the order's JSON shows them ({@code certificates}), kept per node for
 * {@link #KEPT} and dropped by every write of a certificate ({@link CertificateChanges}; docs/architecture.md, "Caches
 * per node"). Inside a writing transaction they are read afresh.
 */
@Component
class CertificateOrderFacts implements OrderFacts {

    /** How long another node's write of a certificate may go unseen here. */
    static final Duration KEPT = Duration.ofSeconds(2);

    private final CertificateManagement certificates;
    private final KeptPerNode<OrderId, List<CertificateFact>> kept;

    CertificateOrderFacts(CertificateManagement certificates, CertificateChanges changes) {
        this.certificates = certificates;
        // a handful of short records per order: at most a few megabytes of the 512 MB heap
        this.kept = changes.keep(KEPT, 20_000);
    }

    @Override
    public List<CertificateFact> certificates(OrderId order) {
        return Objects.requireNonNull(kept.getUnlessWriting(order, () -> certificates.ofOrder(order).stream()
                .map(c -> new CertificateFact(c.serialHex(), c.status().name(), c.medium(), c.caName(), c.notAfter()))
                .toList()));
    }
}
