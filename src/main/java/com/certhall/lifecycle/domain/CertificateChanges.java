package com.certhall.lifecycle.domain;

import com.certhall.shared.KeptPerNode;
import org.springframework.stereotype.Component;

/**
 * What this module keeps per node of its certificates (docs/architecture.md, "Caches per node"), dropped by every
 * insert, update and delete of a {@link HeldCertificate} (its entity listener; the module writes that table through
 * JPA only), at once and again when the writing transaction has ended; another node's write is read within the time
 * to live of what was kept.
 */
@Component
public class CertificateChanges extends KeptPerNode.Group {

    CertificateChanges() {
        super(HeldCertificate.class);
    }
}
